package org.openprobation.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.sentences.OffenceCategory;

/**
 * OGRS3, the Offender Group Reconviction Scale version 3, exactly as
 * {@code assessment.md} gives it: a logistic score from sex, age, sanctions history and
 * the current offence, with the 1- and 2-year probabilities of proven reoffending, their
 * percentages and the band.
 */
public final class Ogrs3 {

	private Ogrs3() {
	}

	public enum Band {

		LOW, MEDIUM, HIGH, VERY_HIGH;

		/**
		 * Bands on the 2-year percentage: low 0-49, medium 50-74, high 75-89, very high
		 * 90+.
		 */
		static Band of(int twoYearPercent) {
			if (twoYearPercent >= 90) {
				return VERY_HIGH;
			}
			if (twoYearPercent >= 75) {
				return HIGH;
			}
			if (twoYearPercent >= 50) {
				return MEDIUM;
			}
			return LOW;
		}

	}

	/**
	 * What OGRS3 is computed from. Either the date of the first sanction or the age at it
	 * is given; the risk date defaults to the conviction date.
	 */
	public record Input(Sex sex, LocalDate dateOfBirth, LocalDate convictionDate, @Nullable LocalDate riskDate,
			@Nullable LocalDate dateOfFirstSanction, @Nullable Integer ageAtFirstSanction, int previousSanctions,
			OffenceCategory offenceCategory) {
	}

	public sealed interface Result {

	}

	/** The score: unrounded probabilities, the percentages and the band. */
	public record Score(double oneYear, double twoYear, int oneYearPercent, int twoYearPercent,
			Band band) implements Result {
	}

	/** OGRS3 cannot be scored for this input; each problem names its field. */
	public record Refused(List<Problem> problems) implements Result {

		public Refused {
			problems = List.copyOf(problems);
		}

	}

	public record Problem(String field, String message) {
	}

	/** The sample's cap: previous sanctions above 50 count as 50. */
	static final int PREVIOUS_SANCTIONS_CAP = 50;

	private static final double[] MALE = { 0, 0.083922902, 0.075775765, -0.061594199, -0.625103618, -1.051515067,
			-1.166679288, -1.325976554, -1.368045933, -1.499690953, -2.025261458 };

	private static final double[] FEMALE = { -0.785038489, -0.613852078, -0.669521331, -0.959179629, -0.897480934,
			-1.028488454, -1.052777806, -1.129127959, -1.421874940, -1.524652221, -2.449837160 };

	private static final Map<OffenceCategory, Double> OFFENCE = new EnumMap<>(OffenceCategory.class);

	static {
		OFFENCE.put(OffenceCategory.VIOLENCE, 0.0);
		OFFENCE.put(OffenceCategory.ROBBERY, -0.634795912);
		OFFENCE.put(OffenceCategory.PUBLIC_ORDER, 0.181917975);
		OFFENCE.put(OffenceCategory.SEXUAL_NOT_CHILD, 0.003276327);
		OFFENCE.put(OffenceCategory.SEXUAL_CHILD, -0.653434071);
		OFFENCE.put(OffenceCategory.SOLICITING_PROSTITUTION, 0.760608858);
		OFFENCE.put(OffenceCategory.BURGLARY_DOMESTIC, -0.123943520);
		OFFENCE.put(OffenceCategory.BURGLARY_OTHER, 0.240604429);
		OFFENCE.put(OffenceCategory.THEFT_NON_MOTOR, 0.661244321);
		OFFENCE.put(OffenceCategory.HANDLING_STOLEN_GOODS, 0.351866973);
		OFFENCE.put(OffenceCategory.FRAUD_FORGERY, 0.159910192);
		OFFENCE.put(OffenceCategory.ABSCONDING_BAIL, 0.733378677);
		OFFENCE.put(OffenceCategory.TAKING_DRIVING_AWAY, 0.380059431);
		OFFENCE.put(OffenceCategory.THEFT_FROM_VEHICLES, 0.427225615);
		OFFENCE.put(OffenceCategory.OTHER_MOTORING, 0.262228428);
		OFFENCE.put(OffenceCategory.DRINK_DRIVING, -0.121439408);
		OFFENCE.put(OffenceCategory.CRIMINAL_DAMAGE, 0.204960477);
		OFFENCE.put(OffenceCategory.DRUG_IMPORT_EXPORT_PRODUCTION, -0.795556373);
		OFFENCE.put(OffenceCategory.DRUG_POSSESSION_SUPPLY, 0.077165871);
		OFFENCE.put(OffenceCategory.OTHER, -0.060667525);
	}

	public static Result score(Input input) {
		List<Problem> problems = new ArrayList<>();
		LocalDate riskDate = input.riskDate() != null ? input.riskDate() : input.convictionDate();
		if (input.dateOfBirth().isAfter(input.convictionDate())) {
			problems.add(new Problem("dateOfBirth", "The date of birth must be before the conviction date"));
		}
		int ageAtConviction = ageOn(input.dateOfBirth(), input.convictionDate());
		if (problems.isEmpty() && ageAtConviction < 10) {
			problems.add(new Problem("convictionDate", "OGRS3 cannot score a conviction before the age of 10"));
		}
		if (riskDate.isBefore(input.convictionDate())) {
			problems.add(new Problem("riskDate", "The risk date cannot be before the conviction date"));
		}
		if (input.previousSanctions() < 0) {
			problems.add(new Problem("previousSanctions", "Previous sanctions cannot be negative"));
		}
		Integer ageAtFirst = input.ageAtFirstSanction();
		LocalDate firstSanction = input.dateOfFirstSanction();
		if (firstSanction != null) {
			ageAtFirst = ageOn(input.dateOfBirth(), firstSanction);
		}
		if (firstSanction != null && firstSanction.isAfter(input.convictionDate())) {
			problems.add(new Problem("dateOfFirstSanction", "The first sanction cannot be after the conviction"));
		}
		else if (firstSanction != null && firstSanction.isBefore(input.dateOfBirth())) {
			problems.add(new Problem("dateOfFirstSanction", "The first sanction cannot be before the date of birth"));
		}
		else if (ageAtFirst == null) {
			problems.add(new Problem("dateOfFirstSanction", "Give the date of the first sanction or the age at it"));
		}
		else if (ageAtFirst < 0 || ageAtFirst > ageAtConviction) {
			problems.add(new Problem("ageAtFirstSanction",
					"The age at first sanction must be between 0 and the age at conviction"));
		}
		if (!problems.isEmpty()) {
			return new Refused(problems);
		}
		int sanctions = Math.min(input.previousSanctions(), PREVIOUS_SANCTIONS_CAP) + 1;
		int yearsSinceFirst = ageAtConviction - ageAtFirst;
		double[] ageSex = input.sex() == Sex.MALE ? MALE : FEMALE;
		double lp = ageSex[ageBand(ageOn(input.dateOfBirth(), riskDate))]
				+ (input.previousSanctions() == 0 ? 0.126142106 : 0.463062792)
				+ 1.251124464 * Math.log(sanctions / (10.0 + yearsSinceFirst)) + OFFENCE.get(input.offenceCategory());
		double oneYear = 1 / (1 + Math.exp(-(lp + 1.402562384)));
		double twoYear = 1 / (1 + Math.exp(-(lp + 2.121705678)));
		int twoYearPercent = percent(twoYear);
		return new Score(oneYear, twoYear, percent(oneYear), twoYearPercent, Band.of(twoYearPercent));
	}

	/**
	 * Round to 5 decimals half up, times 100, round half up to a whole number, clamp to
	 * 1..99.
	 */
	static int percent(double probability) {
		BigDecimal p = new BigDecimal(probability).setScale(5, RoundingMode.HALF_UP).movePointRight(2);
		int whole = p.setScale(0, RoundingMode.HALF_UP).intValueExact();
		return Math.max(1, Math.min(99, whole));
	}

	/** Whole years completed on the date. */
	static int ageOn(LocalDate dateOfBirth, LocalDate date) {
		return Period.between(dateOfBirth, date).getYears();
	}

	/**
	 * Index of the age band: 10-11, 12-13, 14-15, 16-17, 18-20, 21-24, 25-29, 30-34,
	 * 35-39, 40-49, 50+.
	 */
	static int ageBand(int age) {
		if (age < 12) {
			return 0;
		}
		if (age < 14) {
			return 1;
		}
		if (age < 16) {
			return 2;
		}
		if (age < 18) {
			return 3;
		}
		if (age < 21) {
			return 4;
		}
		if (age < 25) {
			return 5;
		}
		if (age < 30) {
			return 6;
		}
		if (age < 35) {
			return 7;
		}
		if (age < 40) {
			return 8;
		}
		if (age < 50) {
			return 9;
		}
		return 10;
	}

}
