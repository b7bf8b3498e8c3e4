package org.openprobation.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.WorkingDayCalendar;

/**
 * Management oversight of a RoSH assessment or a sentence plan (assessment.md, "Risk of
 * serious harm"; inspection.md, management oversight): a team manager countersigns it, or
 * returns it to the officer with reasons. Which cases need it and how soon is the
 * provider's policy ({@link Settings}); a manager may countersign any other case too.
 */
public final class Countersigning {

	private Countersigning() {
	}

	/**
	 * Countersignature is needed for cases whose overall RoSH is at least
	 * {@code fromLevel} (1 low, 2 medium, 3 high, 4 very high), within
	 * {@code workingDays} of the assessment or the plan's last change.
	 */
	public record Settings(int fromLevel, int workingDays) {

		public static Settings defaults() {
			return new Settings(3, 5);
		}

		public boolean requiredFor(TierRule.@Nullable RoshLevel overall) {
			return overall != null && overall.ordinal() + 1 >= fromLevel;
		}

	}

	public enum Decision {

		COUNTERSIGNED("Countersigned"), RETURNED("Returned to the officer");

		private final String label;

		Decision(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** The choices a manager's form offers, in order: value to label. */
	public static java.util.Map<String, String> choices() {
		java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
		choices.put(Decision.COUNTERSIGNED.name(), "Countersign it");
		choices.put(Decision.RETURNED.name(), "Return it to the officer to revise");
		return choices;
	}

	/** A manager's decision, with their reasons (required when returning). */
	public record Decided(Decision decision, @Nullable String reasons, String by, Instant at) {

		/**
		 * How the pages introduce the reasons: why it was returned, or the manager's
		 * comment.
		 */
		public String reasonsHeading() {
			return decision == Decision.RETURNED ? "Why it was returned: " : "Manager's comment: ";
		}

	}

	/** Where an assessment or a plan stands. */
	public sealed interface State permits NotRequired, Awaiting, Countersigned, Returned {

		String label();

		/** Its name in the API: NOT_REQUIRED, AWAITING, COUNTERSIGNED or RETURNED. */
		String code();

		/** The GOV.UK tag colour the pages show it in. */
		String colour();

		/** The manager's decision, once there is one. */
		default @Nullable Decided decided() {
			return null;
		}

		/** When countersignature is due, while it is awaited. */
		default @Nullable LocalDate dueBy() {
			return null;
		}

		/**
		 * Oversight failing on this day: returned and not yet revised, or awaited past
		 * its due date.
		 */
		default boolean outstandingOn(LocalDate today) {
			return false;
		}

	}

	/** Nobody has decided and the policy does not ask for it. */
	public record NotRequired() implements State {

		@Override
		public String code() {
			return "NOT_REQUIRED";
		}

		@Override
		public String label() {
			return "Countersignature not needed";
		}

		@Override
		public String colour() {
			return "grey";
		}

	}

	/** Awaiting a manager's countersignature, due by a day. */
	public record Awaiting(LocalDate dueBy) implements State {

		public boolean overdueOn(LocalDate today) {
			return dueBy.isBefore(today);
		}

		@Override
		public String code() {
			return "AWAITING";
		}

		@Override
		public boolean outstandingOn(LocalDate today) {
			return overdueOn(today);
		}

		@Override
		public String label() {
			return "Awaiting countersignature";
		}

		@Override
		public String colour() {
			return "yellow";
		}

	}

	public record Countersigned(Decided decided) implements State {

		@Override
		public String code() {
			return "COUNTERSIGNED";
		}

		@Override
		public String label() {
			return "Countersigned";
		}

		@Override
		public String colour() {
			return "green";
		}

	}

	/** Returned to the officer, who revises it; the revision awaits countersignature. */
	public record Returned(Decided decided) implements State {

		@Override
		public String code() {
			return "RETURNED";
		}

		@Override
		public String label() {
			return "Returned to the officer";
		}

		@Override
		public boolean outstandingOn(LocalDate today) {
			return true;
		}

		@Override
		public String colour() {
			return "red";
		}

	}

	/**
	 * The state of something made (or last changed) on {@code madeOn}, given the latest
	 * decision on it as it now stands.
	 */
	public static State stateOf(boolean required, LocalDate madeOn, @Nullable Decided latest, Settings settings) {
		if (latest != null) {
			return switch (latest.decision()) {
				case COUNTERSIGNED -> new Countersigned(latest);
				case RETURNED -> new Returned(latest);
			};
		}
		return required ? new Awaiting(WorkingDayCalendar.plusWorkingDays(madeOn, settings.workingDays()))
				: new NotRequired();
	}

	/**
	 * What is wrong with a decision: a return needs reasons, and nobody countersigns what
	 * they wrote themselves.
	 */
	public static List<FieldProblem> problems(@Nullable Decision decision, @Nullable String reasons, String author,
			String manager) {
		List<FieldProblem> problems = new ArrayList<>();
		if (decision == null) {
			problems.add(new FieldProblem("decision", "Select whether you countersign it or return it"));
		}
		if (decision == Decision.RETURNED && (reasons == null || reasons.isBlank())) {
			problems.add(new FieldProblem("reasons", "Enter why you are returning it, so the officer can revise it"));
		}
		if (reasons != null && reasons.strip().length() > 4000) {
			problems.add(new FieldProblem("reasons", "The reasons must be 4,000 characters or fewer"));
		}
		if (problems.isEmpty() && Objects.equals(author, manager)) {
			problems.add(new FieldProblem("decision", "You wrote it: another manager countersigns it"));
		}
		return problems;
	}

}
