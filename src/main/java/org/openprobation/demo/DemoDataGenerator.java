package org.openprobation.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.openprobation.access.AuditLog;
import org.openprobation.access.Role;
import org.openprobation.assessment.AssessmentBulkLoad;
import org.openprobation.assessment.Assessments;
import org.openprobation.access.UsersBulkLoad;
import org.openprobation.allocation.ReductionsBulkLoad;
import org.openprobation.organisation.OrganisationBulkLoad;
import org.openprobation.people.PeopleBulkLoad;
import org.openprobation.sentences.SentencesBulkLoad;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the demo dataset in one transaction, so a run that is interrupted leaves
 * nothing behind and the next start simply generates again; a completed run is recorded
 * and never repeated.
 */
@Service
public class DemoDataGenerator {

	private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

	public static final String DEMO_PASSWORD = "demo";

	static final String DEMO_RESET = "DEMO_RESET";

	public static final List<String> DEMO_USERNAMES = List.of("practitioner", "manager", "area", "quality", "inspector",
			"admin", "unpaidwork");

	private final DemoSettings settings;

	private final OrganisationBulkLoad organisation;

	private final PeopleBulkLoad people;

	private final SentencesBulkLoad sentences;

	private final UsersBulkLoad users;

	private final AssessmentBulkLoad assessmentLoad;

	private final ReductionsBulkLoad reductions;

	private final org.openprobation.planning.PlansBulkLoad plans;

	private final org.openprobation.assessment.safeguarding.SafeguardingChecksBulkLoad safeguarding;

	private final Assessments assessments;

	private final org.openprobation.allocation.AllocationBulkLoad allocationQueue;

	private final org.openprobation.contacts.ContactsBulkLoad contactHistory;

	private final org.openprobation.enforcement.EnforcementBulkLoad enforcementHistory;

	private final org.openprobation.interventions.InterventionsBulkLoad interventions;

	private final org.openprobation.unpaidwork.UnpaidWorkBulkLoad unpaidWork;

	private final org.openprobation.oversight.OversightRecorder oversight;

	private final org.openprobation.inspection.SelfInspections selfInspections;

	private final org.openprobation.access.Users usersFind;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoDataGenerator(DemoSettings settings, OrganisationBulkLoad organisation, PeopleBulkLoad people,
			SentencesBulkLoad sentences, UsersBulkLoad users, AssessmentBulkLoad assessmentLoad,
			Assessments assessments, ReductionsBulkLoad reductions, org.openprobation.planning.PlansBulkLoad plans,
			org.openprobation.assessment.safeguarding.SafeguardingChecksBulkLoad safeguarding,
			org.openprobation.allocation.AllocationBulkLoad allocationQueue,
			org.openprobation.contacts.ContactsBulkLoad contactHistory,
			org.openprobation.enforcement.EnforcementBulkLoad enforcementHistory,
			org.openprobation.interventions.InterventionsBulkLoad interventions,
			org.openprobation.unpaidwork.UnpaidWorkBulkLoad unpaidWork,
			org.openprobation.oversight.OversightRecorder oversight,
			org.openprobation.inspection.SelfInspections selfInspections, org.openprobation.access.Users usersFind,
			AuditLog auditLog, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.auditLog = auditLog;
		this.oversight = oversight;
		this.selfInspections = selfInspections;
		this.usersFind = usersFind;
		this.settings = settings;
		this.organisation = organisation;
		this.people = people;
		this.sentences = sentences;
		this.users = users;
		this.assessmentLoad = assessmentLoad;
		this.reductions = reductions;
		this.plans = plans;
		this.safeguarding = safeguarding;
		this.allocationQueue = allocationQueue;
		this.contactHistory = contactHistory;
		this.enforcementHistory = enforcementHistory;
		this.interventions = interventions;
		this.unpaidWork = unpaidWork;
		this.assessments = assessments;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	public record Completed(String dataset, int people, long millis) {
	}

	public Optional<Completed> existing() {
		return jdbc.sql("select dataset, people, millis from demo.generation order by completed_at desc limit 1")
			.query((rs, n) -> new Completed(rs.getString("dataset"), rs.getInt("people"), rs.getLong("millis")))
			.optional();
	}

	/**
	 * True when the database holds data that the generator did not make (never overwrite
	 * it).
	 */
	public boolean databaseHasOtherData() {
		return jdbc.sql("select exists (select 1 from reporting.provider)").query(Boolean.class).single()
				&& existing().isEmpty();
	}

	public Completed generate() {
		long started = System.nanoTime();
		LocalDate asOf = settings.asOf() != null ? settings.asOf() : LocalDate.now(clock);
		String dataset = settings.size().name().toLowerCase(java.util.Locale.ROOT);
		log.info("Demo data: generating the {} dataset as at {} from seed {}", dataset, asOf, settings.seed());
		Completed completed = transaction.execute(status -> {
			OrganisationGenerator.Generated org = new OrganisationGenerator(settings.seed(), asOf).generate(settings);
			organisation.load(org.snapshot());
			organisation.loadWorkforce(WorkforceGenerator.generate(org.snapshot(), settings.seed(), asOf));
			reductions.load(ReductionGenerator.reductions(org.snapshot(), settings.seed(), asOf));
			reductions.loadDemoCourtReports(asOf, settings.seed());
			log.info("Demo data: organisation loaded ({} providers, {} staff)", org.providers().size(),
					org.snapshot().staff().size());
			int total = org.providers().stream().mapToInt(OrganisationGenerator.Provider::people).sum();
			int done = 0;
			CaseGenerator.Ids ids = new CaseGenerator.Ids();
			java.util.Map<Long, org.openprobation.organisation.SpecialistRole> specialists = new java.util.HashMap<>();
			org.providers()
				.forEach(p -> p.practitioners()
					.stream()
					.filter(pr -> pr.specialistRole() != null)
					.forEach(pr -> specialists.put(pr.staffId(), pr.specialistRole())));
			AssessmentGenerator assessmentGenerator = new AssessmentGenerator(settings.seed(), asOf, specialists);
			PlanGenerator planGenerator = new PlanGenerator(settings.seed(), asOf);
			java.util.Map<Long, String> boroughNames = new java.util.HashMap<>();
			org.snapshot().boroughs().forEach(b -> boroughNames.put(b.id(), b.name()));
			SafeguardingGenerator safeguardingGenerator = new SafeguardingGenerator(settings.seed(), asOf,
					boroughNames);
			for (OrganisationGenerator.Provider provider : org.providers()) {
				CaseGenerator generator = new CaseGenerator(settings.seed(), asOf, provider, settings);
				List<OrganisationGenerator.Practitioner> practitioners = provider.practitioners();
				int local = 0;
				int from = 0;
				while (from < practitioners.size()) {
					int to = from;
					int inBatch = 0;
					while (to < practitioners.size() && inBatch < settings.batchSize()) {
						inBatch += practitioners.get(to).caseload();
						to++;
					}
					CaseGenerator.Batch batch = generator.generate(from, to, local, ids);
					people.load(batch.peopleBatch());
					sentences.load(batch.sentencesBatch());
					AssessmentBulkLoad.Batch assessed = assessmentGenerator.generate(batch);
					assessmentLoad.load(assessed);
					plans.load(planGenerator.generate(assessed));
					safeguarding.load(safeguardingGenerator.generate(batch, assessed));
					local += inBatch;
					done += inBatch;
					from = to;
					log.info("Demo data: {} {} {} of {} people", progressBar(done, total), provider.name(),
							String.format("%,d", done), String.format("%,d", total));
				}
			}
			people.finish();
			sentences.finish();
			assessmentLoad.finish();
			plans.finish();
			// management oversight: the seed's inspectors found it made a difference in
			// only a
			// third of relevant cases, so a little over a third of the high and very high
			// RoSH
			// cases have a countersigned assessment and plan; the rest wait in the queues
			List<Long> countersigned = assessmentLoad.countersignShare(40, "Team manager (generated)", asOf);
			plans.countersignPlansOf(countersigned, "Team manager (generated)", asOf);
			log.info("Demo data: {} high and very high RoSH cases countersigned", countersigned.size());
			long tiering = System.nanoTime();
			int tiered = assessments.recomputeAllTiers(null, asOf, "Demo data generated");
			log.info("Demo data: tiers recomputed for {} cases in {} ms", String.format("%,d", tiered),
					Duration.ofNanos(System.nanoTime() - tiering).toMillis());
			int queued = allocationQueue.queueRecentCases(3, asOf);
			log.info("Demo data: {} new cases wait in their teams' allocation queues", queued);
			long contactsStarted = System.nanoTime();
			long contactRows = contactHistory.generateHistory(asOf, settings.seed());
			log.info("Demo data: {} contacts generated in {} ms", String.format("%,d", contactRows),
					Duration.ofNanos(System.nanoTime() - contactsStarted).toMillis());
			log.info("Demo data: {} interventions in the directory", interventions.generateDirectory(settings.seed()));
			log.info("Demo data: {} referrals to interventions",
					String.format("%,d", interventions.generateReferrals(asOf, settings.seed())));
			log.info("Demo data: {} unpaid work bookings",
					String.format("%,d", unpaidWork.generate(asOf, settings.seed())));
			contactHistory.recordUnpaidWorkSessions();
			unpaidWork.generateMessages(asOf, settings.seed());
			sentences.creditUnpaidWorkRegister();
			sentences.creditRarContacts();
			log.info("Demo data: {} warnings, breaches and recalls",
					String.format("%,d", enforcementHistory.generateHistory(asOf, settings.seed())));
			// the figures below query what was just loaded: let the planner know its size
			jdbc.sql("analyze").update();
			long figuresStarted = System.nanoTime();
			int figures = org.providers()
				.stream()
				.mapToInt(p -> oversight.generateDemoHistory(p.id(), settings.seed()))
				.sum();
			log.info("Demo data: {} monthly oversight figures in {} ms", String.format("%,d", figures),
					Duration.ofNanos(System.nanoTime() - figuresStarted).toMillis());
			users.create(demoUsers(org));
			usersFind.find("quality")
				.ifPresent(quality -> log.info("Demo data: {} self-inspection answers",
						selfInspections.generateDemo(quality.providerId(), settings.seed(), quality)));
			long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
			jdbc.sql("insert into demo.generation (dataset, seed, as_of, people, millis) values (:d, :s, :a, :p, :m)")
				.param("d", dataset)
				.param("s", settings.seed())
				.param("a", asOf)
				.param("p", total)
				.param("m", millis)
				.update();
			return new Completed(dataset, total, millis);
		});
		jdbc.sql("analyze").update();
		log.info("Demo data: {} people generated in {} ms", String.format("%,d", completed.people()),
				completed.millis());
		return completed;
	}

	/** A text progress bar for the log: [#######-------------] 35%. */
	static String progressBar(long done, long total) {
		long whole = Math.max(1, total);
		long part = Math.max(0, Math.min(done, whole));
		int filled = (int) (part * 20 / whole);
		return "[" + "#".repeat(filled) + "-".repeat(20 - filled) + "] " + String.format("%3d%%", part * 100 / whole);
	}

	/**
	 * Removes everything the generator made, ready to generate again; the audit trail is
	 * kept, with a record of the reset.
	 */
	public void reset() {
		log.warn(
				"Demo data: resetting: removing all people, sentences, organisation and users (the audit trail is kept)");
		transaction.executeWithoutResult(status -> {
			// every table of the platform's schemas, as the database lists them (so a
			// table
			// added later is not missed), but the audit trail: it stays (the application
			// may
			// not change it, ADR 17), with the reset in it
			List<String> tables = jdbc.sql("""
					select format('%I.%I', schemaname, tablename) from pg_tables
					where schemaname not in ('pg_catalog', 'information_schema') and schemaname <> current_schema()
					  and format('%I.%I', schemaname, tablename) <> :kept
					order by 1
					""").param("kept", AuditLog.TABLE).query(String.class).list();
			jdbc.sql("truncate " + String.join(", ", tables)).update();
			auditLog.recordBySystem(DEMO_RESET, "Demo data removed by OPENPROBATION_DEMO_RESET, to be generated again");
		});
	}

	/**
	 * With demo data off, no demo sign-in works: those left from an earlier start with it
	 * on are disabled. Answers how many were.
	 */
	public int disableDemoAccounts() {
		return users.setEnabled(DEMO_USERNAMES, false);
	}

	/** Demo data on again: its sign-ins work again. */
	public void enableDemoAccounts() {
		users.setEnabled(DEMO_USERNAMES, true);
	}

	private List<UsersBulkLoad.NewUser> demoUsers(OrganisationGenerator.Generated org) {
		long london = org.londonProviderId();
		return List.of(
				new UsersBulkLoad.NewUser("practitioner", DEMO_PASSWORD, "Demo practitioner",
						EnumSet.of(Role.PRACTITIONER), org.demoPractitionerStaffId(), london, null),
				new UsersBulkLoad.NewUser("manager", DEMO_PASSWORD, "Demo senior probation officer",
						EnumSet.of(Role.SPO), org.demoManagerStaffId(), london, null),
				new UsersBulkLoad.NewUser("area", DEMO_PASSWORD, "Demo area manager", EnumSet.of(Role.AREA_MANAGER),
						null, london, org.demoAreaId()),
				new UsersBulkLoad.NewUser("quality", DEMO_PASSWORD, "Demo quality manager", EnumSet.of(Role.QUALITY),
						null, london, null),
				new UsersBulkLoad.NewUser("inspector", DEMO_PASSWORD, "Demo inspector", EnumSet.of(Role.INSPECTOR),
						null, null, null),
				new UsersBulkLoad.NewUser("admin", DEMO_PASSWORD, "Demo administrator", EnumSet.of(Role.ADMIN), null,
						null, null),
				new UsersBulkLoad.NewUser("unpaidwork", DEMO_PASSWORD, "Demo unpaid work supervisor", EnumSet
					.of(Role.UNPAID_WORK), jdbc.sql("""
							select st.id from reporting.staff st join reporting.office o on o.id = st.office_id
							join reporting.borough b on b.id = o.borough_id join reporting.area a on a.id = b.area_id
							where st.grade = 'UNPAID_WORK_SUPERVISOR' and a.provider_id = :p order by st.id limit 1
							""").param("p", london).query(Long.class).optional().orElse(null), london, null));
	}

}
