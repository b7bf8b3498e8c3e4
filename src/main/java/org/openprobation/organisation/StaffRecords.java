package org.openprobation.organisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.persistence.OrganisationRepository;
import org.openprobation.organisation.persistence.StaffRecordRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of staff's record kept by their managers: grade, contracted hours, team (moves
 * kept with their dates), agency contract end, specialist role, leaving date, training
 * completed, performance improvement plans, and each team's funded posts. Who may, and
 * the audit, are the caller's.
 */
@Service
public class StaffRecords {

	private final StaffRecordRepository repository;

	private final OrganisationRepository organisation;

	StaffRecords(StaffRecordRepository repository, OrganisationRepository organisation) {
		this.repository = repository;
		this.organisation = organisation;
	}

	public record Move(@Nullable String fromTeam, String toTeam, LocalDate movedOn, String recordedBy) {
	}

	public record Training(String course, LocalDate completedOn, @Nullable LocalDate expiresOn,
			@Nullable String recordedBy) {

		public boolean expiredBy(LocalDate day) {
			return expiresOn != null && expiresOn.isBefore(day);
		}

	}

	public record PerformancePlan(long id, LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable String outcome) {
	}

	public record Posts(StaffGrade grade, int funded, int inPost) {

		public int vacancies() {
			return Math.max(0, funded - inPost);
		}

	}

	/** A change to the record as typed; null leaves a field as it is. */
	public record StaffChange(@Nullable StaffGrade grade, @Nullable BigDecimal contractedHours,
			@Nullable String teamCode, @Nullable LocalDate movedOn, @Nullable LocalDate contractEndsOn,
			@Nullable SpecialistRole specialistRole, boolean noSpecialistRole, @Nullable LocalDate leavesOn,
			@Nullable Integer version) {
	}

	@Transactional(readOnly = true)
	public StaffMember member(String code) {
		return organisation.staffIdByCode(code.strip())
			.flatMap(id -> organisation.staffByIds(List.of(id)).values().stream().findFirst())
			.orElseThrow(() -> new NotFound("There is no member of staff with that code."));
	}

	@Transactional(readOnly = true)
	public int version(long staffId) {
		return repository.version(staffId);
	}

	@Transactional(readOnly = true)
	public List<Move> moves(long staffId) {
		return repository.moves(staffId);
	}

	@Transactional(readOnly = true)
	public List<Training> training(long staffId) {
		return repository.training(staffId);
	}

	@Transactional(readOnly = true)
	public List<String> courses() {
		return repository.courses();
	}

	@Transactional(readOnly = true)
	public List<PerformancePlan> plans(long staffId) {
		return repository.plans(staffId);
	}

	@Transactional(readOnly = true)
	public List<Posts> establishment(long teamId) {
		return repository.establishment(teamId);
	}

	/** Saves the change; answers what changed, in words, for the audit trail. */
	@Transactional
	public String change(StaffMember was, StaffChange change, LocalDate today, String by, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		if (change.version() == null) {
			problems.add(new FieldProblem("version", "is required: the version you read"));
		}
		BigDecimal hours = change.contractedHours() == null ? was.contractedHours() : change.contractedHours();
		if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(48)) > 0 || hours.scale() > 1) {
			problems.add(new FieldProblem("contractedHours",
					"Enter contracted hours from 0 to 48, to one decimal place, like 37 or 22.5"));
		}
		Long teamId = was.teamId();
		long officeId = was.officeId();
		Team team = null;
		String teamCode = change.teamCode() == null ? null : change.teamCode().strip();
		boolean moving = teamCode != null && !teamCode.isEmpty() && !teamCode.equals(was.teamCode());
		if (moving) {
			team = organisation.teamByCode(teamCode).orElse(null);
			if (team == null) {
				problems.add(new FieldProblem("teamCode", "There is no team with code " + teamCode));
			}
			else if (team.providerId() != was.providerId()) {
				problems.add(new FieldProblem("teamCode", "Choose a team of the same provider: a move to another "
						+ "provider is a new member of staff there"));
			}
			else if (organisation.teamClosedBy(team.id(), change.movedOn() == null ? today : change.movedOn())) {
				problems.add(new FieldProblem("teamCode", "Team " + teamCode + " is closed"));
			}
			if (change.movedOn() != null && change.movedOn().isAfter(today)) {
				problems.add(new FieldProblem("movedOn",
						"Enter the day they moved, today or earlier: record a move when it happens"));
			}
		}
		LocalDate leavesOn = change.leavesOn();
		if (leavesOn != null && leavesOn.isBefore(today) && !Objects.equals(leavesOn, was.leavesOn())) {
			problems.add(new FieldProblem("leavesOn", "Enter a leaving date of today or later"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (team != null) {
			teamId = team.id();
			officeId = organisation.officeOfTeam(team.id());
		}
		StaffGrade grade = change.grade() == null ? was.grade() : change.grade();
		SpecialistRole role = change.noSpecialistRole() ? null
				: change.specialistRole() == null ? was.specialistRole() : change.specialistRole();
		LocalDate contractEnds = was.agency() ? change.contractEndsOn() : null;
		if (!repository.update(was.id(), grade, hours, officeId, teamId, contractEnds,
				role == null ? null : role.name(), leavesOn, change.version(), by, at)) {
			throw new Conflict("The record of " + was.code()
					+ " was changed by someone else since you read it: read it again and make your change to that");
		}
		List<String> words = new ArrayList<>();
		if (grade != was.grade()) {
			words.add("grade " + was.grade().abbreviation() + " to " + grade.abbreviation());
		}
		if (hours.compareTo(was.contractedHours()) != 0) {
			words.add("contracted hours " + was.contractedHours().stripTrailingZeros().toPlainString() + " to "
					+ hours.stripTrailingZeros().toPlainString());
		}
		if (team != null) {
			LocalDate on = change.movedOn() == null ? today : change.movedOn();
			repository.move(was.id(), was.teamId(), team.id(), on, by, at);
			words.add("moved from team " + was.teamCode() + " to " + team.code() + " on " + on);
		}
		if (!Objects.equals(contractEnds, was.contractEndsOn())) {
			words.add("agency contract ends " + (contractEnds == null ? "not recorded" : contractEnds));
		}
		if (role != was.specialistRole()) {
			words.add("specialist role " + (role == null ? "none" : role.label()));
		}
		if (!Objects.equals(leavesOn, was.leavesOn())) {
			words.add(leavesOn == null ? "no longer leaving" : "leaves on " + leavesOn);
		}
		return words.isEmpty() ? "nothing" : String.join("; ", words);
	}

	@Transactional
	public void addTraining(StaffMember member, @Nullable String course, @Nullable LocalDate completedOn,
			@Nullable LocalDate expiresOn, LocalDate today, String by) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = course == null ? "" : course.strip();
		if (name.isEmpty()) {
			problems.add(new FieldProblem("course", "Enter the course"));
		}
		else if (name.length() > 200) {
			problems.add(new FieldProblem("course", "Enter a course name of 200 characters or fewer"));
		}
		if (completedOn == null) {
			problems.add(new FieldProblem("completedOn", "Enter the date it was completed"));
		}
		else if (completedOn.isAfter(today)) {
			problems.add(new FieldProblem("completedOn", "Enter a completion date of today or earlier"));
		}
		if (completedOn != null && expiresOn != null && expiresOn.isBefore(completedOn)) {
			problems.add(new FieldProblem("expiresOn", "Enter an expiry date on or after it was completed"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.addTraining(member.id(), name, completedOn, expiresOn, by);
	}

	@Transactional
	public void startPlan(StaffMember member, @Nullable LocalDate startedOn, LocalDate today) {
		if (startedOn == null || startedOn.isAfter(today)) {
			throw new BadRequest(
					List.of(new FieldProblem("startedOn", "Enter the day the plan started, today or earlier")));
		}
		if (repository.plans(member.id()).stream().anyMatch(p -> p.endedOn() == null)) {
			throw new BadRequest(List.of(new FieldProblem("startedOn", "A plan is open already: end it first")));
		}
		repository.startPlan(member.id(), startedOn);
	}

	@Transactional
	public void endPlan(StaffMember member, @Nullable LocalDate endedOn, @Nullable String outcome, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (endedOn == null || endedOn.isAfter(today)) {
			problems.add(new FieldProblem("endedOn", "Enter the day the plan ended, today or earlier"));
		}
		if (outcome == null || outcome.isBlank()) {
			problems.add(new FieldProblem("outcome", "Enter the outcome of the plan"));
		}
		else if (outcome.length() > 500) {
			problems.add(new FieldProblem("outcome", "Enter an outcome of 500 characters or fewer"));
		}
		if (problems.isEmpty() && !repository.endPlan(member.id(), endedOn, outcome.strip())) {
			problems.add(new FieldProblem("endedOn", "There is no open plan that started by then"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
	}

	/** Sets the funded posts of a team, grade by grade; answers what changed. */
	@Transactional
	public String setEstablishment(long teamId, Map<StaffGrade, Integer> posts) {
		List<String> words = new ArrayList<>();
		Map<StaffGrade, Integer> was = new java.util.EnumMap<>(StaffGrade.class);
		repository.establishment(teamId).forEach(p -> was.put(p.grade(), p.funded()));
		posts.forEach((grade, n) -> {
			if (n < 0 || n > 200) {
				throw new BadRequest(List.of(new FieldProblem("posts-" + grade.name(), "Enter 0 to 200 posts")));
			}
		});
		posts.forEach((grade, n) -> {
			if (!Objects.equals(was.get(grade), n)) {
				repository.setPosts(teamId, grade, n);
				words.add(grade.abbreviation() + " " + was.getOrDefault(grade, 0) + " to " + n);
			}
		});
		return words.isEmpty() ? "nothing" : String.join(", ", words);
	}

}
