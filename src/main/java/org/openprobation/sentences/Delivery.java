package org.openprobation.sentences;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the record shows delivered on one requirement since the platform held it: the
 * measured amount (RAR days, programme sessions, unpaid work or attendance centre hours,
 * curfew or abstinence days served) and, for the requirements measured by what happens
 * rather than by an amount, the records that show their progress: treatment appointments
 * attended, drug tests by result, court reviews attended and the next one booked.
 */
public record Delivery(int amount, int appointmentsAttended, int testsNegative, int testsPositive, int testsNotProvided,
		int reviewsAttended, @Nullable LocalDate nextReview) {

	public static final Delivery NONE = new Delivery(0, 0, 0, 0, 0, 0, null);

	/** An amount delivered, with no other records. */
	public static Delivery of(int amount) {
		return new Delivery(amount, 0, 0, 0, 0, 0, null);
	}

	/** This delivery with the amount given. */
	public Delivery withAmount(int newAmount) {
		return new Delivery(newAmount, appointmentsAttended, testsNegative, testsPositive, testsNotProvided,
				reviewsAttended, nextReview);
	}

	public int tests() {
		return testsNegative + testsPositive + testsNotProvided;
	}

}
