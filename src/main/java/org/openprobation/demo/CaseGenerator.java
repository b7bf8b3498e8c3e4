package org.openprobation.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import org.openprobation.demo.OrganisationGenerator.Borough;
import org.openprobation.demo.OrganisationGenerator.Practitioner;
import org.openprobation.demo.OrganisationGenerator.Provider;
import org.openprobation.organisation.SpecialistRole;
import org.openprobation.people.Ethnicity;
import org.openprobation.people.Gender;
import org.openprobation.people.PeopleBulkLoad;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.SentenceStatus;
import org.openprobation.sentences.SentencesBulkLoad;
import org.openprobation.shared.PncNumber;

/**
 * Generates the people a provider supervises, practitioner by practitioner, each with a
 * current sentence (and for some an earlier one), requirements with progress, a criminal
 * history and a responsible officer history.
 */
final class CaseGenerator {

	private static final String CRN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY";

	/**
	 * Numbers per provider within one CRN letter; a bijection scrambles them (7919 is
	 * prime).
	 */
	private static final int CRN_BLOCK = 500_000;

	private static final Weighted<Ethnicity> ETHNICITY = new Weighted<Ethnicity>().add(36, Ethnicity.W1)
		.add(1.5, Ethnicity.W2)
		.add(0.5, Ethnicity.W3)
		.add(11, Ethnicity.W4)
		.add(3.5, Ethnicity.M1)
		.add(1, Ethnicity.M2)
		.add(0.7, Ethnicity.M3)
		.add(2, Ethnicity.M4)
		.add(2.5, Ethnicity.A1)
		.add(2.5, Ethnicity.A2)
		.add(3, Ethnicity.A3)
		.add(0.4, Ethnicity.A4)
		.add(2.6, Ethnicity.A5)
		.add(10, Ethnicity.B1)
		.add(11, Ethnicity.B2)
		.add(5, Ethnicity.B3)
		.add(1, Ethnicity.O1)
		.add(2.8, Ethnicity.O9)
		.add(3, Ethnicity.NS);

	/** Age bands on the as-of date: {lowest age, highest age}. */
	private static final Weighted<int[]> AGE = new Weighted<int[]>().add(6, new int[] { 18, 20 })
		.add(14, new int[] { 21, 24 })
		.add(18, new int[] { 25, 29 })
		.add(17, new int[] { 30, 34 })
		.add(14, new int[] { 35, 39 })
		.add(19, new int[] { 40, 49 })
		.add(9, new int[] { 50, 59 })
		.add(3, new int[] { 60, 75 });

	private static final Weighted<String> RELIGION = new Weighted<String>().add(35, "Christian")
		.add(30, "No religion")
		.add(18, "Muslim")
		.add(10, "Not stated")
		.add(2, "Hindu")
		.add(1, "Sikh")
		.add(1, "Jewish")
		.add(1, "Buddhist")
		.add(2, "Other religion");

	private static final List<String> DISABILITIES = List.of("Learning difficulty", "Mental health condition",
			"Physical impairment", "Hearing impairment", "Visual impairment", "Long-term illness", "Dyslexia");

	private static final List<String> TRANSFER_REASONS = List.of("Transferred: officer left the service",
			"Reallocated to balance caseloads", "Transferred: person moved borough",
			"Reallocated: officer on long-term sick leave", "Reallocated in the team restructure",
			"Transferred to a specialist officer");

	private final SplittableRandom random;

	private final LocalDate asOf;

	private final Provider provider;

	private final List<Practitioner> practitioners;

	private final double custodialShare;

	private final double officerChangeShare;

	private final double femaleShare;

	CaseGenerator(long seed, LocalDate asOf, Provider provider, DemoSettings settings) {
		this.random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (provider.index() + 1)));
		this.asOf = asOf;
		this.provider = provider;
		this.practitioners = provider.practitioners();
		this.custodialShare = settings.custodialShare();
		this.officerChangeShare = settings.officerChangeShare();
		this.femaleShare = settings.femaleShare();
	}

	/** Rows for one batch, built and loaded before the next so memory stays flat. */
	static final class Batch {

		final List<PeopleBulkLoad.Person> people = new ArrayList<>();

		final List<PeopleBulkLoad.AliasRow> aliases = new ArrayList<>();

		final List<PeopleBulkLoad.AddressRow> addresses = new ArrayList<>();

		final List<PeopleBulkLoad.OfficerRow> officers = new ArrayList<>();

		final List<SentencesBulkLoad.EventRow> events = new ArrayList<>();

		final List<SentencesBulkLoad.OffenceRow> offences = new ArrayList<>();

		final List<SentencesBulkLoad.SentenceRow> sentences = new ArrayList<>();

		final List<SentencesBulkLoad.RequirementRow> requirements = new ArrayList<>();

		final List<SentencesBulkLoad.SanctionHistoryRow> histories = new ArrayList<>();

		PeopleBulkLoad.Batch peopleBatch() {
			return new PeopleBulkLoad.Batch(people, aliases, addresses, officers);
		}

		SentencesBulkLoad.Batch sentencesBatch() {
			return new SentencesBulkLoad.Batch(events, offences, sentences, requirements, histories);
		}

	}

	/** Ids handed out across providers so every table's ids stay unique. */
	static final class Ids {

		long person;

		long event;

		long sentence;

	}

	/**
	 * Generates the cases of practitioners {@code [from, to)} of this provider.
	 * @param localIndex the provider-local number of the first person, for the CRN
	 */
	Batch generate(int from, int to, int localIndex, Ids ids) {
		Batch batch = new Batch();
		int local = localIndex;
		for (int p = from; p < to; p++) {
			Practitioner officer = practitioners.get(p);
			List<Borough> boroughs = provider.offices()
				.stream()
				.filter(o -> o.id() == officer.officeId())
				.findFirst()
				.orElseThrow()
				.serves();
			for (int c = 0; c < officer.caseload(); c++) {
				person(batch, ids, officer, boroughs, local++);
			}
		}
		return batch;
	}

	private void person(Batch batch, Ids ids, Practitioner officer, List<Borough> boroughs, int local) {
		long personId = ++ids.person;
		double femaleChance = officer.specialistRole() == SpecialistRole.WOMENS_SPECIALIST ? 0.85 : femaleShare * 0.95;
		Gender gender = random.nextDouble() < femaleChance ? Gender.FEMALE : Gender.MALE;
		Ethnicity ethnicity = ETHNICITY.pick(random);
		NameBank.Pool pool = NameBank.poolFor(ethnicity, random);
		List<String> forenames = gender == Gender.FEMALE ? pool.female() : pool.male();
		String forename = Weighted.any(forenames, random);
		String middle = random.nextDouble() < 0.3 ? Weighted.any(forenames, random) : null;
		if (forename.equals(middle)) {
			middle = null;
		}
		String surname = Weighted.any(pool.surnames(), random);
		int[] band = AGE.pick(random);
		int age = band[0] + random.nextInt(band[1] - band[0] + 1);
		LocalDate dob = asOf.minusYears(age).minusDays(1 + random.nextInt(364));
		String crn = crn(local);
		String nationality = nationality(ethnicity);
		String disability = random.nextDouble() < 0.28 ? Weighted.any(DISABILITIES, random) : null;
		String pnc = random.nextDouble() < 0.92
				? new PncNumber(Math.min(asOf.getYear(), Math.max(dob.getYear() + 16, 1990) + random.nextInt(5)),
						(int) ((personId * 7919 + 13) % 10_000_000))
					.toString()
				: null;
		String phone = random.nextDouble() < 0.85 ? "07700 900" + String.format("%03d", random.nextInt(1000)) : null;
		String email = random.nextDouble() < 0.6
				? (forename + "." + surname).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "")
						+ (random.nextInt(90) + 10) + "@example.com"
				: null;
		batch.people.add(new PeopleBulkLoad.Person(personId, crn, forename, middle, surname, dob, gender, ethnicity,
				disability, RELIGION.pick(random), nationality, !"British".equals(nationality), pnc, phone, email,
				provider.id()));
		if (random.nextDouble() < 0.1) {
			NameBank.Pool aliasPool = NameBank.poolFor(ethnicity, random);
			batch.aliases
				.add(new PeopleBulkLoad.AliasRow(personId, forename, Weighted.any(aliasPool.surnames(), random),
						random.nextBoolean() ? dob : dob.plusDays(random.nextInt(400) - 200)));
		}
		addresses(batch, personId, boroughs);

		// The current sentence, and for some people an earlier one.
		boolean custodial = random.nextDouble() < custodialShare;
		SentenceKind kind = custodial
				? new Weighted<SentenceKind>().add(14, SentenceKind.PRE_RELEASE)
					.add(17, SentenceKind.LICENCE)
					.add(10, SentenceKind.POST_SENTENCE_SUPERVISION)
					.pick(random)
				: (random.nextDouble() < 0.64 ? SentenceKind.COMMUNITY_ORDER : SentenceKind.SUSPENDED_SENTENCE_ORDER);
		SentencePlan current = currentSentence(kind);
		int eventNumber = 1;
		int previousSanctions = previousSanctions();
		LocalDate earliestPossible = dob.plusYears(18);
		if (random.nextDouble() < 0.35 && current.sentenceDate.minusYears(2).isAfter(earliestPossible.plusYears(1))) {
			LocalDate pastEnd = current.sentenceDate.minusDays(30 + random.nextInt(700));
			LocalDate pastStart = pastEnd.minusMonths(12 + random.nextInt(13));
			if (pastStart.isAfter(earliestPossible)) {
				previousSanctions = Math.max(previousSanctions, 1);
				pastSentence(batch, ids, personId, eventNumber++, pastStart, pastEnd);
			}
		}
		long eventId = ++ids.event;
		String court = (current.custodialTermMonths != null && current.custodialTermMonths >= 12)
				? Weighted.any(provider.crownCourts(), random) : Weighted.any(provider.magistratesCourts(), random);
		LocalDate convictionDate = current.sentenceDate.minusDays(random.nextInt(29));
		batch.events.add(new SentencesBulkLoad.EventRow(eventId, personId, eventNumber, convictionDate, court));
		offences(batch, eventId, convictionDate);
		long sentenceId = ++ids.sentence;
		batch.sentences.add(new SentencesBulkLoad.SentenceRow(sentenceId, eventId, personId, kind, current.sentenceDate,
				current.startDate, current.expectedEnd, current.lengthMonths, current.custodialTermMonths,
				current.releaseDate, SentenceStatus.ACTIVE, null));
		if (kind.carriesRequirements()) {
			requirements(batch, sentenceId, kind, current.startDate, current.expectedEnd);
		}
		LocalDate firstSanction = convictionDate;
		if (previousSanctions > 0) {
			int ageAtFirst = Math.min(age - 1, 12 + random.nextInt(Math.max(1, Math.min(25, age - 12))));
			firstSanction = dob.plusYears(Math.max(10, ageAtFirst)).plusDays(random.nextInt(300));
			if (!firstSanction.isBefore(convictionDate)) {
				firstSanction = convictionDate.minusDays(1);
			}
		}
		batch.histories.add(new SentencesBulkLoad.SanctionHistoryRow(personId, previousSanctions, firstSanction));
		officerHistory(batch, personId, officer, current.supervisionStart());
	}

	private void addresses(Batch batch, long personId, List<Borough> boroughs) {
		Borough home = pickBorough(boroughs);
		LocalDate currentFrom = asOf.minusDays(30 + random.nextInt(6 * 365));
		if (random.nextDouble() < 0.35) {
			LocalDate previousFrom = currentFrom.minusDays(180 + random.nextInt(4 * 365));
			batch.addresses.add(address(personId, pickBorough(boroughs), previousFrom, currentFrom.minusDays(1)));
		}
		batch.addresses.add(address(personId, home, currentFrom, null));
	}

	private Borough pickBorough(List<Borough> boroughs) {
		Weighted<Borough> weighted = new Weighted<>();
		boroughs.forEach(b -> weighted.add(b.weight(), b));
		return weighted.pick(random);
	}

	private PeopleBulkLoad.AddressRow address(long personId, Borough borough, LocalDate from, @Nullable LocalDate to) {
		String street = (1 + random.nextInt(220)) + " " + Weighted.any(NameBank.STREETS, random) + " "
				+ Weighted.any(NameBank.STREET_KINDS, random);
		String line2 = random.nextDouble() < 0.25 ? "Flat " + (1 + random.nextInt(40)) : null;
		String postcode = borough.postcode() + " " + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26))
				+ (char) ('A' + random.nextInt(26));
		return new PeopleBulkLoad.AddressRow(personId, street, line2,
				provider.code().equals("LDN") ? "London" : borough.name(), postcode, borough.id(), from, to);
	}

	private String crn(int local) {
		int letterIndex = provider.index() % CRN_LETTERS.length();
		int block = provider.index() / CRN_LETTERS.length();
		int number = block * CRN_BLOCK + (int) (((long) local * 7919 + 104_729) % CRN_BLOCK);
		return CRN_LETTERS.charAt(letterIndex) + String.format("%06d", number);
	}

	private String nationality(Ethnicity ethnicity) {
		if (random.nextDouble() < 0.8 || ethnicity == Ethnicity.W1 || ethnicity == Ethnicity.NS) {
			return ethnicity == Ethnicity.W2 ? "Irish" : "British";
		}
		List<String> choices = switch (ethnicity) {
			case W4 -> List.of("Polish", "Romanian", "Lithuanian", "Portuguese", "Albanian", "Bulgarian");
			case B1 -> List.of("Nigerian", "Somali", "Ghanaian", "Eritrean");
			case B2, B3 -> List.of("Jamaican", "Trinidadian");
			case A1 -> List.of("Indian");
			case A2 -> List.of("Pakistani");
			case A3 -> List.of("Bangladeshi");
			case A4 -> List.of("Chinese", "Vietnamese");
			case O1, O9, A5 -> List.of("Iraqi", "Afghan", "Iranian", "Sri Lankan", "Brazilian", "Turkish");
			default -> List.of("British");
		};
		return Weighted.any(choices, random);
	}

	private int previousSanctions() {
		double r = random.nextDouble();
		if (r < 0.15) {
			return 0;
		}
		if (r < 0.40) {
			return 1 + random.nextInt(3);
		}
		if (r < 0.70) {
			return 4 + random.nextInt(7);
		}
		if (r < 0.90) {
			return 11 + random.nextInt(15);
		}
		return 26 + random.nextInt(35);
	}

	private static final class SentencePlan {

		LocalDate sentenceDate;

		LocalDate startDate;

		LocalDate expectedEnd;

		int lengthMonths;

		@Nullable Integer custodialTermMonths;

		@Nullable LocalDate releaseDate;

		/**
		 * Supervision by the probation provider starts here (custody: at sentence, for
		 * resettlement).
		 */
		LocalDate supervisionStart() {
			return startDate;
		}

	}

	private SentencePlan currentSentence(SentenceKind kind) {
		SentencePlan s = new SentencePlan();
		switch (kind) {
			case COMMUNITY_ORDER -> {
				s.lengthMonths = new Weighted<Integer>().add(10, 6)
					.add(45, 12)
					.add(20, 18)
					.add(20, 24)
					.add(5, 36)
					.pick(random);
				s.startDate = startWithin(s.lengthMonths);
				s.sentenceDate = s.startDate;
				s.expectedEnd = s.startDate.plusMonths(s.lengthMonths);
			}
			case SUSPENDED_SENTENCE_ORDER -> {
				s.custodialTermMonths = new Weighted<Integer>().add(3, 3)
					.add(3, 4)
					.add(4, 6)
					.add(2, 8)
					.add(3, 12)
					.add(1, 18)
					.add(1, 24)
					.pick(random);
				s.lengthMonths = new Weighted<Integer>().add(50, 12).add(25, 18).add(25, 24).pick(random);
				s.startDate = startWithin(s.lengthMonths);
				s.sentenceDate = s.startDate;
				s.expectedEnd = s.startDate.plusMonths(s.lengthMonths);
			}
			case LICENCE -> {
				s.custodialTermMonths = 24 + random.nextInt(97);
				int licenceMonths = s.custodialTermMonths / 2;
				LocalDate release = asOf.minusDays((long) (random.nextDouble() * 0.97 * licenceMonths * 30.4));
				s.releaseDate = release;
				s.sentenceDate = release.minusMonths(licenceMonths);
				s.startDate = release;
				s.expectedEnd = s.sentenceDate.plusMonths(s.custodialTermMonths);
				s.lengthMonths = licenceMonths;
			}
			case POST_SENTENCE_SUPERVISION -> {
				s.custodialTermMonths = 2 + random.nextInt(22);
				LocalDate release = asOf.minusDays((long) (random.nextDouble() * 0.97 * 365));
				s.releaseDate = release;
				s.sentenceDate = release.minusMonths(Math.max(1, s.custodialTermMonths / 2));
				s.startDate = release;
				s.expectedEnd = release.plusMonths(12);
				s.lengthMonths = 12;
			}
			case PRE_RELEASE -> {
				s.custodialTermMonths = 6 + random.nextInt(91);
				int half = s.custodialTermMonths / 2;
				LocalDate sentenced = asOf.minusDays((long) (random.nextDouble() * 0.95 * half * 30.4));
				s.sentenceDate = sentenced;
				s.startDate = sentenced;
				s.releaseDate = sentenced.plusMonths(half);
				if (!s.releaseDate.isAfter(asOf)) {
					s.releaseDate = asOf.plusDays(1 + random.nextInt(60));
				}
				s.expectedEnd = sentenced.plusMonths(s.custodialTermMonths);
				s.lengthMonths = s.custodialTermMonths;
			}
		}
		return s;
	}

	/**
	 * A start date such that the order is part-way through and still running on the as-of
	 * date.
	 */
	private LocalDate startWithin(int lengthMonths) {
		long days = ChronoUnit.DAYS.between(asOf.minusMonths(lengthMonths), asOf);
		return asOf.minusDays((long) (random.nextDouble() * 0.97 * days));
	}

	private void pastSentence(Batch batch, Ids ids, long personId, int eventNumber, LocalDate start, LocalDate end) {
		long eventId = ++ids.event;
		batch.events.add(new SentencesBulkLoad.EventRow(eventId, personId, eventNumber,
				start.minusDays(random.nextInt(20)), Weighted.any(provider.magistratesCourts(), random)));
		offences(batch, eventId, start.minusDays(20));
		// a past sentence is a community order, a suspended sentence order or a licence
		// served after release (so licence completions have a history too); the same
		// draws
		// whatever the kind, so the rest of the demo is as it was
		double which = random.nextDouble();
		SentenceKind kind = which < 0.5 ? SentenceKind.COMMUNITY_ORDER
				: which < 0.7 ? SentenceKind.SUSPENDED_SENTENCE_ORDER : SentenceKind.LICENCE;
		SentenceStatus drawn = new Weighted<SentenceStatus>().add(70, SentenceStatus.COMPLETED)
			.add(15, SentenceStatus.REVOKED)
			.add(15, SentenceStatus.TERMINATED_EARLY)
			.pick(random);
		// a licence is completed or ends in recall; it is not terminated early
		SentenceStatus status = kind != SentenceKind.LICENCE ? drawn
				: drawn == SentenceStatus.REVOKED ? SentenceStatus.RECALLED : SentenceStatus.COMPLETED;
		int months = (int) Math.max(1, ChronoUnit.MONTHS.between(start, end));
		long sentenceId = ++ids.sentence;
		if (kind == SentenceKind.LICENCE) {
			batch.sentences.add(new SentencesBulkLoad.SentenceRow(sentenceId, eventId, personId, kind,
					start.minusMonths(months), start, end, months, 2 * months, start, status, end));
		}
		else {
			batch.sentences.add(new SentencesBulkLoad.SentenceRow(sentenceId, eventId, personId, kind, start, start,
					end, months, kind == SentenceKind.SUSPENDED_SENTENCE_ORDER ? 6 : null, null, status, end));
		}
		RequirementKind requirement = random.nextBoolean() ? RequirementKind.UNPAID_WORK
				: RequirementKind.REHABILITATION_ACTIVITY;
		int ordered = requirement == RequirementKind.UNPAID_WORK ? 80 : 15;
		int done = status == SentenceStatus.COMPLETED || status == SentenceStatus.TERMINATED_EARLY ? ordered
				: random.nextInt(ordered);
		if (kind != SentenceKind.LICENCE) {
			batch.requirements.add(new SentencesBulkLoad.RequirementRow(sentenceId, requirement, ordered, done,
					done == ordered ? "COMPLETED" : "TERMINATED", start, end));
		}
	}

	private void offences(Batch batch, long eventId, LocalDate convictionDate) {
		int count = random.nextDouble() < 0.7 ? 1 : 2 + random.nextInt(2);
		for (int i = 0; i < count; i++) {
			OffenceCatalogue.OffenceSpec offence = OffenceCatalogue.OFFENCES.pick(random);
			batch.offences.add(new SentencesBulkLoad.OffenceRow(eventId, offence.code(), offence.description(),
					offence.category(), i == 0, convictionDate.minusDays(14 + random.nextInt(200))));
		}
	}

	private void requirements(Batch batch, long sentenceId, SentenceKind kind, LocalDate start, LocalDate end) {
		List<RequirementKind> kinds = new ArrayList<>();
		if (random.nextDouble() < 0.35) {
			kinds.add(RequirementKind.UNPAID_WORK);
		}
		if (random.nextDouble() < 0.6) {
			kinds.add(RequirementKind.REHABILITATION_ACTIVITY);
		}
		double r = random.nextDouble();
		if (r < 0.08) {
			kinds.add(RequirementKind.ACCREDITED_PROGRAMME);
		}
		else if (r < 0.13) {
			kinds.add(RequirementKind.DRUG_REHABILITATION);
		}
		else if (r < 0.18) {
			kinds.add(RequirementKind.ALCOHOL_TREATMENT);
		}
		else if (r < 0.20) {
			kinds.add(RequirementKind.ALCOHOL_ABSTINENCE_MONITORING);
		}
		else if (r < 0.23) {
			kinds.add(RequirementKind.MENTAL_HEALTH_TREATMENT);
		}
		else if (r < 0.33) {
			kinds.add(RequirementKind.CURFEW);
		}
		else if (r < 0.35) {
			kinds.add(RequirementKind.EXCLUSION);
		}
		else if (r < 0.37) {
			kinds.add(RequirementKind.RESIDENCE);
		}
		else if (r < 0.38) {
			kinds.add(RequirementKind.PROHIBITED_ACTIVITY);
		}
		if (kinds.isEmpty() && (kind == SentenceKind.COMMUNITY_ORDER || random.nextDouble() < 0.8)) {
			kinds.add(RequirementKind.REHABILITATION_ACTIVITY);
		}
		double elapsed = Math.min(1.0,
				(double) ChronoUnit.DAYS.between(start, asOf) / ChronoUnit.DAYS.between(start, end));
		for (RequirementKind requirement : kinds) {
			Integer ordered = switch (requirement) {
				case UNPAID_WORK -> new Weighted<Integer>().add(10, 40)
					.add(15, 60)
					.add(20, 80)
					.add(20, 100)
					.add(15, 120)
					.add(8, 150)
					.add(5, 180)
					.add(4, 200)
					.add(2, 240)
					.add(1, 300)
					.pick(random);
				case REHABILITATION_ACTIVITY -> new Weighted<Integer>().add(10, 5)
					.add(25, 10)
					.add(20, 15)
					.add(20, 20)
					.add(10, 25)
					.add(8, 30)
					.add(5, 40)
					.add(2, 60)
					.pick(random);
				case ACCREDITED_PROGRAMME -> new Weighted<Integer>().add(1, 19).add(1, 24).add(1, 12).pick(random);
				case ALCOHOL_ABSTINENCE_MONITORING -> 30 * (1 + random.nextInt(4));
				case CURFEW -> 30 + random.nextInt(151);
				default -> null;
			};
			LocalDate requirementEnd = requirement == RequirementKind.UNPAID_WORK ? min(end, start.plusMonths(12))
					: requirement == RequirementKind.CURFEW
							|| requirement == RequirementKind.ALCOHOL_ABSTINENCE_MONITORING
									? min(end, start.plusDays(ordered)) : end;
			int done = 0;
			if (ordered != null) {
				double pace = Math.max(0, Math.min(1.15, 0.85 + random.nextGaussian() * 0.3));
				done = (int) Math.min(ordered, Math.round(ordered * Math.min(1.0, elapsed * 1.1) * pace));
			}
			boolean finished = ordered != null ? done == ordered : requirementEnd.isBefore(asOf);
			batch.requirements.add(new SentencesBulkLoad.RequirementRow(sentenceId, requirement, ordered, done,
					finished ? "COMPLETED" : "ACTIVE", start, requirementEnd));
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * 41% of cases changed officer: one to three earlier officers of the same provider.
	 */
	private void officerHistory(Batch batch, long personId, Practitioner current, LocalDate supervisionStart) {
		LocalDate start = supervisionStart.isAfter(asOf) ? asOf : supervisionStart;
		long span = ChronoUnit.DAYS.between(start, asOf);
		String firstReason = "Allocated at the start of supervision";
		if (span < 14 || random.nextDouble() >= officerChangeShare) {
			batch.officers.add(new PeopleBulkLoad.OfficerRow(personId, current.staffId(), start, null, firstReason));
			return;
		}
		int changes = new Weighted<Integer>().add(70, 1).add(22, 2).add(8, 3).pick(random);
		List<LocalDate> cuts = new ArrayList<>();
		for (int i = 0; i < changes; i++) {
			cuts.add(start.plusDays(1 + random.nextInt((int) Math.max(1, span - 1))));
		}
		cuts.sort(null);
		LocalDate from = start;
		String reason = firstReason;
		for (LocalDate cut : cuts) {
			if (!cut.isAfter(from)) {
				continue;
			}
			Practitioner earlier = Weighted.any(practitioners, random);
			if (earlier.staffId() == current.staffId()) {
				continue;
			}
			batch.officers
				.add(new PeopleBulkLoad.OfficerRow(personId, earlier.staffId(), from, cut.minusDays(1), reason));
			from = cut;
			reason = Weighted.any(TRANSFER_REASONS, random);
		}
		batch.officers.add(new PeopleBulkLoad.OfficerRow(personId, current.staffId(), from, null, reason));
	}

}
