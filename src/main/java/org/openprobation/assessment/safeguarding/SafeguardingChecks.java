package org.openprobation.assessment.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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

	/**
	 * Registrations that mean children may be at risk: a request to children's social
	 * care is needed.
	 */
	public static final Set<String> CHILD_INDICATORS = Set.of("CHILD_CONCERNS", "CHILD_PROTECTION", "RISK_TO_CHILDREN",
			"DOMESTIC_ABUSE_PERPETRATOR");

	/** Registrations that need a police domestic abuse call-out check. */
	public static final Set<String> DOMESTIC_ABUSE_INDICATORS = Set.of("DOMESTIC_ABUSE_PERPETRATOR",
			"DOMESTIC_ABUSE_VICTIM");

	private final SafeguardingRepository repository;

	private final Clock clock;

	private final SafeguardingTimeline.Settings settings = SafeguardingTimeline.Settings.defaults();

	SafeguardingChecks(SafeguardingRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SafeguardingCheck> forCase(long personId) {
		return repository.forPeople(List.of(personId), false, LocalDate.now(clock), settings);
	}

	/** Unanswered checks of these people, oldest first, in one query. */
	@Transactional(readOnly = true)
	public List<SafeguardingCheck> outstanding(Collection<Long> personIds) {
		return personIds.isEmpty() ? List.of() : repository.forPeople(personIds, true, LocalDate.now(clock), settings);
	}

	/**
	 * Sends the checks a new indicator calls for (unless one of that kind is already
	 * awaiting a reply); answers the checks created.
	 */
	public List<SafeguardingCheck.Kind> requestFor(long personId, String indicator, String localAuthority,
			String requestedBy) {
		LocalDate today = LocalDate.now(clock);
		List<SafeguardingCheck.Kind> sent = new ArrayList<>();
		if (CHILD_INDICATORS.contains(indicator)
				&& !repository.hasOutstanding(personId, SafeguardingCheck.Kind.CHILDRENS_SOCIAL_CARE)) {
			repository.insert(personId, SafeguardingCheck.Kind.CHILDRENS_SOCIAL_CARE,
					"Children's social care, " + localAuthority, "Registration: " + indicator, today,
					SafeguardingTimeline.dueOn(today, settings), requestedBy);
			sent.add(SafeguardingCheck.Kind.CHILDRENS_SOCIAL_CARE);
		}
		if (DOMESTIC_ABUSE_INDICATORS.contains(indicator)
				&& !repository.hasOutstanding(personId, SafeguardingCheck.Kind.POLICE_DOMESTIC_ABUSE)) {
			repository.insert(personId, SafeguardingCheck.Kind.POLICE_DOMESTIC_ABUSE, "Police domestic abuse unit",
					"Registration: " + indicator, today, SafeguardingTimeline.dueOn(today, settings), requestedBy);
			sent.add(SafeguardingCheck.Kind.POLICE_DOMESTIC_ABUSE);
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

}
