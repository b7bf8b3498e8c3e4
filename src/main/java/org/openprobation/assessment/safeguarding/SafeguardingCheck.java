package org.openprobation.assessment.safeguarding;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.safeguarding.domain.SafeguardingTimeline;

/** One safeguarding request and where it stands today. */
public record SafeguardingCheck(long id, long personId, Kind kind, String agency, String reason, LocalDate sentOn,
		LocalDate dueOn, @Nullable LocalDate chasedOn, @Nullable LocalDate escalatedOn, @Nullable LocalDate answeredOn,
		@Nullable String response, @Nullable String whatChanged, String requestedBy, SafeguardingTimeline.Stage stage,
		int workingDaysWaiting, int version) {

	public enum Kind {

		CHILDRENS_SOCIAL_CARE("Children's social care request"), POLICE_DOMESTIC_ABUSE("Police domestic abuse check"),
		ADULT_SOCIAL_CARE("Adult social care safeguarding request");

		/**
		 * The checks a concern calls for (assessment.md, "Safeguarding checks"): a
		 * child-contact, child-protection or domestic-abuse concern calls for both the
		 * children's social care check and the police domestic-abuse check; an adult at
		 * risk, for an adult safeguarding check.
		 */
		public static java.util.List<Kind> calledFor(boolean childOrDomesticAbuseConcern, boolean adultAtRisk) {
			java.util.List<Kind> kinds = new java.util.ArrayList<>();
			if (childOrDomesticAbuseConcern) {
				kinds.add(CHILDRENS_SOCIAL_CARE);
				kinds.add(POLICE_DOMESTIC_ABUSE);
			}
			if (adultAtRisk) {
				kinds.add(ADULT_SOCIAL_CARE);
			}
			return kinds;
		}

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** The stage's name (AWAITING, CHASE_DUE, ESCALATION_DUE, ANSWERED), for the API. */
	public String stageName() {
		return stage.name();
	}

	public boolean outstanding() {
		return answeredOn == null;
	}

	/**
	 * Unanswered past its due date and not yet followed up as its stage asks: a chaser,
	 * then an escalation. A task on the officer's list.
	 */
	public boolean followUpDue() {
		return stage == SafeguardingTimeline.Stage.CHASE_DUE && chasedOn == null
				|| stage == SafeguardingTimeline.Stage.ESCALATION_DUE && escalatedOn == null;
	}

	/** What the follow-up is ("Overdue: chase", "Overdue: escalate"). */
	public String stageLabel() {
		return stage.label();
	}

}
