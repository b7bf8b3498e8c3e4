package org.openprobation.enforcement.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseOwner;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.enforcement.Enforcement.CaseEnforcement;
import org.openprobation.enforcement.Enforcement.Pending;
import org.openprobation.enforcement.EnforcementAction;
import org.openprobation.enforcement.domain.ActionKind;
import org.openprobation.enforcement.domain.EnforcementRule;
import org.openprobation.enforcement.persistence.ActionRepository;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each case's enforceable failures require now: the rule of its order applied to its
 * failures, the actions taken and the warnings of the last 12 months, with the provider's
 * timescales. The caller has opened the case (or checks access for a list).
 */
@Service
@Transactional(readOnly = true)
public class EnforcementPictures {

	private final People people;

	private final Sentences sentences;

	private final Appointments appointments;

	private final ActionRepository repository;

	private final CaseGate gate;

	private final Clock clock;

	private final ProviderPolicies policies;

	private final Policy<EnforcementRule.Timescales> timescales;

	EnforcementPictures(People people, Sentences sentences, Appointments appointments, ActionRepository repository,
			CaseGate gate, Clock clock, ProviderPolicies policies, Policy<EnforcementRule.Timescales> timescales) {
		this.people = people;
		this.sentences = sentences;
		this.appointments = appointments;
		this.repository = repository;
		this.gate = gate;
		this.clock = clock;
		this.policies = policies;
		this.timescales = timescales;
	}

	/** The case's picture, with what the user (if any) may do on it. */
	public CaseEnforcement picture(@Nullable CurrentUser user, PersonRecord person, CaseOwner owner) {
		LocalDate today = LocalDate.now(clock);
		List<EnforcementAction> actions = repository.ofPerson(person.id());
		List<Contact> failures = appointments.enforceableFailures(person.id());
		List<LocalDate> warnings = actions.stream()
			.filter(a -> a.kind() == ActionKind.WARNING && a.createdOn().isAfter(today.minusMonths(12)))
			.map(EnforcementAction::createdOn)
			.toList();
		java.util.Set<Long> actedOn = actions.stream().map(EnforcementAction::contactId).collect(Collectors.toSet());
		CurrentSentence current = sentences.current(List.of(person.id())).get(person.id());
		EnforcementRule.Order order = current == null ? null : orderOf(current.kind());
		List<Pending> pending = new ArrayList<>();
		boolean breachRequired = false;
		if (order != null) {
			List<EnforcementRule.Failure> facts = failures.stream()
				.map(f -> new EnforcementRule.Failure(f.id(), f.start().toLocalDate(), actedOn.contains(f.id())))
				.toList();
			Map<Long, Contact> byId = failures.stream().collect(Collectors.toMap(Contact::id, f -> f));
			for (EnforcementRule.Due due : EnforcementRule.due(order, facts, warnings,
					timescalesOf(owner.providerId()))) {
				pending.add(new Pending(byId.get(due.contactId()), due.required(), due.dueBy(), due.overdueOn(today)));
			}
			breachRequired = EnforcementRule.breachRequired(order, facts, warnings);
		}
		boolean mayAct = user != null && gate.decision(user, owner, CaseUse.CHANGE).isGranted();
		boolean mayCountersign = mayAct && isManager(user);
		return new CaseEnforcement(person, pending, actions, failures.size(), warnings.size(), breachRequired, mayAct,
				mayCountersign, user == null ? null : user.username());
	}

	/**
	 * The failures awaiting action of many cases, by person, in a fixed number of queries
	 * (the caller checks access).
	 */
	public Map<Long, List<Pending>> pendingOf(java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		LocalDate today = LocalDate.now(clock);
		Map<Long, List<Contact>> failures = appointments.enforceableFailures(personIds);
		Map<Long, List<ActionRepository.Taken>> actions = repository.takenOn(personIds)
			.stream()
			.collect(Collectors.groupingBy(ActionRepository.Taken::personId));
		Map<Long, CurrentSentence> current = sentences.current(personIds);
		Map<Long, Long> providers = people.providersOf(personIds);
		Map<Long, EnforcementRule.Timescales> byProvider = new java.util.HashMap<>();
		Map<Long, List<Pending>> result = new java.util.HashMap<>();
		failures.forEach((personId, theirs) -> {
			CurrentSentence sentence = current.get(personId);
			EnforcementRule.Order order = sentence == null ? null : orderOf(sentence.kind());
			if (order == null) {
				return;
			}
			List<ActionRepository.Taken> taken = actions.getOrDefault(personId, List.of());
			java.util.Set<Long> actedOn = taken.stream()
				.map(ActionRepository.Taken::contactId)
				.collect(Collectors.toSet());
			List<LocalDate> warnings = taken.stream()
				.filter(a -> a.kind() == ActionKind.WARNING && a.createdOn().isAfter(today.minusMonths(12)))
				.map(ActionRepository.Taken::createdOn)
				.toList();
			Map<Long, Contact> byId = theirs.stream().collect(Collectors.toMap(Contact::id, f -> f));
			List<Pending> pending = EnforcementRule
				.due(order, theirs.stream()
					.map(f -> new EnforcementRule.Failure(f.id(), f.start().toLocalDate(), actedOn.contains(f.id())))
					.toList(), warnings,
						byProvider.computeIfAbsent(providers.getOrDefault(personId, 0L), this::timescalesOf))
				.stream()
				.map(d -> new Pending(byId.get(d.contactId()), d.required(), d.dueBy(), d.overdueOn(today)))
				.toList();
			if (!pending.isEmpty()) {
				result.put(personId, pending);
			}
		});
		return result;
	}

	/** The provider's enforcement timescales (the defaults across all providers). */
	public EnforcementRule.Timescales timescalesOf(@Nullable Long providerId) {
		return policies.current(timescales, providerId == null || providerId == 0L ? null : providerId);
	}

	/** Whether the user holds a role that countersigns breaches and recalls. */
	public static boolean managerRole(CurrentUser user) {
		return isManager(user);
	}

	static boolean isManager(CurrentUser user) {
		return user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.ADMIN);
	}

	/**
	 * The order whose enforcement rule applies to a sentence of this kind; none before
	 * release.
	 */
	public static EnforcementRule.@Nullable Order orderOf(SentenceKind kind) {
		switch (kind) {
			case COMMUNITY_ORDER:
			case SUSPENDED_SENTENCE_ORDER:
				return EnforcementRule.Order.COMMUNITY;
			case LICENCE:
				return EnforcementRule.Order.LICENCE;
			case POST_SENTENCE_SUPERVISION:
				return EnforcementRule.Order.POST_SENTENCE_SUPERVISION;
			default:
				return null;
		}
	}

}
