package org.openprobation.enforcement.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.contacts.Contact;
import org.openprobation.documents.CaseDocuments;
import org.openprobation.documents.DocumentKind;
import org.openprobation.enforcement.Decision;
import org.openprobation.enforcement.Enforcement.Pending;
import org.openprobation.enforcement.EnforcementAction;
import org.openprobation.enforcement.domain.ActionKind;
import org.openprobation.enforcement.domain.ActionState;
import org.openprobation.enforcement.domain.EnforcementWorkflow;
import org.openprobation.enforcement.domain.Transition;
import org.openprobation.enforcement.persistence.ActionRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warning and the breach or recall workflow: each use case opens the case through the
 * gate, asks the workflow whether the step is allowed (a refusal is 403 for the role, 409
 * for the state), saves with the version read, and audits.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class EnforcementActions {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final People people;

	private final Sentences sentences;

	private final Organisation organisation;

	private final ActionRepository repository;

	private final EnforcementPictures pictures;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final CaseDocuments documents;

	private final org.openprobation.contacts.Appointments appointments;

	EnforcementActions(People people, Sentences sentences, Organisation organisation, ActionRepository repository,
			EnforcementPictures pictures, CaseGate gate, AuditLog audit, Clock clock, CaseDocuments documents,
			org.openprobation.contacts.Appointments appointments) {
		this.appointments = appointments;
		this.documents = documents;
		this.people = people;
		this.sentences = sentences;
		this.organisation = organisation;
		this.repository = repository;
		this.pictures = pictures;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	/** Gives a warning on a failure; the letter is generated from the case. */
	public EnforcementAction warn(CurrentUser user, Crn crn, long contactId) {
		PersonRecord person = changeable(user, crn, "give a warning");
		Pending pending = pendingFailure(user, person, contactId);
		if (pending.breachOnly()) {
			throw new Conflict("A warning was given within the last 12 months: this failure requires breach.");
		}
		String letter = letter(person, pending.failure());
		long id = repository
			.insert(person.id(), contactId, ActionKind.WARNING, ActionState.ISSUED,
					"Warning for " + describe(pending.failure()), letter, LocalDate.now(clock), user.username())
			.orElseThrow(() -> new Conflict("Someone has already acted on this failure."));
		LocalDate today = LocalDate.now(clock);
		documents.keepWritten(person.id(), DocumentKind.WARNING_LETTER,
				"Warning letter, " + today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)),
				"warning-letter-" + person.crn() + "-" + today + ".pdf",
				LetterPdf.render("Warning letter " + person.crn(), List.of(letter.split("\n", -1))), user.username());
		audit.record(user, "GIVE_WARNING", person.crn(), describe(pending.failure()));
		return repository.find(id).orElseThrow();
	}

	/**
	 * A warning letter as it would be issued, for the officer to read before issuing it.
	 */
	public record WarningPreview(PersonRecord person, Contact failure, List<String> lines) {
	}

	/**
	 * The warning a failure would bring, with its letter, before anything is issued: the
	 * reading is audited, nothing is saved.
	 */
	@Transactional(noRollbackFor = org.openprobation.access.CaseAccessDenied.class)
	public WarningPreview previewWarning(CurrentUser user, Crn crn, long contactId) {
		PersonRecord person = changeable(user, crn, "give a warning");
		Pending pending = pendingFailure(user, person, contactId);
		if (pending.breachOnly()) {
			throw new Conflict("A warning was given within the last 12 months: this failure requires breach.");
		}
		audit.record(user, "PREVIEW_WARNING", person.crn(), describe(pending.failure()));
		return new WarningPreview(person, pending.failure(),
				List.of(letter(person, pending.failure()).split("\n", -1)));
	}

	/** Proposes breach (or, on a licence, a recall request) with the reasons. */
	public EnforcementAction propose(CurrentUser user, Crn crn, long contactId, @Nullable String reasons) {
		PersonRecord person = changeable(user, crn, "propose breach or recall");
		Pending pending = pendingFailure(user, person, contactId);
		if (reasons == null || reasons.isBlank()) {
			throw new BadRequest(List.of(new FieldProblem("reasons", "Enter the reasons for the breach or recall")));
		}
		if (reasons.length() > 4000) {
			throw new BadRequest(List.of(new FieldProblem("reasons", "The reasons must be 4,000 characters or fewer")));
		}
		ActionKind kind = pending.licence() ? ActionKind.RECALL : ActionKind.BREACH;
		long id = repository
			.insert(person.id(), contactId, kind, ActionState.PROPOSED, reasons.strip(), null, LocalDate.now(clock),
					user.username())
			.orElseThrow(() -> new Conflict("Someone has already acted on this failure."));
		audit.record(user, "PROPOSE_" + kind, person.crn(), describe(pending.failure()));
		return repository.find(id).orElseThrow();
	}

	/**
	 * The next step of a breach or recall: countersign, submit, return, resubmit, decide.
	 */
	public EnforcementAction advance(CurrentUser user, long actionId, int version, @Nullable String step,
			@Nullable String detail) {
		EnforcementAction action = find(actionId);
		PersonRecord person = changeable(user, people.crnOf(action.personId()), "move a breach or recall on");
		EnforcementWorkflow.Step taken = switch (step == null ? "" : step) {
			case "countersign" -> EnforcementWorkflow.Step.COUNTERSIGN;
			case "submit" -> EnforcementWorkflow.Step.SUBMIT;
			case "return" -> EnforcementWorkflow.Step.RETURN;
			case "send-back" -> EnforcementWorkflow.Step.SEND_BACK;
			case "propose-again" -> EnforcementWorkflow.Step.PROPOSE_AGAIN;
			default -> throw new BadRequest(List.of(new FieldProblem("step", "Unknown step")));
		};
		if (taken == EnforcementWorkflow.Step.RETURN && (detail == null || detail.isBlank())
				&& action.state() == ActionState.SUBMITTED) {
			throw new BadRequest(List.of(new FieldProblem("detail", "Enter why the pack was returned")));
		}
		if (taken == EnforcementWorkflow.Step.SEND_BACK && (detail == null || detail.isBlank())) {
			throw new BadRequest(List.of(new FieldProblem("detail", "Enter what the officer must correct")));
		}
		if (taken == EnforcementWorkflow.Step.PROPOSE_AGAIN && (detail == null || detail.isBlank())) {
			throw new BadRequest(List.of(new FieldProblem("detail", "Enter the corrected reasons")));
		}
		if (detail != null && detail.length() > 4000) {
			throw new BadRequest(List.of(new FieldProblem("detail", "Must be 4,000 characters or fewer")));
		}
		ActionState from = action.state();
		ActionState to = allowed(taken, action, user);
		if (!repository.move(actionId, version, from, to, LocalDate.now(clock), user.username(),
				detail == null ? null : detail.strip())) {
			throw new Conflict(changedMeanwhile(action));
		}
		audit.record(user, action.kind() + "_" + to, person.crn(),
				detail == null ? to.name() : to + ": " + detail.strip());
		return repository.find(actionId).orElseThrow();
	}

	/**
	 * Records the court's or the recall decision on a submitted pack; a revocation ends
	 * the order and a recall ends the licence, on the date of the decision.
	 */
	public EnforcementAction decide(CurrentUser user, long actionId, int version, @Nullable Decision decision,
			@Nullable String note) {
		EnforcementAction action = find(actionId);
		PersonRecord person = changeable(user, people.crnOf(action.personId()), "record a breach or recall decision");
		allowed(EnforcementWorkflow.Step.DECIDE, action, user);
		if (decision == null || !action.decisions().contains(decision)) {
			throw new BadRequest(List.of(new FieldProblem("decision", "Select the decision")));
		}
		if (note != null && note.length() > 2000) {
			throw new BadRequest(List.of(new FieldProblem("detail", "Must be 2,000 characters or fewer")));
		}
		LocalDate today = LocalDate.now(clock);
		String outcome = decision.label() + (note == null || note.isBlank() ? "" : ": " + note.strip());
		if (!repository.decide(actionId, version, decision.name(), outcome, today)) {
			throw new Conflict(changedMeanwhile(action));
		}
		if (decision.endsSentenceAs() != null) {
			boolean licence = action.kind() == ActionKind.RECALL;
			sentences.of(action.personId())
				.stream()
				.filter(Sentence::active)
				.filter(sentence -> licence == (sentence.kind() == SentenceKind.LICENCE
						|| sentence.kind() == SentenceKind.POST_SENTENCE_SUPERVISION))
				.filter(sentence -> sentence.kind() != SentenceKind.PRE_RELEASE)
				.forEach(sentence -> sentences.end(sentence.id(), decision.endsSentenceAs(), today));
		}
		audit.record(user, action.kind() + "_DECIDED", person.crn(), outcome);
		return repository.find(actionId).orElseThrow();
	}

	/**
	 * The community order or suspended sentence order in force that a breach decided with
	 * more onerous requirements changes, for its requirements to be recorded.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> orderChangedBy(EnforcementAction action) {
		if (action.decided() != Decision.MORE_ONEROUS) {
			return java.util.Optional.empty();
		}
		return sentences.of(action.personId())
			.stream()
			.filter(Sentence::active)
			.filter(sentence -> sentence.kind() == SentenceKind.COMMUNITY_ORDER
					|| sentence.kind() == SentenceKind.SUSPENDED_SENTENCE_ORDER)
			.map(Sentence::id)
			.findFirst();
	}

	/**
	 * Records a warrant (the person did not surrender, or is unlawfully at large after
	 * recall) or its execution (arrested or surrendered).
	 */
	public EnforcementAction warrant(CurrentUser user, long actionId, int version, boolean executed,
			@Nullable String detail) {
		EnforcementAction action = find(actionId);
		PersonRecord person = changeable(user, people.crnOf(action.personId()), "record a warrant");
		LocalDate today = LocalDate.now(clock);
		if (executed) {
			allowed(EnforcementWorkflow.Step.EXECUTE_WARRANT, action, user);
			if (!repository.executeWarrant(actionId, version, today)) {
				throw new Conflict(changedMeanwhile(action));
			}
			audit.record(user, "WARRANT_EXECUTED", person.crn(), action.kindLabel());
		}
		else {
			allowed(EnforcementWorkflow.Step.ISSUE_WARRANT, action, user);
			if (detail == null || detail.isBlank()) {
				throw new BadRequest(List.of(new FieldProblem("detail",
						"Enter the warrant's details: the court or authority, and whether backed for bail")));
			}
			if (detail.length() > 1000) {
				throw new BadRequest(List.of(new FieldProblem("detail", "Must be 1,000 characters or fewer")));
			}
			if (!repository.issueWarrant(actionId, version, today, detail.strip())) {
				throw new Conflict(changedMeanwhile(action));
			}
			audit.record(user, "WARRANT_ISSUED", person.crn(), detail.strip());
		}
		return repository.find(actionId).orElseThrow();
	}

	/** An action of a case the user may read (its page audits what it shows). */
	public EnforcementAction action(CurrentUser user, long actionId) {
		EnforcementAction action = find(actionId);
		gate.openPerson(user, action.personId(), CaseUse.READ, "enforcement letter");
		return action;
	}

	/**
	 * A warning with its letter, for a user who may read the case; the reading is
	 * audited.
	 */
	public EnforcementAction letterOf(CurrentUser user, long actionId) {
		EnforcementAction action = action(user, actionId);
		if (action.letter() == null) {
			throw new NotFound("This action has no letter.");
		}
		audit.record(user, "VIEW_WARNING_LETTER", crnOf(action), "letter of " + action.createdOn());
		return action;
	}

	public String crnOf(EnforcementAction action) {
		return people.crnOf(action.personId()).value();
	}

	private static String changedMeanwhile(EnforcementAction action) {
		return "This " + action.kindLabel().toLowerCase(java.util.Locale.ROOT)
				+ " changed while you were looking at it; nothing was saved. Check it and try again.";
	}

	/** The state the step leads to, or the workflow's refusal as 403 or 409. */
	private static ActionState allowed(EnforcementWorkflow.Step step, EnforcementAction action, CurrentUser user) {
		Transition transition = EnforcementWorkflow.take(step, action.standing(), actor(user, action));
		if (transition instanceof Transition.Allowed allowed) {
			return allowed.next();
		}
		Transition.Refused refused = (Transition.Refused) transition;
		if (refused.ground() == Transition.Ground.ROLE) {
			throw new AccessDeniedException(refused.reason());
		}
		throw new Conflict(refused.reason());
	}

	private static EnforcementWorkflow.Actor actor(CurrentUser user, EnforcementAction action) {
		return new EnforcementWorkflow.Actor(EnforcementPictures.isManager(user),
				Objects.equals(action.createdBy(), user.username()));
	}

	private Pending pendingFailure(CurrentUser user, PersonRecord person, long contactId) {
		return pictures.picture(user, person, people.ownerOf(person))
			.pending()
			.stream()
			.filter(p -> p.failure().id() == contactId)
			.findFirst()
			.orElseThrow(
					() -> new Conflict("That failure has already been acted on, or is not an enforceable failure."));
	}

	private static final DateTimeFormatter LETTER_DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma",
			java.util.Locale.UK);

	private String letter(PersonRecord person, Contact failure) {
		java.util.Optional<org.openprobation.organisation.StaffMember> responsible = person.responsibleOfficer()
			.flatMap(o -> organisation.staffMember(o.staffId()));
		String officer = responsible.map(m -> m.name()).orElse("Your responsible officer");
		String office = responsible.flatMap(m -> organisation.officeAddress(m.officeId())).orElse(null);
		Contact next = appointments.glance(List.of(person.id()))
			.getOrDefault(person.id(), org.openprobation.contacts.Appointments.Glance.NONE)
			.nextAppointment();
		String nextLine = next == null
				? "Your next appointment will be sent to you separately. Contact me if you have not heard within a week."
				: "Your next appointment is on " + next.start().format(LETTER_DATE_TIME)
						+ (next.location() == null || next.location().isBlank() ? "" : " at " + next.location())
						+ ". You must attend.";
		String contact = office == null ? "If you have any questions, contact me."
				: "If you have any questions, contact me at " + office + ".";
		String address = person.mainAddress().map(PersonRecord.Address::singleLine).orElse("");
		return String.join("\n", person.name(), address, "", LocalDate.now(clock).format(LONG_DATE), "",
				"Dear " + person.name() + ",", "", "Warning: failure to comply with your order (" + person.crn() + ")",
				"",
				"On " + failure.start().toLocalDate().format(LONG_DATE) + " you "
						+ (failure.outcome() != null && failure.outcome().attended()
								? "attended your " + failure.type().label().toLowerCase(java.util.Locale.ROOT)
										+ " but did not comply with what was required of you."
								: "did not attend your " + failure.type().label().toLowerCase(java.util.Locale.ROOT)
										+ " and have not given an acceptable reason."),
				"",
				"This is a formal warning. If you fail to comply again within the next 12 months, you will be "
						+ "returned to court (breach proceedings), which may lead to a more onerous order or a custodial sentence.",
				"", nextLine, "", contact, "", officer);
	}

	private static String describe(Contact failure) {
		return failure.type().label() + " on " + failure.start().toLocalDate() + " ("
				+ (failure.outcome() == null ? "" : failure.outcome().label()) + ")";
	}

	private EnforcementAction find(long actionId) {
		return repository.find(actionId).orElseThrow(() -> new NotFound("There is no such enforcement action."));
	}

	private PersonRecord changeable(CurrentUser user, Crn crn, String purpose) {
		gate.change(user, crn, purpose);
		return people.require(crn);
	}

}
