package org.openprobation.sentences.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.AddedRequirement;
import org.openprobation.sentences.BreachDecisions;
import org.openprobation.sentences.Delivery;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementChange;
import org.openprobation.sentences.RequirementDeliveries;
import org.openprobation.sentences.RequirementsChanged;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.domain.RequirementRules;
import org.openprobation.sentences.persistence.SentenceRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A requirement ending on its own (completed, terminated by the court), varied by the
 * court, or added to an order (on a breach, or on an application to amend it): load the
 * case through the gate, decide by {@link RequirementRules}, save with the change's
 * history, audit, and publish {@link RequirementsChanged} so the tier follows.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class RequirementChanges {

	private final People people;

	private final SentenceRepository repository;

	private final ObjectProvider<RequirementDeliveries> deliveries;

	private final ObjectProvider<BreachDecisions> breaches;

	private final CaseGate gate;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequirementChanges(People people, SentenceRepository repository, ObjectProvider<RequirementDeliveries> deliveries,
			ObjectProvider<BreachDecisions> breaches, CaseGate gate, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.people = people;
		this.repository = repository;
		this.deliveries = deliveries;
		this.breaches = breaches;
		this.gate = gate;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A requirement with its order, progress and the changes recorded to it. */
	public record Changing(PersonRecord person, Sentence sentence, Requirement requirement, Delivery delivery,
			List<RequirementChange> history) {

		public String progress() {
			return requirement.progress(delivery);
		}

		public boolean measured() {
			return requirement.amountOrdered() != null;
		}

	}

	/**
	 * An order a requirement may be added to, and the breach it follows when it does (its
	 * id and what it was).
	 */
	public record Adding(PersonRecord person, Sentence sentence, @Nullable Long breachActionId,
			@Nullable String breach) {
	}

	/**
	 * The requirement, for the form: a read of the case (the user may change it),
	 * audited.
	 */
	public Changing changingForm(CurrentUser user, Crn crn, long requirementId) {
		Changing changing = changing(user, crn, requirementId);
		audit.record(user, AuditLog.VIEW_CASE, changing.person().crn(), "page: change a requirement");
		return changing;
	}

	/** The requirement, for anyone who may read the case: audited. */
	public Changing reading(CurrentUser user, Crn crn, long requirementId) {
		gate.read(user, crn, "a requirement");
		Changing changing = find(people.require(crn), requirementId);
		audit.record(user, AuditLog.VIEW_CASE, changing.person().crn(), "requirement " + requirementId);
		return changing;
	}

	public Changing changing(CurrentUser user, Crn crn, long requirementId) {
		gate.change(user, crn, "change a requirement");
		return find(people.require(crn), requirementId);
	}

	private Changing find(PersonRecord person, long requirementId) {
		for (Sentence sentence : repository.sentencesOf(person.id())) {
			for (Requirement requirement : sentence.requirements()) {
				if (requirement.id() == requirementId) {
					return new Changing(person, sentence, requirement, deliveryOf(requirement),
							repository.changesOf(List.of(requirementId)));
				}
			}
		}
		throw new NotFound("That requirement is not on this person's record.");
	}

	/** Completes, terminates or varies the requirement; answers it as it now is. */
	public Changing change(CurrentUser user, Crn crn, long requirementId, RequirementRules.Requested requested) {
		Changing changing = changing(user, crn, requirementId);
		List<FieldProblem> problems = RequirementRules.problems(changing.sentence(), changing.requirement(),
				changing.delivery(), requested, LocalDate.now(clock));
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		RequirementChange.Kind change = java.util.Objects.requireNonNull(requested.change());
		LocalDate on = java.util.Objects.requireNonNull(requested.on());
		if (!repository.change(changing.requirement(), change, on, requested.newAmount(), requested.newEnd(),
				requested.reason(), user.username())) {
			throw new Conflict("Someone else changed this requirement meanwhile. Nothing was changed: look again.");
		}
		String what = changing.requirement().kind().label() + ": " + change.label().toLowerCase(java.util.Locale.ROOT)
				+ " on " + on;
		audit.record(user, change.name() + "_REQUIREMENT", changing.person().crn(),
				what + (requested.reason() == null || requested.reason().isBlank() ? ""
						: "; " + requested.reason().strip()));
		events.publishEvent(new RequirementsChanged(changing.person().id(), what));
		return changing(user, crn, requirementId);
	}

	/** The order, for the form adding a requirement: a read of the case, audited. */
	public Adding addingForm(CurrentUser user, Crn crn, long sentenceId, @Nullable Long breachActionId) {
		Adding adding = adding(user, crn, sentenceId, breachActionId);
		audit.record(user, AuditLog.VIEW_CASE, adding.person().crn(), "page: add a requirement");
		return adding;
	}

	public Adding adding(CurrentUser user, Crn crn, long sentenceId, @Nullable Long breachActionId) {
		gate.change(user, crn, "add a requirement");
		PersonRecord person = people.require(crn);
		Sentence sentence = repository.sentencesOf(person.id())
			.stream()
			.filter(s -> s.id() == sentenceId)
			.findFirst()
			.orElseThrow(() -> new NotFound("That sentence is not on this person's record."));
		if (breachActionId == null) {
			return new Adding(person, sentence, null, null);
		}
		BreachDecisions decisions = breaches.getIfAvailable();
		String breach = decisions == null ? null
				: decisions.moreOnerousRequirements(breachActionId, person.id()).orElse(null);
		if (breach == null) {
			throw new NotFound(
					"That breach is not on this person's record, or the court did not add requirements on it.");
		}
		return new Adding(person, sentence, breachActionId, breach);
	}

	/**
	 * Adds the court's requirement to the order; {@code breachActionId} is the breach it
	 * followed, when it did (refused unless the court decided on it to add requirements).
	 * Answers its id.
	 */
	public long add(CurrentUser user, Crn crn, long sentenceId, AddedRequirement added, @Nullable Long breachActionId) {
		Adding adding = adding(user, crn, sentenceId, breachActionId);
		List<FieldProblem> problems = RequirementRules.additionProblems(adding.sentence(), added, LocalDate.now(clock));
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long id = repository.add(sentenceId, added, breachActionId, user.username());
		String what = java.util.Objects.requireNonNull(added.kind()).label()
				+ (added.amount() == null ? "" : " (" + added.amount() + " " + added.kind().unit().label() + ")")
				+ " added" + (breachActionId == null ? "" : " on breach") + " from " + added.start();
		audit.record(user, "ADD_REQUIREMENT", adding.person().crn(),
				what + "; " + java.util.Objects.requireNonNull(added.reason()).strip());
		events.publishEvent(new RequirementsChanged(adding.person().id(), what));
		return id;
	}

	private Delivery deliveryOf(Requirement requirement) {
		RequirementDeliveries source = deliveries.getIfAvailable();
		if (source == null) {
			throw new IllegalStateException("No module provides what was delivered on requirements");
		}
		return source.of(List.of(requirement)).getOrDefault(requirement.id(), Delivery.NONE);
	}

}
