package org.openprobation.unpaidwork;

import java.time.Clock;
import java.time.LocalDate;

import org.openprobation.unpaidwork.persistence.UnpaidWorkRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps four weeks of dated sessions made from the projects' weekly patterns, at start-up
 * and every night (safe with several instances: a session is made once).
 */
@Component
class SessionCalendar {

	static final int WEEKS_AHEAD = 4;

	private static final Logger log = LoggerFactory.getLogger(SessionCalendar.class);

	private final UnpaidWorkRepository repository;

	private final Clock clock;

	private final org.openprobation.shared.JobLock jobLock;

	SessionCalendar(UnpaidWorkRepository repository, Clock clock, org.openprobation.shared.JobLock jobLock) {
		this.jobLock = jobLock;
		this.repository = repository;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "${openprobation.unpaid-work.sessions-cron:0 15 2 * * *}")
	@Transactional
	public void makeSessionsAhead() {
		if (!jobLock.tryHold("unpaid-work-sessions")) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		int made = repository.makeSessions(today, today.plusWeeks(WEEKS_AHEAD));
		if (made > 0) {
			log.info("Unpaid work: {} sessions made from the weekly patterns", made);
		}
	}

}
