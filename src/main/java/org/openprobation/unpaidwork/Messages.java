package org.openprobation.unpaidwork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.unpaidwork.persistence.MessageRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of contact with the unpaid-work team (calls, texts, emails, site problems such
 * as nobody at the meeting point), each answered once, with the time it took, so that an
 * unanswered line shows up.
 */
@Service
@Transactional
public class Messages {

	public static final Set<String> CHANNELS = Set.of("CALL", "TEXT", "EMAIL", "SITE_PROBLEM");

	private final MessageRepository repository;

	private final People people;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	Messages(MessageRepository repository, People people, CaseGate gate, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.people = people;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	public record NewMessage(@Nullable String crn, @Nullable String channel, @Nullable String fromWho,
			@Nullable String body, @Nullable LocalDateTime receivedAt) {
	}

	public long log(CurrentUser user, NewMessage message) {
		requireTeam(user);
		List<FieldProblem> problems = new ArrayList<>();
		PersonRecord person = null;
		if (message.crn() != null && !message.crn().isBlank()) {
			Crn crn = Crn.parse(message.crn().strip()).orElse(null);
			person = crn == null ? null : people.find(crn).orElse(null);
			if (person == null || !Objects.equals(person.providerId(), user.providerId())) {
				problems.add(new FieldProblem("crn",
						"Enter the CRN of a person this provider supervises, or leave it blank"));
				person = null;
			}
			else {
				gate.open(user, crn, CaseUse.UNPAID_WORK, "log an unpaid work message");
			}
		}
		if (message.channel() == null || !CHANNELS.contains(message.channel())) {
			problems.add(new FieldProblem("channel", "Select how the message came in"));
		}
		if (message.fromWho() == null || message.fromWho().isBlank()) {
			problems.add(new FieldProblem("fromWho", "Enter who it is from"));
		}
		if (message.body() == null || message.body().isBlank()) {
			problems.add(new FieldProblem("body", "Enter the message"));
		}
		else if (message.body().length() > 2000) {
			problems.add(new FieldProblem("body", "Must be 2,000 characters or fewer"));
		}
		Instant now = clock.instant();
		Instant received = message.receivedAt() == null ? now
				: message.receivedAt().atZone(clock.getZone()).toInstant();
		if (received.isAfter(now.plusSeconds(60))) {
			problems.add(new FieldProblem("receivedAt", "The time received cannot be in the future"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long id = repository.insert(user.providerId(), person == null ? null : person.id(), null, message.channel(),
				message.fromWho().strip(), message.body().strip(), received, user.username());
		audit.record(user, "LOG_UNPAID_WORK_MESSAGE", person == null ? null : person.crn(), message.channel());
		return id;
	}

	public Message respond(CurrentUser user, long id, @Nullable String response) {
		requireTeam(user);
		Message message = repository.find(id).orElseThrow(() -> new NotFound("There is no such message."));
		if (!Objects.equals(repository.providerOf(id), user.providerId())) {
			throw new NotFound("There is no such message.");
		}
		if (message.personId() != null) {
			gate.openPerson(user, message.personId(), CaseUse.UNPAID_WORK, "answer an unpaid work message");
		}
		if (response == null || response.isBlank()) {
			throw new BadRequest(List.of(new FieldProblem("response", "Enter what was done or said in reply")));
		}
		if (!repository.respond(id, response.strip(), user.username(), clock.instant())) {
			Message now = repository.find(id).orElseThrow();
			throw new Conflict("It was already answered by " + now.respondedBy() + ". Nothing was changed.");
		}
		audit.record(user, "ANSWER_UNPAID_WORK_MESSAGE", message.crn(), "message " + id);
		return repository.find(id).orElseThrow();
	}

	/**
	 * The message log as the user may see it: {@code hidden} messages are about people
	 * they may not see.
	 */
	public record Log(List<Message> messages, MessageRepository.Responsiveness responsiveness, Instant now,
			int hidden) {

		public Log {
			messages = List.copyOf(messages);
		}

	}

	public Log log(CurrentUser user, boolean unansweredOnly) {
		if (!user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("The unpaid work message log is for the team and managers.");
		}
		Instant now = clock.instant();
		List<Message> all = repository.ofProvider(user.providerScope(), unansweredOnly, 200);
		List<Message> aboutPeople = all.stream().filter(m -> m.personId() != null).toList();
		java.util.Set<Long> visible = gate.visible(user, aboutPeople.stream().map(Message::personId).toList());
		List<Message> shown = all.stream().filter(m -> m.personId() == null || visible.contains(m.personId())).toList();
		audit.recordShown(user, "VIEW_UNPAID_WORK_MESSAGES",
				shown.size() + " messages shown"
						+ (shown.size() < all.size() ? ", " + (all.size() - shown.size()) + " hidden" : ""),
				shown.stream().map(Message::crn).filter(Objects::nonNull).map(String::strip).toList());
		return new Log(shown, repository.responsiveness(user.providerScope(), now.minus(java.time.Duration.ofDays(28))),
				now, all.size() - shown.size());
	}

	/** A person's messages, for their unpaid work page (the caller checked access). */
	@Transactional(readOnly = true)
	public List<Message> ofPerson(long personId) {
		return repository.ofPerson(personId, 20);
	}

	private static void requireTeam(CurrentUser user) {
		if (!user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.ADMIN) || user.providerId() == null) {
			throw new AccessDeniedException("Messages are logged and answered by the unpaid work team.");
		}
	}

}
