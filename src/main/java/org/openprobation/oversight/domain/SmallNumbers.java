package org.openprobation.oversight.domain;

/**
 * Statistical disclosure control for team-level figures about people: a count of one to
 * four people in a small group (a team's disabled staff, its staff on long-term sickness,
 * its people of one ethnicity with a breach) can point at a person, so it is shown as
 * "fewer than 5", and a rate made from it is not shown. Zero, and five or more, are shown
 * as they are.
 */
public final class SmallNumbers {

	/** The smallest count shown as it is. */
	public static final int FEWEST_SHOWN = 5;

	public static final String FEWER_THAN_FIVE = "fewer than 5";

	private SmallNumbers() {
	}

	/** Whether the count is small enough to point at someone: one to four. */
	public static boolean identifying(int count) {
		return count > 0 && count < FEWEST_SHOWN;
	}

	/** The count as shown: suppressed when {@code small} applies and it identifies. */
	public static String shown(int count, boolean small) {
		return small && identifying(count) ? FEWER_THAN_FIVE : String.valueOf(count);
	}

}
