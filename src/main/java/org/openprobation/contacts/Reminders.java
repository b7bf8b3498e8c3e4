package org.openprobation.contacts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.contacts.persistence.ReminderRepository;
import org.openprobation.people.PersonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders outbox: an appointment booked for the person puts a reminder in it (a
 * text message to their phone, or an email), to go a day before; a scheduled job sends
 * what is due, retries failures with a growing wait, and gives up after five attempts,
 * leaving the failure visible to administrators.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	static final int MOST_ATTEMPTS = 5;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm");

	private final ReminderRepository repository;

	private final ReminderSender sender;

	private final Clock clock;

	private final org.openprobation.access.AuditLog audit;

	private final org.openprobation.shared.JobLock jobLock;

	Reminders(ReminderRepository repository, ReminderSender sender, Clock clock,
			org.openprobation.access.AuditLog audit, org.openprobation.shared.JobLock jobLock) {
		this.jobLock = jobLock;
		this.repository = repository;
		this.sender = sender;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Queues the reminder of a new appointment, if the person can be reached and it is
	 * ahead.
	 */
	@Transactional
	public void remind(PersonRecord person, long contactId, ContactType type, LocalDateTime start,
			@Nullable String location) {
		PersonRecord.Reach reach = person.reminderReach().orElse(null);
		if (reach == null) {
			return;
		}
		String channel = reach.channel();
		String address = reach.address();
		Instant at = start.atZone(clock.getZone()).toInstant();
		Instant now = clock.instant();
		if (!at.isAfter(now)) {
			return;
		}
		Instant sendAfter = at.minus(Duration.ofDays(1));
		String message = "Reminder: you have a " + type.label().toLowerCase(java.util.Locale.ROOT) + " on "
				+ start.format(WHEN) + (location == null ? "" : ", " + location)
				+ ". If you cannot attend, contact your probation officer before then.";
		repository.insert(contactId, person.id(), channel, address, message, sendAfter.isBefore(now) ? now : sendAfter);
	}

	/**
	 * Queues a message to send now about an appointment (for example, that it was
	 * cancelled), if the person can be reached.
	 */
	@Transactional
	public void notifyNow(PersonRecord person, long contactId, String message) {
		person.reminderReach()
			.ifPresent(reach -> repository.insert(contactId, person.id(), reach.channel(), reach.address(), message,
					clock.instant()));
	}

	/** The appointment was cancelled or rescheduled: its reminder is not sent. */
	@Transactional
	public void cancel(long contactId) {
		repository.cancelFor(contactId);
	}

	/** Sends what is due; answers how many were sent. */
	@Scheduled(fixedDelayString = "${openprobation.reminders.every:PT1M}", initialDelayString = "PT30S")
	@Transactional
	public int dispatch() {
		if (!jobLock.tryHold("reminders")) {
			return 0;
		}
		Instant now = clock.instant();
		int sent = 0;
		for (Reminder reminder : repository.lockDue(now, 200)) {
			try {
				sender.send(reminder);
				repository.markSent(reminder.id(), now);
				sent++;
			}
			catch (Exception ex) {
				int attempt = reminder.attempts() + 1;
				Instant retry = attempt >= MOST_ATTEMPTS ? null : now.plus(Duration.ofMinutes(1L << (2 * attempt)));
				repository.markFailedAttempt(reminder.id(),
						ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage(), retry);
				log.warn("Reminder {} not sent (attempt {}): {}", reminder.id(), attempt, ex.getMessage());
			}
		}
		return sent;
	}

	public record Outbox(Map<String, Long> counts, List<Reminder> reminders) {

		public Outbox {
			counts = Map.copyOf(counts);
			reminders = List.copyOf(reminders);
		}

	}

	/** The outbox for administrators: counts by status and the latest reminders. */
	@Transactional
	public Outbox outbox(CurrentUser user, @Nullable ReminderStatus status) {
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators see the reminders outbox.");
		}
		audit.record(user, "VIEW_REMINDERS", null, status == null ? "all" : status.name());
		return new Outbox(repository.counts(), repository.recent(status == null ? null : status.name(), 100));
	}

}
