package org.openprobation.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.RegistrationType;
import org.openprobation.policy.Policy;
import org.openprobation.people.People;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.planning.Plans;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which cases need a home visit now: those registered with child safeguarding or domestic
 * abuse concerns, by the home visit standard (the caller checks access).
 */
@Service
@Transactional(readOnly = true)
public class HomeVisits {

	private final Assessments assessments;

	private final Sentences sentences;

	private final Plans plans;

	private final Appointments appointments;

	private final Clock clock;

	private final People people;

	private final ProviderPolicies policies;

	private final Policy<HomeVisitStandard.Settings> policy;

	HomeVisits(Assessments assessments, Sentences sentences, Plans plans, Appointments appointments, Clock clock,
			People people, ProviderPolicies policies, Policy<HomeVisitStandard.Settings> policy) {
		this.people = people;
		this.policies = policies;
		this.policy = policy;
		this.assessments = assessments;
		this.sentences = sentences;
		this.plans = plans;
		this.appointments = appointments;
		this.clock = clock;
	}

	/** The home visit due for each of these cases that needs one. */
	public Map<Long, HomeVisitStandard.Due> dueOf(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		List<Long> concerned = assessments.registrations(personIds)
			.entrySet()
			.stream()
			.filter(e -> e.getValue()
				.stream()
				.map(Registration::type)
				.anyMatch(RegistrationType::childOrDomesticAbuseConcern))
			.map(Map.Entry::getKey)
			.toList();
		if (concerned.isEmpty()) {
			return Map.of();
		}
		LocalDate today = LocalDate.now(clock);
		Map<Long, CurrentSentence> current = sentences.current(concerned);
		Map<Long, LocalDate> reviewed = plans.lastReviewedOn(concerned);
		Map<Long, LocalDate> visited = appointments.lastHomeVisits(concerned);
		Map<Long, Long> providers = people.providersOf(concerned);
		Map<Long, HomeVisitStandard.Settings> byProvider = new HashMap<>();
		Map<Long, HomeVisitStandard.Due> result = new HashMap<>();
		for (Long id : concerned) {
			CurrentSentence sentence = current.get(id);
			if (sentence == null || sentence.kind() == SentenceKind.PRE_RELEASE) {
				continue;
			}
			HomeVisitStandard.Due due = HomeVisitStandard.due(sentence.startDate(), reviewed.get(id), visited.get(id),
					today, byProvider.computeIfAbsent(providers.getOrDefault(id, 0L),
							provider -> policies.current(policy, provider == 0L ? null : provider)));
			if (due != null) {
				result.put(id, due);
			}
		}
		return result;
	}

}
