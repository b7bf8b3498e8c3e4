package org.openprobation.oversight.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openprobation.people.People;
import org.openprobation.allocation.TeamWorkload;
import org.openprobation.allocation.Workloads;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.RoshOverall;
import org.openprobation.assessment.safeguarding.SafeguardingCheck;
import org.openprobation.assessment.safeguarding.SafeguardingChecks;
import org.openprobation.contacts.Appointments;
import org.openprobation.enforcement.Enforcement;
import org.openprobation.enforcement.domain.ActionKind;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.oversight.persistence.OversightRepository;
import org.openprobation.planning.Plans;
import org.openprobation.sentences.Sentences;
import org.openprobation.unpaidwork.UnpaidWorkOverview;
import org.springframework.stereotype.Service;
import org.openprobation.oversight.OversightData;
import org.openprobation.oversight.CaseConcerns;
import org.openprobation.oversight.Metric;

/**
 * Each provider's oversight facts (ADR 12): gathered from the modules' facades in one
 * read-only transaction, a few thousand cases at a time, and kept in a Caffeine cache
 * that a page request never waits on once they exist.
 */
@Service
public class ProviderFacts {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProviderFacts.class);

	/** How long a provider's facts are reused before they are gathered again. */
	public static final Duration FRESH_FOR = Duration.ofSeconds(60);

	/** How many cases' assessments and plans a gathering reads at once. */
	static final int CASES_AT_A_TIME = 2_000;

	private final OversightRepository repository;

	private final Organisation organisation;

	private final Appointments appointments;

	private final Plans plans;

	private final Assessments assessments;

	private final SafeguardingChecks safeguarding;

	private final Enforcement enforcement;

	private final Sentences sentences;

	private final UnpaidWorkOverview unpaidWork;

	private final Workloads workloads;

	private final Clock clock;

	/**
	 * Gathered once however many managers ask at the same moment (the others wait for
	 * it), and once older than {@link #FRESH_FOR} the request still gets them while one
	 * background gathering replaces them. Time is the application's clock, so a fixed
	 * clock in a test never ages them.
	 */
	private final com.github.benmanes.caffeine.cache.LoadingCache<Long, Cached> cache;

	private final java.util.concurrent.Executor refresher = java.util.concurrent.Executors
		.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "oversight-refresh");
			thread.setDaemon(true);
			return thread;
		});

	private final org.springframework.transaction.support.TransactionTemplate transaction;

	private record Cached(Instant at, OversightData data) {
	}

	private final People people;

	ProviderFacts(OversightRepository repository, Organisation organisation, Appointments appointments, Plans plans,
			Assessments assessments, SafeguardingChecks safeguarding, Enforcement enforcement, Sentences sentences,
			UnpaidWorkOverview unpaidWork, Workloads workloads, Clock clock,
			org.springframework.transaction.PlatformTransactionManager transactions, People people) {
		this.people = people;
		this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
		this.repository = repository;
		this.organisation = organisation;
		this.appointments = appointments;
		this.plans = plans;
		this.assessments = assessments;
		this.safeguarding = safeguarding;
		this.enforcement = enforcement;
		this.sentences = sentences;
		this.unpaidWork = unpaidWork;
		this.workloads = workloads;
		this.clock = clock;
		this.cache = com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
			.ticker(() -> java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.refreshAfterWrite(FRESH_FOR)
			.executor(refresher)
			.build(this::gatherNow);
	}

	/**
	 * The provider's facts, gathered at most once a minute: when they are older, this
	 * request still gets them while one background gathering replaces them, so no manager
	 * waits for it (the page says when its figures are from).
	 */
	public OversightData data(long providerId) {
		return cache.get(providerId).data();
	}

	/**
	 * Gathers the facts of every provider not yet gathered, one after another (at
	 * start-up, so the first manager to open a dashboard does not wait for them).
	 */
	public int warm() {
		int gathered = 0;
		for (Long providerId : organisation.providers().keySet()) {
			if (cache.getIfPresent(providerId) != null) {
				continue;
			}
			try {
				cache.get(providerId);
				gathered++;
			}
			catch (RuntimeException ex) {
				// one provider's failure leaves the others to warm; it is gathered on
				// first use
				log.warn("Oversight: facts of provider {} not gathered at start-up: {}", providerId, ex.getMessage());
			}
		}
		return gathered;
	}

	private Cached gatherNow(long providerId) {
		Instant at = clock.instant();
		OversightData data = transaction.execute(status -> {
			repository.gatheringSettings();
			return gather(providerId, LocalDate.now(clock));
		});
		log.debug("Oversight: facts of provider {} gathered in {} ms", providerId,
				Duration.between(at, clock.instant()).toMillis());
		return new Cached(at, data);
	}

	/** Forgets cached facts (after a change a test or a user must see at once). */
	public void refresh() {
		cache.invalidateAll();
	}

	/** When a provider's facts in use were gathered (the dashboards show it). */
	public @Nullable Instant gatheredAt(long providerId) {
		Cached cached = cache.getIfPresent(providerId);
		return cached == null ? null : cached.at();
	}

	OversightData gather(long providerId, LocalDate today) {
		InitialAssessment.Settings initial = assessments.initialAssessment(providerId);
		OversightData data = new OversightData(providerId, today);
		List<OversightRepository.SupervisedCase> supervised = repository.supervised(providerId);
		for (OversightRepository.SupervisedCase c : supervised) {
			data.addCase(new OversightData.Case(c.personId(), c.crn().strip(), c.forename() + " " + c.surname(),
					c.staffId(), c.teamId(), c.areaId()));
		}
		List<Long> ids = supervised.stream().map(OversightRepository.SupervisedCase::personId).toList();
		java.util.Set<Long> changed = repository.officerChangedSince(providerId, today.minusMonths(12));
		// a few thousand cases at a time, so that a provider of 30,000 never holds every
		// case's assessments and plan in memory at once (they would outlive young
		// collections and lengthen every pause while page requests wait)
		for (int from = 0; from < ids.size(); from += CASES_AT_A_TIME) {
			countCaseFigures(data, ids.subList(from, Math.min(ids.size(), from + CASES_AT_A_TIME)), changed, today,
					initial);
		}
		gatherProviderFigures(data, providerId, today);
		return data;
	}

	private void countCaseFigures(OversightData data, List<Long> ids, java.util.Set<Long> changed, LocalDate today,
			InitialAssessment.Settings initial) {
		Map<Long, Appointments.NextContact> contacts = appointments.nextContacts(ids);
		Map<Long, LocalDate> allocated = people.allocatedOn(ids);
		Map<Long, RoshOverall> rosh = assessments.latestRoshOverall(ids);
		Map<Long, org.openprobation.assessment.RoshOversight> countersigned = assessments.roshOversight(ids);
		Map<Long, Plans.PlanState> planStates = plans.statesOf(ids, rosh);
		Map<Long, List<Registration>> registrations = assessments.registrations(ids);
		Map<Long, List<SafeguardingCheck>> outstanding = safeguarding.outstanding(ids)
			.stream()
			.collect(Collectors.groupingBy(SafeguardingCheck::personId));
		for (long id : ids) {
			for (Metric m : List.of(Metric.CONTACT_OVERDUE, Metric.AT_RISK_OF_LOSS, Metric.ROSH_LATE, Metric.PLAN_LATE,
					Metric.PLAN_GAPS, Metric.REVIEW_OVERDUE, Metric.SAFEGUARDING_OUTSTANDING, Metric.CONTINUITY)) {
				data.inDenominator(m, id);
			}
			Appointments.NextContact next = contacts.get(id);
			if (next != null && next.overdue()) {
				data.count(Metric.CONTACT_OVERDUE, id, next.statusLabel() + "; next contact was due " + next.due());
				if (next.lost()) {
					data.count(Metric.AT_RISK_OF_LOSS, id, "Next contact was due " + next.due());
				}
			}
			for (CaseConcerns.Issue issue : CaseConcerns.issues(today, allocated.get(id), planStates.get(id),
					rosh.get(id), registrations.getOrDefault(id, List.of()), initial)) {
				Metric metric = switch (issue.concern()) {
					case PLAN_GAP -> Metric.PLAN_GAPS;
					case PLAN_LATE -> Metric.PLAN_LATE;
					case ROSH_LATE -> Metric.ROSH_LATE;
					case PLAN_REVIEW_OVERDUE, ROSH_REVIEW_OVERDUE, REGISTRATION_REVIEW_OVERDUE -> Metric.REVIEW_OVERDUE;
				};
				String before = data.counted(metric).get(id);
				data.count(metric, id, before == null ? issue.text() : before + "; " + issue.text());
			}
			org.openprobation.assessment.RoshOversight oversight = countersigned.get(id);
			if (oversight != null && oversight.highOrVeryHigh()) {
				data.inDenominator(Metric.ROSH_COUNTERSIGNED, id);
				if (oversight
					.state() instanceof org.openprobation.assessment.domain.Countersigning.Countersigned signed) {
					data.count(Metric.ROSH_COUNTERSIGNED, id, "RoSH assessment of " + oversight.rosh().assessedOn()
							+ " countersigned by " + signed.decided().by());
				}
			}
			List<SafeguardingCheck> checks = outstanding.get(id);
			if (checks != null) {
				data.count(Metric.SAFEGUARDING_OUTSTANDING, id,
						checks.stream()
							.map(c -> c.kind().label() + " to " + c.agency() + ", sent " + c.sentOn())
							.collect(Collectors.joining("; ")));
			}
			if (!changed.contains(id)) {
				data.count(Metric.CONTINUITY, id, "Same officer since " + allocated.getOrDefault(id, today));
			}
		}
	}

	private void gatherProviderFigures(OversightData data, long providerId, LocalDate today) {
		for (UnpaidWorkOverview.Standing s : unpaidWork.standings(providerId)) {
			if (!data.cases().containsKey(s.personId())) {
				continue;
			}
			data.inDenominator(Metric.UPW_OFF_TRACK, s.personId());
			if (s.offTrack()) {
				data.count(Metric.UPW_OFF_TRACK, s.personId(), (s.minutesDone() / 60) + " of " + s.hoursOrdered()
						+ " hours done" + (s.notBooked() ? "; nothing booked in the next two weeks" : ""));
			}
		}
		List<StaffMember> practitioners = organisation.staffOf(providerId)
			.stream()
			.filter(s -> s.grade().holdsCases())
			.toList();
		for (TeamWorkload.PractitionerWorkload w : workloads.workloadsOf(practitioners)) {
			data.addPractitioner(new OversightData.Practitioner(w.practitioner(), w.cases(), w.capacityPercent()));
		}

		// the last 12 months to today, and the whole of each of the 12 months of the
		// trend
		LocalDate from = java.util.Collections
			.min(List.of(YearMonth.from(today).minusMonths(11).atDay(1), today.minusMonths(12).plusDays(1)));
		repository.locations(providerId).values().forEach(l -> data.locate(l.personId(), l.teamId(), l.areaId()));
		for (Enforcement.Submission s : enforcement.submissions(providerId, from, today)) {
			String what = (s.kind() == ActionKind.RECALL ? "Recall" : "Breach") + " submitted "
					+ org.openprobation.shared.Dates.inWords(s.submittedOn()) + ", " + s.workingDays()
					+ " working days after the failure on " + s.failureOn();
			data.addEvent(new OversightData.Event(Metric.ENFORCEMENT_ON_TIME, s.personId(), s.submittedOn(), s.onTime(),
					what));
			data.addEvent(new OversightData.Event(Metric.PACKS_RETURNED, s.personId(), s.submittedOn(), s.returned(),
					what + (s.returned() ? "; returned by the court" : "")));
		}
		for (Sentences.Ended e : sentences.endedBetween(providerId, from, today)) {
			data.addEvent(new OversightData.Event(e.licence() ? Metric.COMPLETION_LICENCE : Metric.COMPLETION_COMMUNITY,
					e.personId(), e.endedOn(), e.successful(),
					e.kind().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + " "
							+ e.status().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + " on "
							+ e.endedOn()));
		}
		for (OversightRepository.Attendance a : repository.attendance(providerId, from, today)) {
			data.addEvent(new OversightData.Event(Metric.UPW_STAND_DOWNS, a.personId(), a.sessionOn(),
					a.attendance().creditedByPolicy(),
					"Session on " + org.openprobation.shared.Dates.inWords(a.sessionOn()) + ": "
							+ a.attendance().label().toLowerCase(java.util.Locale.ROOT)));
		}
		java.util.Set<Long> missing = data.events()
			.stream()
			.map(OversightData.Event::personId)
			.filter(id -> !data.cases().containsKey(id))
			.collect(Collectors.toSet());
		people.byIds(missing)
			.values()
			.forEach(p -> data
				.describe(new OversightData.Case(p.id(), p.crn().strip(), p.name(), p.officerStaffId(), null, null)));
	}

	// ---- figures

	/** One month's count and denominator. */

}
