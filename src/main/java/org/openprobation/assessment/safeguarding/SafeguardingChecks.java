package org.openprobation.assessment.safeguarding;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import org.openprobation.assessment.RegistrationType;
import org.openprobation.people.People;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.safeguarding.domain.SafeguardingTimeline;
import org.openprobation.assessment.safeguarding.persistence.SafeguardingRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding checks of cases. Access checks and auditing are the calling use case's
 * job.
 */
@Service
@Transactional
public class SafeguardingChecks {

	private final SafeguardingRepository repository;

	private final Clock clock;

	private final People people;

	private final ProviderPolicies policies;

	private final Policy<SafeguardingTimeline.Settings> timescales;

	SafeguardingChecks(SafeguardingRepository repository, Clock clock, People people, ProviderPolicies policies,
			Policy<SafeguardingTimeline.Settings> timescales) {
		this.repository = repository;
		this.clock = clock;
		this.people = people;
		this.policies = policies;
		this.timescales = timescales;
	}

	@Transactional(readOnly = true)
	public List<SafeguardingCheck> forCase(long personId) {
		return repository.forPeople(List.of(personId), false, LocalDate.now(clock), settingsOf(List.of(personId)));
	}

	/** Unanswered checks of these people, oldest first, in one query. */
	@Transactional(readOnly = true)
	public List<SafeguardingCheck> outstanding(Collection<Long> personIds) {
		return personIds.isEmpty() ? List.of()
				: repository.forPeople(personIds, true, LocalDate.now(clock), settingsOf(personIds));
	}

	/**
	 * Sends the checks a new indicator calls for: a child or domestic abuse concern calls
	 * for both the children's social care and the police check, an adult at risk for an
	 * adult social care check, each unless one of its kind is already awaiting a reply.
	 * Answers the checks created.
	 */
	public List<SafeguardingCheck.Kind> requestFor(long personId, RegistrationType indicator, String localAuthority,
			String requestedBy) {
		LocalDate today = LocalDate.now(clock);
		List<SafeguardingCheck.Kind> sent = new ArrayList<>();
		List<SafeguardingCheck.Kind> called = SafeguardingCheck.Kind.calledFor(indicator.childOrDomesticAbuseConcern(),
				indicator == RegistrationType.ADULT_AT_RISK);
		if (called.isEmpty()) {
			return sent;
		}
		SafeguardingTimeline.Settings settings = settingsOf(List.of(personId)).apply(personId);
		for (SafeguardingCheck.Kind kind : called) {
			if (repository.hasOutstanding(personId, kind)) {
				continue;
			}
			String agency = switch (kind) {
				case CHILDRENS_SOCIAL_CARE -> "Children's social care, " + localAuthority;
				case POLICE_DOMESTIC_ABUSE -> "Police domestic abuse unit";
				case ADULT_SOCIAL_CARE -> "Adult social care, " + localAuthority;
			};
			repository.insert(personId, kind, agency, "Registration: " + indicator, today,
					SafeguardingTimeline.dueOn(today, settings), requestedBy);
			sent.add(kind);
		}
		return sent;
	}

	/**
	 * Records that the agency was chased today; false when it was already chased or has
	 * answered.
	 */
	public boolean recordChase(long personId, long checkId) {
		return repository.markFollowUp(checkId, personId, false, LocalDate.now(clock));
	}

	/**
	 * Records that the request was escalated today (to the agency's manager); false when
	 * already escalated or answered.
	 */
	public boolean recordEscalation(long personId, long checkId) {
		return repository.markFollowUp(checkId, personId, true, LocalDate.now(clock));
	}

	/**
	 * Records the answer; false when the check was already answered or changed since it
	 * was read.
	 */
	public boolean recordResponse(long personId, long checkId, int version, String response,
			@Nullable String whatChanged) {
		return repository.answer(checkId, personId, version, LocalDate.now(clock), response, whatChanged);
	}

	/**
	 * Each person's provider's safeguarding timescales, looked up once per provider.
	 */
	private LongFunction<SafeguardingTimeline.Settings> settingsOf(Collection<Long> personIds) {
		Map<Long, Long> providers = people.providersOf(personIds);
		Map<Long, SafeguardingTimeline.Settings> byProvider = new HashMap<>();
		return personId -> byProvider.computeIfAbsent(providers.getOrDefault(personId, 0L),
				provider -> policies.current(timescales, provider == 0L ? null : provider));
	}

}
