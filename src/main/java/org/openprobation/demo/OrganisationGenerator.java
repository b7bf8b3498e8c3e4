package org.openprobation.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import org.openprobation.demo.LondonGeography.AreaSpec;
import org.openprobation.demo.LondonGeography.BoroughSpec;
import org.openprobation.demo.LondonGeography.OfficeSpec;
import org.openprobation.organisation.OrganisationBulkLoad;
import org.openprobation.organisation.ProviderType;
import org.openprobation.organisation.SpecialistRole;
import org.openprobation.organisation.StaffGrade;

/**
 * Builds the providers' structure and staff, and decides how many cases each practitioner
 * will hold: a spread around the intended caseload, lower for part-time staff and
 * specialist roles, with a few practitioners far over it, as the inspection found.
 */
final class OrganisationGenerator {

	static final int INTENDED_CASELOAD = 57;

	record Borough(long id, long areaId, String name, String postcode, double weight) {
	}

	record Office(long id, long areaId, List<Borough> serves) {
	}

	/** A practitioner with the number of cases they are to hold. */
	record Practitioner(long staffId, long providerId, long officeId, int caseload,
			@Nullable SpecialistRole specialistRole) {
	}

	record Provider(long id, int index, String code, String name, ProviderType type, int people, List<Office> offices,
			List<Practitioner> practitioners, List<String> magistratesCourts, List<String> crownCourts) {
	}

	record Generated(OrganisationBulkLoad.Snapshot snapshot, List<Provider> providers, long demoPractitionerStaffId,
			long demoManagerStaffId, long demoAreaId, long londonProviderId) {
	}

	private static final List<String> OTHER_CRCS = List.of("Cheshire and Greater Manchester", "Durham Tees Valley",
			"Northumbria", "Cumbria and Lancashire", "Merseyside", "West Yorkshire", "South Yorkshire",
			"Humberside, Lincolnshire and North Yorkshire", "Derbyshire, Leicestershire, Nottinghamshire and Rutland",
			"Staffordshire and West Midlands", "Warwickshire and West Mercia", "Wales",
			"Bristol, Gloucestershire, Somerset and Wiltshire", "Dorset, Devon and Cornwall",
			"Hampshire and Isle of Wight", "Thames Valley", "Kent, Surrey and Sussex", "Essex", "Norfolk and Suffolk",
			"Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire");

	private static final List<String> NPS_DIVISIONS = List.of("London", "North West", "North East", "Midlands", "Wales",
			"South West and South Central", "South East and Eastern");

	private static final List<String> COURSES = List.of("Safeguarding children", "Domestic abuse awareness",
			"Risk of serious harm assessment", "MAPPA and public protection", "Equality and diversity",
			"Working with women", "Motivational interviewing", "Enforcement and breach");

	private final SplittableRandom random;

	private final LocalDate asOf;

	private long nextId = 1;

	private final List<OrganisationBulkLoad.Provider> providerRows = new ArrayList<>();

	private final List<OrganisationBulkLoad.Area> areaRows = new ArrayList<>();

	private final List<OrganisationBulkLoad.Borough> boroughRows = new ArrayList<>();

	private final List<OrganisationBulkLoad.Office> officeRows = new ArrayList<>();

	private final List<OrganisationBulkLoad.OfficeCoverage> coverageRows = new ArrayList<>();

	private final List<OrganisationBulkLoad.TeamRow> teamRows = new ArrayList<>();

	private final List<OrganisationBulkLoad.Staff> staffRows = new ArrayList<>();

	private final List<OrganisationBulkLoad.Training> trainingRows = new ArrayList<>();

	private final Map<Long, Long> spoOfTeam = new LinkedHashMap<>();

	private final Map<Long, Long> teamOfStaff = new LinkedHashMap<>();

	private final Map<Long, Long> areaOfOffice = new LinkedHashMap<>();

	OrganisationGenerator(long seed, LocalDate asOf) {
		this.random = new SplittableRandom(seed);
		this.asOf = asOf;
	}

	Generated generate(DemoSettings settings) {
		List<Provider> providers = new ArrayList<>();
		providers.add(london(settings.londonPeople(), settings.londonPractitioners()));
		if (settings.size() == DemoSettings.Size.NATIONAL) {
			// London CRC is 18% of all CRC cases; the rest of the national total is the
			// NPS's.
			int crcTotal = (int) Math.round(settings.londonPeople() / 0.18);
			int otherCrcs = crcTotal - settings.londonPeople();
			int nps = Math.max(0, settings.nationalPeople() - crcTotal);
			int[] crcPeople = Weighted.apportion(otherCrcs, jitteredWeights(OTHER_CRCS.size()));
			int[] npsPeople = Weighted.apportion(nps, jitteredWeights(NPS_DIVISIONS.size()));
			for (int i = 0; i < OTHER_CRCS.size(); i++) {
				providers.add(synthetic(providers.size(), "CRC" + (i + 2), OTHER_CRCS.get(i) + " CRC", ProviderType.CRC,
						crcPeople[i]));
			}
			for (int i = 0; i < NPS_DIVISIONS.size(); i++) {
				providers.add(synthetic(providers.size(), "NPS" + (i + 1),
						"National Probation Service " + NPS_DIVISIONS.get(i), ProviderType.NPS_DIVISION, npsPeople[i]));
			}
		}
		Provider london = providers.get(0);
		Practitioner demoPractitioner = london.practitioners()
			.stream()
			.filter(p -> p.specialistRole() == null)
			.min(java.util.Comparator.comparingInt(p -> Math.abs(p.caseload() - INTENDED_CASELOAD)))
			.orElseThrow();
		long team = teamOfStaff.get(demoPractitioner.staffId());
		OrganisationBulkLoad.Snapshot snapshot = new OrganisationBulkLoad.Snapshot(providerRows, areaRows, boroughRows,
				officeRows, coverageRows, teamRows, staffRows, trainingRows);
		return new Generated(snapshot, providers, demoPractitioner.staffId(), spoOfTeam.get(team),
				areaOfOffice.get(demoPractitioner.officeId()), london.id());
	}

	private double[] jitteredWeights(int n) {
		double[] weights = new double[n];
		for (int i = 0; i < n; i++) {
			weights[i] = 0.7 + random.nextDouble() * 0.6;
		}
		return weights;
	}

	private Provider london(int people, int practitioners) {
		long providerId = nextId++;
		providerRows.add(new OrganisationBulkLoad.Provider(providerId, "LDN", "London CRC", ProviderType.CRC));
		Map<String, Borough> boroughs = new LinkedHashMap<>();
		for (AreaSpec area : LondonGeography.AREAS) {
			long areaId = nextId++;
			areaRows.add(new OrganisationBulkLoad.Area(areaId, providerId, area.code(), area.name()));
			for (BoroughSpec b : area.boroughs()) {
				long boroughId = nextId++;
				boroughRows
					.add(new OrganisationBulkLoad.Borough(boroughId, areaId, "LDN-" + b.code(), b.name(), b.inner()));
				boroughs.put(b.code(), new Borough(boroughId, areaId, b.name(), b.postcode(), b.weight()));
			}
		}
		List<Office> offices = new ArrayList<>();
		List<String> officeNames = new ArrayList<>();
		for (OfficeSpec spec : LondonGeography.OFFICES) {
			Borough home = boroughs.get(spec.boroughCode());
			List<Borough> serves = spec.serves().stream().map(boroughs::get).toList();
			long officeId = nextId++;
			officeRows.add(new OrganisationBulkLoad.Office(officeId, home.id(), "LDN-" + spec.code(), spec.name(),
					spec.address() + ", London"));
			serves.forEach(b -> coverageRows.add(new OrganisationBulkLoad.OfficeCoverage(officeId, b.id())));
			offices.add(new Office(officeId, home.areaId(), serves));
			officeNames.add(spec.name().replace(" office", ""));
			areaOfOffice.put(officeId, home.areaId());
		}
		List<Practitioner> staff = staffOffices(providerId, "LDN", offices, officeNames, practitioners, people);
		return new Provider(providerId, 0, "LDN", "London CRC", ProviderType.CRC, people, offices, staff,
				LondonGeography.COURTS_MAGISTRATES, LondonGeography.COURTS_CROWN);
	}

	private Provider synthetic(int index, String code, String name, ProviderType type, int people) {
		long providerId = nextId++;
		providerRows.add(new OrganisationBulkLoad.Provider(providerId, code, name, type));
		List<Office> offices = new ArrayList<>();
		List<String> officeNames = new ArrayList<>();
		String[] compass = { "North", "South", "East", "West" };
		for (int a = 0; a < 4; a++) {
			long areaId = nextId++;
			areaRows.add(new OrganisationBulkLoad.Area(areaId, providerId, code + "-" + compass[a].charAt(0),
					name + " " + compass[a]));
			for (int u = 1; u <= 3; u++) {
				long boroughId = nextId++;
				String unit = compass[a] + " local delivery unit " + u;
				boroughRows.add(new OrganisationBulkLoad.Borough(boroughId, areaId,
						code + "-" + compass[a].charAt(0) + u, unit, false));
				long officeId = nextId++;
				officeRows
					.add(new OrganisationBulkLoad.Office(officeId, boroughId, code + "-O" + compass[a].charAt(0) + u,
							compass[a] + " " + u + " office", u + " Probation Way"));
				coverageRows.add(new OrganisationBulkLoad.OfficeCoverage(officeId, boroughId));
				Borough borough = new Borough(boroughId, areaId, unit, code.substring(0, 2) + (a * 3 + u), 1.0);
				offices.add(new Office(officeId, areaId, List.of(borough)));
				officeNames.add(compass[a] + " " + u);
				areaOfOffice.put(officeId, areaId);
			}
		}
		int practitioners = Math.max(offices.size() * 6, Math.round(people / (float) INTENDED_CASELOAD));
		List<Practitioner> staff = staffOffices(providerId, code, offices, officeNames, practitioners, people);
		return new Provider(providerId, index, code, name, type, people, offices, staff,
				List.of(name + " Magistrates' Court"), List.of(name + " Crown Court"));
	}

	/**
	 * Shares practitioners among offices, builds teams of 6 to 10 and gives each a
	 * caseload.
	 */
	private List<Practitioner> staffOffices(long providerId, String code, List<Office> offices,
			List<String> officeNames, int practitioners, int people) {
		double[] officeWeights = offices.stream()
			.mapToDouble(o -> o.serves().stream().mapToDouble(Borough::weight).sum())
			.toArray();
		int[] perOffice = Weighted.apportion(practitioners, officeWeights);
		List<long[]> practitionerStaff = new ArrayList<>();
		List<Double> caseWeights = new ArrayList<>();
		List<SpecialistRole> roles = new ArrayList<>();
		int teamNumber = 0;
		for (int o = 0; o < offices.size(); o++) {
			Office office = offices.get(o);
			int n = perOffice[o];
			int teams = Math.max(1, (n + 9) / 10);
			int[] sizes = Weighted.apportion(n, uniform(teams));
			for (int t = 0; t < teams; t++) {
				long teamId = nextId++;
				teamNumber++;
				String teamCode = code + "-T" + String.format("%03d", teamNumber);
				teamRows.add(new OrganisationBulkLoad.TeamRow(teamId, office.id(), teamCode,
						officeNames.get(o) + " team " + (t + 1)));
				long spo = addStaff(office.id(), teamId, StaffGrade.SENIOR_PROBATION_OFFICER, null, code);
				spoOfTeam.put(teamId, spo);
				addStaff(office.id(), teamId, StaffGrade.CASE_ADMINISTRATOR, null, code);
				for (int p = 0; p < sizes[t]; p++) {
					SpecialistRole role = specialistRole();
					StaffGrade grade = random.nextDouble() < 0.45 ? StaffGrade.PROBATION_OFFICER
							: StaffGrade.PROBATION_SERVICES_OFFICER;
					long staffId = addStaff(office.id(), teamId, grade, role, code);
					OrganisationBulkLoad.Staff row = staffRows.get(staffRows.size() - 1);
					practitionerStaff.add(new long[] { staffId, office.id() });
					caseWeights.add(caseWeight(row.contractedHours().doubleValue(), role));
					roles.add(role);
				}
			}
			for (int u = 0; u < 2; u++) {
				addStaff(office.id(), null, StaffGrade.UNPAID_WORK_SUPERVISOR, null, code);
			}
		}
		int[] caseloads = Weighted.apportion(people, caseWeights.stream().mapToDouble(Double::doubleValue).toArray());
		List<Practitioner> result = new ArrayList<>();
		for (int i = 0; i < practitionerStaff.size(); i++) {
			result.add(new Practitioner(practitionerStaff.get(i)[0], providerId, practitionerStaff.get(i)[1],
					caseloads[i], roles.get(i)));
		}
		return result;
	}

	private static double[] uniform(int n) {
		double[] w = new double[n];
		java.util.Arrays.fill(w, 1.0);
		return w;
	}

	private @Nullable SpecialistRole specialistRole() {
		double r = random.nextDouble();
		if (r < 0.04) {
			return SpecialistRole.IOM;
		}
		if (r < 0.07) {
			return SpecialistRole.WOMENS_SPECIALIST;
		}
		if (r < 0.08) {
			return SpecialistRole.MENTAL_HEALTH;
		}
		if (r < 0.09) {
			return SpecialistRole.YOUNG_ADULTS;
		}
		return null;
	}

	/**
	 * Relative caseload: around 1 with a realistic spread, scaled by contracted hours,
	 * lower for specialist roles (who in practice still carried near-full caseloads), and
	 * a few practitioners far over the intended caseload.
	 */
	private double caseWeight(double hours, @Nullable SpecialistRole role) {
		double weight = 1.0 + random.nextGaussian() * 0.14;
		weight = Math.max(0.6, Math.min(1.35, weight)) * (hours / 37.0);
		if (role != null) {
			weight *= 0.7;
		}
		else if (random.nextDouble() < 0.02) {
			weight = 1.5 + random.nextDouble() * 0.2;
		}
		return weight;
	}

	private long addStaff(long officeId, @Nullable Long teamId, StaffGrade grade, @Nullable SpecialistRole role,
			String providerCode) {
		long id = nextId++;
		NameBank.Pool pool = Weighted.any(NameBank.ALL, random);
		boolean female = random.nextDouble() < 0.62;
		String forename = Weighted.any(female ? pool.female() : pool.male(), random);
		String surname = Weighted.any(pool.surnames(), random);
		double h = random.nextDouble();
		BigDecimal hours = BigDecimal.valueOf(h < 0.85 ? 37.0 : h < 0.95 ? 30.0 : 22.5);
		boolean agency = random.nextDouble() < 0.12;
		LocalDate start = asOf.minusDays(60 + random.nextInt(365 * 15));
		// an agency contract's end derives from the id, not the random stream, so adding
		// it
		// left the rest of the demo data unchanged
		staffRows.add(new OrganisationBulkLoad.Staff(id,
				providerCode + "-S" + String.format("%05d", staffRows.size() + 1), forename, surname, grade, officeId,
				teamId, hours, agency, role, start, agency ? asOf.plusDays(30 + (id * 37) % 330) : null));
		if (teamId != null) {
			teamOfStaff.put(id, teamId);
		}
		int courses = 1 + random.nextInt(4);
		for (int c = 0; c < courses; c++) {
			LocalDate completed = asOf.minusDays(10 + random.nextInt(3 * 365));
			if (completed.isBefore(start)) {
				completed = start;
			}
			LocalDate expires = random.nextBoolean() ? completed.plusYears(2) : null;
			trainingRows.add(new OrganisationBulkLoad.Training(id,
					COURSES.get((c * 3 + (int) (id % 8)) % COURSES.size()), completed, expires));
		}
		return id;
	}

}
