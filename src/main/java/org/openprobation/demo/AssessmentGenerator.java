package org.openprobation.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.AssessmentBulkLoad;
import org.openprobation.assessment.NeedsAssessment;
import org.openprobation.assessment.RegistrationType;
import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.assessment.domain.TierRule.NeedSeverity;
import org.openprobation.assessment.domain.TierRule.RoshLevel;
import org.openprobation.organisation.SpecialistRole;
import org.openprobation.people.Gender;
import org.openprobation.people.PeopleBulkLoad;

/**
 * Assessments and registrations for a batch of generated people, with the failures the
 * inspection found at roughly its rates: initial RoSH assessments late or missing (about
 * a quarter), reviews not done (about 30%), registration reviews overdue. Its own random
 * stream, so adding it leaves the people and sentences exactly as they were.
 */
final class AssessmentGenerator {

	/**
	 * Probability of a need, of it being linked to offending, per need (most common first
	 * in the inspection).
	 */
	private static final Map<Need, double[]> NEEDS = new java.util.EnumMap<>(Need.class);

	static {
		NEEDS.put(Need.THINKING_AND_BEHAVIOUR, new double[] { 0.70, 0.60 });
		NEEDS.put(Need.ALCOHOL_MISUSE, new double[] { 0.40, 0.35 });
		NEEDS.put(Need.EMOTIONAL_WELLBEING, new double[] { 0.45, 0.33 });
		NEEDS.put(Need.RELATIONSHIPS, new double[] { 0.45, 0.32 });
		NEEDS.put(Need.EDUCATION_TRAINING_AND_EMPLOYABILITY, new double[] { 0.50, 0.30 });
		NEEDS.put(Need.DRUG_MISUSE, new double[] { 0.35, 0.28 });
		NEEDS.put(Need.ACCOMMODATION, new double[] { 0.35, 0.25 });
		NEEDS.put(Need.LIFESTYLE_AND_ASSOCIATES, new double[] { 0.40, 0.25 });
		NEEDS.put(Need.ATTITUDES, new double[] { 0.35, 0.20 });
		NEEDS.put(Need.FINANCIAL_MANAGEMENT, new double[] { 0.40, 0.10 });
	}

	private static final Weighted<RoshLevel> ROSH = new Weighted<RoshLevel>().add(35, RoshLevel.LOW)
		.add(60, RoshLevel.MEDIUM)
		.add(5, RoshLevel.HIGH);

	private final SplittableRandom random;

	private final LocalDate asOf;

	private final Map<Long, SpecialistRole> specialistOf;

	private long needsAssessmentId;

	AssessmentGenerator(long seed, LocalDate asOf, Map<Long, SpecialistRole> specialistOf) {
		this.random = new SplittableRandom(seed * 31 + 17);
		this.asOf = asOf;
		this.specialistOf = specialistOf;
	}

	AssessmentBulkLoad.Batch generate(CaseGenerator.Batch cases) {
		Map<Long, LocalDate> supervisionStart = new HashMap<>();
		Map<Long, Long> currentOfficer = new HashMap<>();
		for (PeopleBulkLoad.OfficerRow o : cases.officers) {
			supervisionStart.merge(o.personId(), o.fromDate(), (a, b) -> a.isBefore(b) ? a : b);
			if (o.toDate() == null) {
				currentOfficer.put(o.personId(), o.staffId());
			}
		}
		List<AssessmentBulkLoad.Rosh> rosh = new ArrayList<>();
		List<AssessmentBulkLoad.Needs> needs = new ArrayList<>();
		List<AssessmentBulkLoad.Rsr> rsr = new ArrayList<>();
		List<AssessmentBulkLoad.Flag> flags = new ArrayList<>();
		for (PeopleBulkLoad.Person person : cases.people) {
			LocalDate start = supervisionStart.getOrDefault(person.id(), asOf);
			SpecialistRole role = specialistOf.get(currentOfficer.get(person.id()));
			RoshLevel level = ROSH.pick(random);
			String author = "Responsible officer";
			LocalDate initial = initialAssessmentDate(start);
			if (initial != null) {
				rosh.add(rosh(person.id(), initial, level, author));
				needs.add(needs(person.id(), initial, author));
				// Reviews at least every 6 months: about 30% are not done.
				LocalDate review = initial.plusDays(150 + random.nextInt(60));
				if (!review.isAfter(asOf) && random.nextDouble() < 0.7) {
					RoshLevel reviewed = random.nextDouble() < 0.85 ? level : ROSH.pick(random);
					rosh.add(rosh(person.id(), review, reviewed, author));
					needs.add(needs(person.id(), review, author));
				}
			}
			if (random.nextDouble() < 0.35) {
				double r = random.nextDouble();
				double percent = r < 0.7 ? 0.1 + random.nextDouble() * 2.89
						: r < 0.95 ? 3 + random.nextDouble() * 3.99 : 7 + random.nextDouble() * 8;
				rsr.add(new AssessmentBulkLoad.Rsr(person.id(),
						BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP),
						initial != null ? initial : start, "OASys RSR (supplied)"));
			}
			registrations(flags, person, start, role);
		}
		return new AssessmentBulkLoad.Batch(rosh, needs, rsr, flags);
	}

	/**
	 * Due within 15 working days (about 21 days): 75% on time, 15% late, 10% not done.
	 */
	private @Nullable LocalDate initialAssessmentDate(LocalDate start) {
		double r = random.nextDouble();
		LocalDate date;
		if (r < 0.75) {
			date = start.plusDays(1 + random.nextInt(20));
		}
		else if (r < 0.90) {
			date = start.plusDays(22 + random.nextInt(60));
		}
		else {
			return null;
		}
		return date.isAfter(asOf) ? null : date;
	}

	private AssessmentBulkLoad.Rosh rosh(long personId, LocalDate on, RoshLevel overall, String author) {
		RoshLevel[] groups = new RoshLevel[5];
		int highest = random.nextInt(3); // children, public or known adult carries the
											// overall level
		for (int g = 0; g < 5; g++) {
			groups[g] = g == highest ? overall
					: RoshLevel.values()[Math.min(overall.ordinal(), random.nextInt(overall.ordinal() + 1))];
		}
		String who = switch (highest) {
			case 0 -> "Children known to the person";
			case 1 -> "Members of the public";
			default -> "Current or former partner";
		};
		return new AssessmentBulkLoad.Rosh(personId, on, groups[0], groups[1], groups[2], groups[3], groups[4], who,
				"Physical and emotional harm",
				overall.ordinal() >= RoshLevel.HIGH.ordinal() ? "Could happen at any time"
						: "Unlikely to happen unless circumstances change",
				"Alcohol use, relationship breakdown, loss of accommodation",
				"Stable accommodation, employment, engagement with supervision",
				"Regular contact, home visits where children are present, liaison with police", author);
	}

	private AssessmentBulkLoad.Needs needs(long personId, LocalDate on, String author) {
		List<NeedsAssessment.AssessedNeed> assessed = new ArrayList<>();
		for (Map.Entry<Need, double[]> entry : NEEDS.entrySet()) {
			boolean has = random.nextDouble() < entry.getValue()[0];
			NeedSeverity severity = !has ? NeedSeverity.NO_NEED
					: random.nextDouble() < 0.3 ? NeedSeverity.SEVERE : NeedSeverity.STANDARD;
			boolean linked = has && random.nextDouble() < entry.getValue()[1] / entry.getValue()[0];
			boolean harm = linked && random.nextDouble() < 0.15;
			assessed.add(new NeedsAssessment.AssessedNeed(entry.getKey(), severity, linked, harm));
		}
		return new AssessmentBulkLoad.Needs(++needsAssessmentId, personId, on, author, assessed);
	}

	private void registrations(List<AssessmentBulkLoad.Flag> flags, PeopleBulkLoad.Person person, LocalDate start,
			@Nullable SpecialistRole role) {
		flag(flags, person, start, RegistrationType.DOMESTIC_ABUSE_PERPETRATOR,
				person.gender() == Gender.MALE ? 0.20 : 0.05);
		flag(flags, person, start, RegistrationType.DOMESTIC_ABUSE_VICTIM,
				person.gender() == Gender.FEMALE ? 0.25 : 0.02);
		flag(flags, person, start, RegistrationType.CHILD_CONCERNS, 0.10);
		flag(flags, person, start, RegistrationType.CHILD_PROTECTION, 0.03);
		flag(flags, person, start, RegistrationType.RISK_TO_CHILDREN, 0.03);
		flag(flags, person, start, RegistrationType.MENTAL_HEALTH, role == SpecialistRole.MENTAL_HEALTH ? 0.6 : 0.15);
		flag(flags, person, start, RegistrationType.ATTEMPTED_SUICIDE_OR_SELF_HARM, 0.05);
		flag(flags, person, start, RegistrationType.VULNERABILITY, person.gender() == Gender.FEMALE ? 0.15 : 0.05);
		flag(flags, person, start, RegistrationType.ADULT_AT_RISK, 0.02);
		flag(flags, person, start, RegistrationType.STREET_GANGS, 0.03);
		flag(flags, person, start, RegistrationType.RISK_TO_STAFF, 0.02);
		flag(flags, person, start, RegistrationType.PUBLIC_INTEREST, 0.005);
		flag(flags, person, start, RegistrationType.IOM_NOMINAL, role == SpecialistRole.IOM ? 0.7 : 0.03);
		if (random.nextDouble() < 0.005) {
			LocalDate from = registrationStart(start);
			flags.add(new AssessmentBulkLoad.Flag(person.id(), RegistrationType.MAPPA, 2, 1, from, review(from),
					"Responsible officer"));
		}
	}

	private void flag(List<AssessmentBulkLoad.Flag> flags, PeopleBulkLoad.Person person, LocalDate start,
			RegistrationType type, double chance) {
		if (random.nextDouble() < chance) {
			LocalDate from = registrationStart(start);
			flags.add(new AssessmentBulkLoad.Flag(person.id(), type, null, null, from, review(from),
					"Responsible officer"));
		}
	}

	private LocalDate registrationStart(LocalDate supervisionStart) {
		LocalDate from = supervisionStart.minusDays(random.nextInt(400));
		return from.isAfter(asOf) ? asOf : from;
	}

	/** Reviews every 6 months, rolled forward; about a quarter are overdue. */
	private LocalDate review(LocalDate from) {
		LocalDate next = from.plusMonths(6);
		while (next.isBefore(asOf)) {
			next = next.plusMonths(6);
		}
		return random.nextDouble() < 0.25 ? asOf.minusDays(1 + random.nextInt(90)) : next;
	}

}
