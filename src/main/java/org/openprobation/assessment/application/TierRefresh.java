package org.openprobation.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.openprobation.access.AuditLog;
import org.openprobation.assessment.Assessments;
import org.openprobation.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every stored tier equal to the tier rule applied to the record today, for the
 * inputs that change with time alone (a needs assessment passing 55 weeks, an order or
 * requirement passing its end date, a woman's breach or recall passing a year): at
 * start-up (so a platform started on data as at an earlier date has today's tiers once it
 * is up) and daily. Changes to the record recompute the tier when they are made.
 */
@Component
class TierRefresh {

	private static final Logger log = LoggerFactory.getLogger(TierRefresh.class);

	private static final int CHUNK = 2000;

	private final Assessments assessments;

	private final TransactionTemplate transaction;

	private final JobLock jobLock;

	private final AuditLog audit;

	private final Clock clock;

	private final boolean onStart;

	TierRefresh(Assessments assessments, TransactionTemplate transaction, JobLock jobLock, AuditLog audit, Clock clock,
			@Value("${openprobation.tiers.refresh-on-start:true}") boolean onStart) {
		this.assessments = assessments;
		this.transaction = transaction;
		this.jobLock = jobLock;
		this.audit = audit;
		this.clock = clock;
		this.onStart = onStart;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		if (!onStart) {
			return;
		}
		Thread thread = new Thread(() -> refresh("Recomputed at start-up"), "tier-refresh");
		thread.setDaemon(true);
		thread.start();
	}

	@Scheduled(cron = "${openprobation.tiers.refresh-cron:0 45 2 * * *}", zone = "Europe/London")
	void daily() {
		refresh("Recomputed daily");
	}

	/**
	 * Goes through every case in parts, each part in a transaction of its own that holds
	 * the job's lock (another instance doing the same skips it); answers how many tiers
	 * changed.
	 */
	int refresh(String trigger) {
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock);
		try {
			List<Long> all = assessments.allCases();
			int changed = 0;
			for (int from = 0; from < all.size(); from += CHUNK) {
				List<Long> part = all.subList(from, Math.min(all.size(), from + CHUNK));
				Integer done = transaction.execute(status -> jobLock.tryHold("tier-refresh")
						? assessments.refreshTiers(part, today, trigger) : null);
				if (done == null) {
					log.info("Tiers: another instance is recomputing them; this one leaves it");
					return changed;
				}
				changed += done;
			}
			if (changed > 0) {
				audit.recordBySystem("TIERS_RECOMPUTED", trigger + ": " + changed + " of " + all.size()
						+ " cases' tiers changed with time or their record, as at " + today);
			}
			log.info("Tiers: {} of {} changed as at {} ({}) in {} ms", changed, all.size(), today, trigger,
					(System.nanoTime() - started) / 1_000_000);
			return changed;
		}
		catch (RuntimeException ex) {
			log.warn("Tiers: not recomputed ({}): {}", trigger, ex.getMessage());
			return 0;
		}
	}

}
