package org.openprobation.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.Countersigning;
import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.planning.domain.PlanGaps;

/**
 * A person's sentence plan (or none yet) with its objectives, the reasons recorded and
 * the gaps.
 *
 * @param timescales the provider's policy: a plan is reviewed at least every 6 months by
 * default, and whenever a trigger occurs
 */
public record SentencePlan(@Nullable Head plan, List<Objective> objectives, Map<String, String> reasons,
		List<PlanGaps.Gap> gaps, List<Review> reviews, InitialAssessment.Settings timescales,
		Countersigning.State countersignature) {

	public SentencePlan {
		objectives = List.copyOf(objectives);
		reasons = Map.copyOf(reasons);
		gaps = List.copyOf(gaps);
		reviews = List.copyOf(reviews);
	}

	/** An objective's text by id (reviews list progress by objective). */
	public String objectiveText(long objectiveId) {
		return objectives.stream()
			.filter(o -> o.id() == objectiveId)
			.map(Objective::text)
			.findFirst()
			.orElse("Objective");
	}

	/**
	 * When the next scheduled review is due: the review interval after the last review or
	 * the start.
	 */
	public @Nullable LocalDate nextReviewDue() {
		if (plan == null) {
			return null;
		}
		LocalDate from = plan.lastReviewedOn() != null ? plan.lastReviewedOn() : plan.createdOn();
		return InitialAssessment.reviewDue(from, timescales);
	}

	public boolean reviewOverdueOn(LocalDate date) {
		LocalDate due = nextReviewDue();
		return due != null && due.isBefore(date);
	}

	/**
	 * No plan yet and its due date has passed, or a plan never agreed past its due date.
	 */
	public boolean overdueOn(LocalDate date, @Nullable LocalDate dueIfNone) {
		if (plan == null) {
			return dueIfNone != null && dueIfNone.isBefore(date);
		}
		return objectives.isEmpty() && plan.dueBy().isBefore(date);
	}

	/**
	 * The gap of one item (a need's name, or RISK_OF_HARM) in words, if that item is a
	 * gap.
	 */
	public java.util.Optional<String> gapMessage(String item) {
		return gaps.stream().filter(g -> g.item().equals(item)).map(PlanGaps.Gap::message).findFirst();
	}

	/** The gaps in words, for lists and the API. */
	public List<String> gapMessages() {
		return gaps.stream().map(PlanGaps.Gap::message).toList();
	}

	/**
	 * The plan itself: {@code version} counts its changes, the last on {@code changedOn}
	 * by {@code changedBy} (unknown for a plan loaded in bulk); {@code decided} is a
	 * manager's latest decision on it as it now stands.
	 */
	public record Head(long id, LocalDate createdOn, LocalDate dueBy, boolean agreed, @Nullable String personsWords,
			@Nullable LocalDate agreedOn, @Nullable LocalDate lastReviewedOn, int version, LocalDate changedOn,
			@Nullable String changedBy, int objectiveCount, Countersigning.@Nullable Decided decided) {
	}

	/** Who delivers an objective's actions. */
	public enum DeliveredBy {

		OFFICER("The responsible officer"), INTERVENTION("An intervention or programme"), PARTNER("A partner agency");

		private final String label;

		DeliveredBy(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Why a plan was reviewed, as the assessment timeliness rules list the triggers. */
	public enum ReviewTrigger {

		SCHEDULED("Scheduled review"), CHANGE_OF_CIRCUMSTANCES("Change of address, relationship or child contact"),
		NEW_OFFENCE("New offence"), BREACH_OR_RECALL("Breach or recall"),
		REGISTRATION_CHANGE("Registration added or removed"), NEW_REQUIREMENT("Start of a new requirement"),
		TERMINATION("Termination");

		private final String label;

		ReviewTrigger(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** A review with the progress recorded against each objective. */
	public record Review(long id, LocalDate reviewedOn, ReviewTrigger trigger, String summary,
			@Nullable String personsView, String reviewedBy, List<Progress> progress) {

		public Review {
			progress = List.copyOf(progress);
		}

	}

	public record Progress(long objectiveId, String status, @Nullable String note) {
	}

	public record Objective(long id, String text, Set<Need> needs, boolean addressesRiskOfHarm, LocalDate targetDate,
			String status, String createdBy, @Nullable String actions, DeliveredBy deliveredBy) {

		public Objective {
			needs = Set.copyOf(needs);
		}

		public String addresses() {
			List<String> items = new java.util.ArrayList<>(needs.stream().sorted().map(PlanGaps::label).toList());
			if (addressesRiskOfHarm) {
				items.add("Risk of serious harm");
			}
			return String.join(", ", items);
		}

	}

}
