package org.openprobation.unpaidwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.unpaidwork.domain.HoursProgress;
import org.openprobation.unpaidwork.persistence.MessageRepository;
import org.openprobation.unpaidwork.persistence.OverviewRepository;
import org.openprobation.unpaidwork.persistence.UnpaidWorkRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unpaid-work manager's view of the last four weeks: session fill rates, stand-downs,
 * hours delivered each week, absences and travel by project, people at risk of missing
 * their deadline and people not booked, and how quickly the team answers.
 */
@Service
@Transactional(readOnly = true)
public class UnpaidWorkOverview {

	static final int WEEKS = 4;

	private final OverviewRepository repository;

	private final UnpaidWorkRepository unpaidWork;

	private final MessageRepository messages;

	private final AuditLog audit;

	private final Clock clock;

	UnpaidWorkOverview(OverviewRepository repository, UnpaidWorkRepository unpaidWork, MessageRepository messages,
			AuditLog audit, Clock clock) {
		this.repository = repository;
		this.unpaidWork = unpaidWork;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	public record AtRisk(UnpaidWorkRepository.Demand person, @Nullable LocalDate projected, LocalDate deadline) {
	}

	public record Overview(LocalDate from, LocalDate to, List<OverviewRepository.ProjectFigures> projects,
			Map<LocalDate, Integer> minutesByWeek, List<AtRisk> atRisk, List<UnpaidWorkRepository.Demand> notBooked,
			int peopleWithHours, MessageRepository.Responsiveness responsiveness) {

		public Overview {
			projects = List.copyOf(projects);
			atRisk = List.copyOf(atRisk);
			notBooked = List.copyOf(notBooked);
		}

		private int sum(java.util.function.ToIntFunction<OverviewRepository.ProjectFigures> f) {
			return projects.stream().mapToInt(f).sum();
		}

		public @Nullable Integer fillPercent() {
			int places = sum(OverviewRepository.ProjectFigures::places);
			return places == 0 ? null
					: (int) Math.round(100.0 * sum(OverviewRepository.ProjectFigures::booked) / places);
		}

		public @Nullable Integer standDownPercent() {
			int recorded = sum(OverviewRepository.ProjectFigures::recorded);
			return recorded == 0 ? null
					: (int) Math.round(100.0 * sum(OverviewRepository.ProjectFigures::standDowns) / recorded);
		}

		public @Nullable Integer unacceptablePercent() {
			int recorded = sum(OverviewRepository.ProjectFigures::recorded);
			return recorded == 0 ? null
					: (int) Math.round(100.0 * sum(OverviewRepository.ProjectFigures::unacceptable) / recorded);
		}

		public double hoursDelivered() {
			return sum(OverviewRepository.ProjectFigures::minutesCredited) / 60.0;
		}

		public double travelPounds() {
			return sum(OverviewRepository.ProjectFigures::travelPence) / 100.0;
		}

	}

	@Transactional
	public Overview overview(CurrentUser user) {
		if (!user.hasAny(Role.UNPAID_WORK, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("The unpaid work overview is for the team and managers.");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate from = today.minusWeeks(WEEKS);
		Long provider = user.providerScope();
		List<UnpaidWorkRepository.Demand> demand = unpaidWork.demand(provider, null);
		Map<Long, Integer> recent = repository.recentMinutes(requirements(demand),
				today.minusWeeks(HoursProgress.RATE_WEEKS));
		List<AtRisk> atRisk = new ArrayList<>();
		for (UnpaidWorkRepository.Demand d : demand) {
			int recentMinutes = recent.getOrDefault(d.requirementId(), 0);
			HoursProgress.Progress progress = HoursProgress.of(d.hoursOrdered(), d.minutesDone() - recentMinutes,
					recentMinutes == 0 ? Map.of() : Map.of(today.minusDays(1), recentMinutes), d.start(), today);
			if (!progress.onTrack() && !progress.complete()) {
				atRisk.add(new AtRisk(d, progress.projectedCompletion(), progress.deadline()));
			}
		}
		atRisk.sort(java.util.Comparator.comparing(AtRisk::deadline));
		Set<Long> booked = unpaidWork.bookedBetween(people(demand), today.atStartOfDay(),
				today.plusWeeks(2).atStartOfDay());
		List<UnpaidWorkRepository.Demand> notBooked = demand.stream()
			.filter(d -> !booked.contains(d.personId()) && d.hoursOrdered() * 60 > d.minutesDone())
			.toList();
		audit.record(user, "VIEW_UNPAID_WORK_OVERVIEW", null, from + " to " + today);
		return new Overview(from, today, repository.projects(provider, from, today.plusDays(1)),
				repository.minutesByWeek(provider, from, today.plusDays(1)), atRisk, notBooked, demand.size(),
				messages.responsiveness(provider, clock.instant().minus(java.time.Duration.ofDays(28))));
	}

	/**
	 * Where each person with unpaid work hours to do stands: off track when the projected
	 * completion misses the 12-month deadline, not booked when nothing is booked in the
	 * next two weeks (management information; the caller checks access).
	 */
	public record Standing(long personId, int hoursOrdered, int minutesDone, boolean offTrack, boolean notBooked) {
	}

	@Transactional(readOnly = true)
	public List<Standing> standings(@Nullable Long providerScope) {
		LocalDate today = LocalDate.now(clock);
		List<UnpaidWorkRepository.Demand> demand = unpaidWork.demand(providerScope, null);
		Map<Long, Integer> recent = repository.recentMinutes(requirements(demand),
				today.minusWeeks(HoursProgress.RATE_WEEKS));
		Set<Long> booked = unpaidWork.bookedBetween(people(demand), today.atStartOfDay(),
				today.plusWeeks(2).atStartOfDay());
		List<Standing> standings = new ArrayList<>();
		for (UnpaidWorkRepository.Demand d : demand) {
			int recentMinutes = recent.getOrDefault(d.requirementId(), 0);
			HoursProgress.Progress progress = HoursProgress.of(d.hoursOrdered(), d.minutesDone() - recentMinutes,
					recentMinutes == 0 ? Map.of() : Map.of(today.minusDays(1), recentMinutes), d.start(), today);
			boolean remaining = d.hoursOrdered() * 60 > d.minutesDone();
			standings.add(new Standing(d.personId(), d.hoursOrdered(), d.minutesDone(),
					!progress.onTrack() && !progress.complete(), remaining && !booked.contains(d.personId())));
		}
		return standings;
	}

	/** The projects' figures as CSV, for a spreadsheet. */
	@Transactional
	public String projectsCsv(CurrentUser user) {
		Overview overview = overview(user);
		StringBuilder csv = new StringBuilder(
				"project,borough,sessions,cancelled,places,booked,fill_percent,recorded,attended,unacceptable_absences,"
						+ "stand_downs,hours_credited,travel_pounds\r\n");
		for (OverviewRepository.ProjectFigures p : overview.projects()) {
			csv.append(String.join(",", quote(p.project()), quote(p.borough()), String.valueOf(p.sessions()),
					String.valueOf(p.cancelled()), String.valueOf(p.places()), String.valueOf(p.booked()),
					p.fillPercent() == null ? "" : String.valueOf(p.fillPercent()), String.valueOf(p.recorded()),
					String.valueOf(p.attended()), String.valueOf(p.unacceptable()), String.valueOf(p.standDowns()),
					String.format(java.util.Locale.ROOT, "%.1f", p.minutesCredited() / 60.0),
					String.format(java.util.Locale.ROOT, "%.2f", p.travelPence() / 100.0)))
				.append("\r\n");
		}
		return csv.toString();
	}

	/** Quotes a CSV field, and stops a spreadsheet reading it as a formula. */
	static String quote(String value) {
		return org.openprobation.shared.Csv.quote(value);
	}

	private static List<Long> requirements(List<UnpaidWorkRepository.Demand> demand) {
		return demand.stream().map(UnpaidWorkRepository.Demand::requirementId).toList();
	}

	private static List<Long> people(List<UnpaidWorkRepository.Demand> demand) {
		return demand.stream().map(UnpaidWorkRepository.Demand::personId).toList();
	}

}
