package org.openprobation.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.allocation.persistence.ReductionRepository;
import org.openprobation.organisation.StaffMember;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workload reductions recorded against a member of staff, which workload and allocation
 * read: hours a week off their capacity between two dates, given as hours or as a
 * percentage of their contracted hours (turned into hours when recorded, so a later
 * change of hours does not silently change a past reduction). Who may, and the audit, are
 * the caller's.
 */
@Service
public class Reductions {

	private final ReductionRepository repository;

	Reductions(ReductionRepository repository) {
		this.repository = repository;
	}

	public record Reduction(long id, ReductionKind kind, String reason, BigDecimal hours, @Nullable BigDecimal percent,
			LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String recordedBy) {

		public boolean activeOn(LocalDate day) {
			return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
		}

	}

	public record NewReduction(@Nullable ReductionKind kind, @Nullable String details, @Nullable BigDecimal hours,
			@Nullable BigDecimal percent, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
	}

	@Transactional(readOnly = true)
	public List<Reduction> of(long staffId) {
		return repository.of(staffId);
	}

	/** Records the reduction; answers it in words, for the audit trail. */
	@Transactional
	public String add(StaffMember member, NewReduction typed, String by, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		if (typed.kind() == null) {
			problems.add(new FieldProblem("kind", "Select the kind of reduction"));
		}
		BigDecimal hours = typed.hours();
		if (hours == null && typed.percent() == null) {
			problems.add(new FieldProblem("hours", "Enter the hours a week, or a percentage of contracted hours"));
		}
		else if (hours != null && typed.percent() != null) {
			problems.add(new FieldProblem("hours", "Enter the hours or a percentage, not both"));
		}
		else if (typed.percent() != null) {
			if (typed.percent().signum() <= 0 || typed.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
				problems.add(new FieldProblem("percent", "Enter a percentage from 1 to 100"));
			}
			else {
				hours = member.contractedHours()
					.multiply(typed.percent())
					.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
			}
		}
		else if (hours.signum() <= 0 || hours.compareTo(member.contractedHours()) > 0) {
			problems.add(new FieldProblem("hours", "Enter hours from more than 0 up to their contracted "
					+ member.contractedHours().stripTrailingZeros().toPlainString()));
		}
		if (typed.startsOn() == null) {
			problems.add(new FieldProblem("startsOn", "Enter the date it starts"));
		}
		else if (typed.endsOn() != null && typed.endsOn().isBefore(typed.startsOn())) {
			problems.add(new FieldProblem("endsOn", "Enter an end date on or after it starts"));
		}
		String details = typed.details() == null ? "" : typed.details().strip();
		if (details.length() > 200) {
			problems.add(new FieldProblem("details", "Enter details of 200 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		String reason = details.isEmpty() ? typed.kind().label() : typed.kind().label() + ": " + details;
		repository.add(member.id(), typed.kind(), reason, hours, typed.percent(), typed.startsOn(), typed.endsOn(), by,
				at);
		return typed.kind().label() + ", " + hours.stripTrailingZeros().toPlainString() + " hours a week from "
				+ typed.startsOn() + (typed.endsOn() == null ? "" : " to " + typed.endsOn());
	}

}
