package org.openprobation.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.allocation.Reductions;
import org.openprobation.allocation.TeamWorkload;
import org.openprobation.allocation.Workloads;
import org.openprobation.organisation.StaffGrade;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.StaffRecords;
import org.openprobation.organisation.Team;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of staff's record and workforce records, kept by those who manage them: an
 * administrator, the area manager of their area, the senior probation officer of their
 * team. Sickness absence and performance improvement plans are seen only by those same
 * managers; other managers of the provider see the rest. Every change is audited.
 */
@Service
public class StaffAdministration {

	private final StaffRecords records;

	private final org.openprobation.organisation.StaffImport staffImport;

	private final Reductions reductions;

	private final Workloads workloads;

	private final AuditLog audit;

	private final Clock clock;

	StaffAdministration(StaffRecords records, Reductions reductions, Workloads workloads, AuditLog audit, Clock clock,
			org.openprobation.organisation.StaffImport staffImport) {
		this.records = records;
		this.staffImport = staffImport;
		this.reductions = reductions;
		this.workloads = workloads;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Everything the staff page shows; the sensitive parts empty for who may not see
	 * them.
	 */
	public record StaffPage(StaffMember member, int version, boolean mayManage,
			TeamWorkload.@Nullable PractitionerWorkload workload, List<Reductions.Reduction> reductions,
			int hiddenReductions, List<StaffRecords.Training> training, List<StaffRecords.Move> moves,
			List<StaffRecords.PerformancePlan> plans, List<String> courses, LocalDate today) {
	}

	public static boolean mayView(CurrentUser user, StaffMember member) {
		return user.hasAny(Role.ADMIN, Role.INSPECTOR) || (user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.QUALITY)
				&& Objects.equals(user.providerId(), member.providerId()));
	}

	public static boolean mayManage(CurrentUser user, StaffMember member) {
		return user.has(Role.ADMIN) || (user.has(Role.AREA_MANAGER) && Objects.equals(user.areaId(), member.areaId()))
				|| (user.has(Role.SPO) && member.teamId() != null && Objects.equals(user.teamId(), member.teamId()));
	}

	public static boolean mayManageTeam(CurrentUser user, Team team) {
		return user.has(Role.ADMIN) || (user.has(Role.AREA_MANAGER) && Objects.equals(user.areaId(), team.areaId()));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	// not read-only: a manager's view of sickness and plans is audited
	@Transactional
	public StaffPage page(CurrentUser user, String code) {
		StaffMember member = records.member(code);
		if (!mayView(user, member)) {
			throw new AccessDeniedException("Only managers of this provider see its staff records.");
		}
		boolean manage = mayManage(user, member);
		List<Reductions.Reduction> all = reductions.of(member.id());
		List<Reductions.Reduction> shown = manage ? all : all.stream().filter(r -> !r.kind().sensitive()).toList();
		TeamWorkload.PractitionerWorkload workload = member.grade().holdsCases()
				? workloads.workloadsOf(List.of(member)).get(0) : null;
		if (manage) {
			audit.record(user, "VIEW_STAFF_RECORD", null,
					"Staff record of " + member.code() + ", with sickness absence and performance improvement plans");
		}
		return new StaffPage(member, records.version(member.id()), manage, workload, shown, all.size() - shown.size(),
				records.training(member.id()), records.moves(member.id()),
				manage ? records.plans(member.id()) : List.of(), records.courses(), today());
	}

	private StaffMember managed(CurrentUser user, String code) {
		StaffMember member = records.member(code);
		if (!mayManage(user, member)) {
			throw new AccessDeniedException("Only the member of staff's managers keep their record.");
		}
		return member;
	}

	public void checkMayManage(CurrentUser user, String code) {
		managed(user, code);
	}

	@Transactional
	public void change(CurrentUser user, String code, StaffRecords.StaffChange change) {
		StaffMember member = managed(user, code);
		String what = records.change(member, change, today(), user.username(), clock.instant());
		audit.record(user, "CHANGE_STAFF_RECORD", null, "Staff " + member.code() + ": " + what);
	}

	@Transactional
	public void addReduction(CurrentUser user, String code, Reductions.NewReduction reduction) {
		StaffMember member = managed(user, code);
		String what = reductions.add(member, reduction, user.username(), clock.instant());
		audit.record(user, "ADD_WORKLOAD_REDUCTION", null, "Staff " + member.code() + ": " + what);
	}

	@Transactional
	public void addTraining(CurrentUser user, String code, @Nullable String course, @Nullable LocalDate completedOn,
			@Nullable LocalDate expiresOn) {
		StaffMember member = managed(user, code);
		records.addTraining(member, course, completedOn, expiresOn, today(), user.username());
		audit.record(user, "ADD_TRAINING_RECORD", null,
				"Staff " + member.code() + ": " + (course == null ? "" : course.strip()) + " completed " + completedOn);
	}

	@Transactional
	public void startPlan(CurrentUser user, String code, @Nullable LocalDate startedOn) {
		StaffMember member = managed(user, code);
		records.startPlan(member, startedOn, today());
		audit.record(user, "START_PERFORMANCE_PLAN", null, "Staff " + member.code() + " from " + startedOn);
	}

	@Transactional
	public void endPlan(CurrentUser user, String code, @Nullable LocalDate endedOn, @Nullable String outcome) {
		StaffMember member = managed(user, code);
		records.endPlan(member, endedOn, outcome, today());
		audit.record(user, "END_PERFORMANCE_PLAN", null, "Staff " + member.code() + " on " + endedOn);
	}

	/**
	 * Who may add a member of staff: an administrator (any provider) or an area manager
	 * (their own).
	 */
	public static boolean mayAdd(CurrentUser user) {
		return user.hasAny(Role.ADMIN, Role.AREA_MANAGER);
	}

	public void checkMayAdd(CurrentUser user) {
		if (!mayAdd(user)) {
			throw new AccessDeniedException("Only an administrator or an area manager adds staff.");
		}
	}

	/**
	 * Adds one member of staff through the same checks as the staff import (a CSV of one
	 * row), into a team of the user's provider (any, for an administrator).
	 */
	@Transactional
	public String add(CurrentUser user, java.util.Map<String, String> fields) {
		checkMayAdd(user);
		List<String> columns = new java.util.ArrayList<>(org.openprobation.organisation.StaffImport.REQUIRED);
		columns.addAll(org.openprobation.organisation.StaffImport.OPTIONAL);
		StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
		csv.append(String.join(",",
				columns.stream()
					.map(c -> '"' + fields.getOrDefault(c, "").strip().replace("\"", "\"\"") + '"')
					.toList()))
			.append('\n');
		org.openprobation.organisation.StaffImport.Imported added = staffImport
			.importCsv(user.has(Role.ADMIN) ? null : user.providerScope(), csv.toString());
		String code = added.codes().get(0);
		audit.record(user, "ADD_STAFF", null, "Staff " + code + " added");
		return code;
	}

	@Transactional(readOnly = true)
	public List<StaffRecords.Posts> establishment(Team team) {
		return records.establishment(team.id());
	}

	@Transactional
	public void setEstablishment(CurrentUser user, Team team, Map<StaffGrade, Integer> posts) {
		if (!mayManageTeam(user, team)) {
			throw new AccessDeniedException("Only an administrator or the area manager sets a team's funded posts.");
		}
		String what = records.setEstablishment(team.id(), posts);
		audit.record(user, "SET_FUNDED_POSTS", null, "Team " + team.code() + ": " + what);
	}

}
