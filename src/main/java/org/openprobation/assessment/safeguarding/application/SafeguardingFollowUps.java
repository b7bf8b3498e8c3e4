package org.openprobation.assessment.safeguarding.application;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.AssessedCase;
import org.openprobation.assessment.application.AssessedCases;
import org.openprobation.assessment.safeguarding.SafeguardingCheck;
import org.openprobation.assessment.safeguarding.SafeguardingChecks;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's safeguarding requests followed up ({@code assessment.md}, Safeguarding: the
 * response and what it changed; a chaser after the due date, escalation when still
 * unanswered): load the case through the gate, decide, save, audit.
 */
@Service
@Transactional
public class SafeguardingFollowUps {

	private final AssessedCases cases;

	private final SafeguardingChecks checks;

	private final AuditLog audit;

	SafeguardingFollowUps(AssessedCases cases, SafeguardingChecks checks, AuditLog audit) {
		this.cases = cases;
		this.checks = checks;
		this.audit = audit;
	}

	/** A case opened to follow up one of its checks, with that check. */
	public record CheckOnCase(AssessedCase overview, SafeguardingCheck check) {
	}

	/** Opens the case for a change (refused unless the user may) and finds its check. */
	public CheckOnCase open(CurrentUser user, Crn crn, long checkId, String purpose) {
		AssessedCase overview = cases.forChange(user, crn, purpose);
		SafeguardingCheck check = checks.forCase(overview.person().id())
			.stream()
			.filter(c -> c.id() == checkId)
			.findFirst()
			.orElseThrow(() -> new NotFound("This case has no such safeguarding check."));
		return new CheckOnCase(overview, check);
	}

	/**
	 * Records what the agency said and what it changed; refused, naming each field, when
	 * the answer is missing or too long, or when someone else answered or changed the
	 * check since it was read ({@code version}).
	 */
	public CheckOnCase recordResponse(CurrentUser user, Crn crn, long checkId, @Nullable Integer version,
			@Nullable String response, @Nullable String whatChanged) {
		CheckOnCase opened = open(user, crn, checkId, "record a safeguarding response");
		String answer = response == null ? "" : response.strip();
		String changed = whatChanged == null ? "" : whatChanged.strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (answer.isEmpty()) {
			problems.add(new FieldProblem("response", "Enter what the agency said"));
		}
		else if (answer.length() > 4000) {
			problems.add(new FieldProblem("response", "The response must be 4,000 characters or fewer"));
		}
		if (changed.length() > 4000) {
			problems.add(new FieldProblem("whatChanged", "What it changed must be 4,000 characters or fewer"));
		}
		if (problems.isEmpty() && !checks.recordResponse(opened.overview().person().id(), checkId,
				version == null ? -1 : version, answer, changed.isEmpty() ? null : changed)) {
			problems.add(new FieldProblem("response", "This check was answered or changed by someone else while you "
					+ "were typing; nothing was saved. Check the case before trying again"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		audit.record(user, "SAFEGUARDING_RESPONSE", crn.value(), opened.check().kind().label() + " answered");
		return opened;
	}

	/**
	 * What following up did: done, or nothing to record as it already was or is answered.
	 */
	public record FollowUp(CheckOnCase opened, boolean recorded) {
	}

	/** Records that the agency was chased today. */
	public FollowUp chase(CurrentUser user, Crn crn, long checkId) {
		return followUp(user, crn, checkId, false);
	}

	/** Records that the request was escalated today, to the agency's manager. */
	public FollowUp escalate(CurrentUser user, Crn crn, long checkId) {
		return followUp(user, crn, checkId, true);
	}

	private FollowUp followUp(CurrentUser user, Crn crn, long checkId, boolean escalate) {
		CheckOnCase opened = open(user, crn, checkId, (escalate ? "escalate" : "chase") + " a safeguarding check");
		long personId = opened.overview().person().id();
		boolean done = escalate ? checks.recordEscalation(personId, checkId) : checks.recordChase(personId, checkId);
		if (done) {
			audit.record(user, escalate ? "SAFEGUARDING_ESCALATED" : "SAFEGUARDING_CHASED", crn.value(),
					opened.check().kind().label() + " to " + opened.check().agency());
		}
		return new FollowUp(opened, done);
	}

}
