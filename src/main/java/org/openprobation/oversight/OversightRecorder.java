package org.openprobation.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

import org.openprobation.organisation.Organisation;
import org.openprobation.oversight.persistence.OversightRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records each month's figures of every provider, area and team (daily, so the month
 * keeps its latest value) for the state figures' trends. Safe with several instances: a
 * figure is one row per month, written over.
 */
@Component
public class OversightRecorder {

	private static final Logger log = LoggerFactory.getLogger(OversightRecorder.class);

	private final Oversight oversight;

	private final Organisation organisation;

	private final OversightRepository repository;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean onStart;

	private final boolean warmOnStart;

	private final org.openprobation.shared.JobLock jobLock;

	OversightRecorder(Oversight oversight, Organisation organisation, OversightRepository repository,
			TransactionTemplate transaction, Clock clock, org.openprobation.shared.JobLock jobLock,
			@Value("${openprobation.oversight.record-on-start:true}") boolean onStart,
			@Value("${openprobation.oversight.warm-on-start:true}") boolean warmOnStart) {
		this.oversight = oversight;
		this.organisation = organisation;
		this.repository = repository;
		this.transaction = transaction;
		this.clock = clock;
		this.onStart = onStart;
		this.warmOnStart = warmOnStart;
		this.jobLock = jobLock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (!onStart && !warmOnStart) {
			return;
		}
		Thread thread = new Thread(() -> {
			if (onStart) {
				recordAll();
			}
			if (warmOnStart) {
				warm();
			}
		}, "oversight-recorder");
		thread.setDaemon(true);
		thread.start();
	}

	@Scheduled(cron = "${openprobation.oversight.record-cron:0 30 2 * * *}")
	public void recordAll() {
		for (Long providerId : organisation.providers().keySet()) {
			try {
				if (oversight.recordedToday(providerId)) {
					continue;
				}
				long started = System.nanoTime();
				Integer saved = transaction.execute(status -> jobLock.tryHold("oversight-figures-" + providerId)
						? oversight.recordMonth(providerId) : null);
				if (saved == null) {
					continue;
				}
				log.info("Oversight: {} figures recorded for provider {} in {} ms", saved, providerId,
						(System.nanoTime() - started) / 1_000_000);
			}
			catch (RuntimeException ex) {
				log.warn("Oversight: figures of provider {} not recorded: {}", providerId, ex.getMessage());
			}
		}
	}

	/** Gathers every provider's facts not gathered yet, and logs how long it took. */
	void warm() {
		long started = System.nanoTime();
		try {
			int gathered = oversight.warm();
			log.info("Oversight: facts gathered at start-up in {} ms (providers: {})",
					(System.nanoTime() - started) / 1_000_000, gathered);
		}
		catch (RuntimeException ex) {
			log.warn("Oversight: facts not gathered at start-up (they will be on first use): {}", ex.getMessage());
		}
	}

	/**
	 * Demo data only: the 11 months before the first recorded one, drifting from this
	 * month's figures with seeded noise (marked as demo figures), so the trends have a
	 * history to show.
	 */
	public int generateDemoHistory(long providerId, long seed) {
		oversight.refresh();
		oversight.recordMonth(providerId);
		LocalDate month = YearMonth.now(clock).atDay(1);
		SplittableRandom random = new SplittableRandom(seed * 31 + providerId);
		int saved = 0;
		for (OversightRepository.Figure now : repository.figures("PROVIDER", providerId, month)) {
			saved += history(now, random);
		}
		for (String scope : new String[] { "AREA", "TEAM" }) {
			for (OversightRepository.Figure now : repository.figuresOfProvider(scope, providerId, month)) {
				saved += history(now, random);
			}
		}
		return saved;
	}

	private int history(OversightRepository.Figure now, SplittableRandom random) {
		Metric metric = Metric.valueOf(now.metric());
		if (metric.flow()) {
			return 0;
		}
		int saved = 0;
		// the past was a little worse than now: counts drift up for "lower is better"
		double drift = metric.higherIsBetter() ? -0.012 : 0.02;
		for (int back = 1; back <= 11; back++) {
			int denominator = (int) Math.max(0, Math.round(now.denominator() * (1 - 0.002 * back)));
			double factor = 1 + drift * back + (random.nextDouble() - 0.5) * 0.08;
			int count = (int) Math.min(denominator, Math.max(0, Math.round(now.count() * factor)));
			repository.saveFigure(new OversightRepository.Figure(now.month().minusMonths(back), now.scope(),
					now.scopeId(), now.metric(), count, denominator, "DEMO"));
			saved++;
		}
		return saved;
	}

}
