package org.openprobation.access.application;

import java.time.Clock;
import java.time.Duration;

import org.openprobation.access.persistence.RequestGuardRepository;
import org.openprobation.shared.JobLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Forgets idempotency keys and failed sign-ins after a day (once across instances). */
@Component
class RequestGuardCleanup {

	static final Duration KEEP = Duration.ofDays(1);

	private final RequestGuardRepository repository;

	private final JobLock jobLock;

	private final Clock clock;

	RequestGuardCleanup(RequestGuardRepository repository, JobLock jobLock, Clock clock) {
		this.repository = repository;
		this.jobLock = jobLock;
		this.clock = clock;
	}

	@Scheduled(cron = "${openprobation.request-guard.cleanup-cron:0 40 3 * * *}")
	@Transactional
	public void forgetOld() {
		if (jobLock.tryHold("request-guard-cleanup")) {
			repository.forgetBefore(clock.instant().minus(KEEP));
			repository.forgetFailuresBefore(clock.instant().minus(KEEP));
		}
	}

}
