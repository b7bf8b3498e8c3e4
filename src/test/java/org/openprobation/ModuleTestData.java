package org.openprobation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The few rows a module test needs on its own empty database (no demo data): a provider
 * with one area, borough, office and team; people with a sentence and a requirement; and
 * users. Codes and CRNs are made unique from a stamp, so tests may share the database.
 */
public final class ModuleTestData {

	private final JdbcClient jdbc;

	private final long stamp = System.nanoTime();

	private int sequence;

	/** The provider made for this test, and its borough and office. */
	public final long providerId;

	public final long boroughId;

	public final long officeId;

	public ModuleTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
		providerId = id("insert into organisation.provider (code, name, type) values (:code, 'Test CRC', 'CRC') "
				+ "returning id", unique("P"));
		long areaId = jdbc
			.sql("insert into organisation.area (provider_id, code, name) values (:p, :code, 'Test area') "
					+ "returning id")
			.param("p", providerId)
			.param("code", unique("A"))
			.query(Long.class)
			.single();
		boroughId = jdbc
			.sql("insert into organisation.borough (area_id, code, name) values (:a, :code, 'Test borough') "
					+ "returning id")
			.param("a", areaId)
			.param("code", unique("B"))
			.query(Long.class)
			.single();
		officeId = jdbc.sql("""
				insert into organisation.office (borough_id, code, name, address)
				values (:b, :code, 'Test office', '1 Test Street') returning id""")
			.param("b", boroughId)
			.param("code", unique("O"))
			.query(Long.class)
			.single();
	}

	/** A code unique to this test run, with a prefix. */
	public String unique(String prefix) {
		return prefix + (stamp % 1_000_000) + "x" + (++sequence);
	}

	private long id(String sql, String code) {
		return jdbc.sql(sql).param("code", code).query(Long.class).single();
	}

	/** A person of this provider (gender MALE or FEMALE); answers the CRN. */
	public String person(String gender) {
		String crn = String.format("T%06d", (stamp / 1000 + (++sequence) * 7919L) % 1_000_000);
		jdbc.sql("""
				insert into people.person (crn, forename, surname, date_of_birth, gender, ethnicity, nationality,
				                           provider_id)
				values (:crn, 'Sam', 'Testcase', date '1985-05-05', :gender, 'W1', 'British', :provider)""")
			.param("crn", crn)
			.param("gender", gender)
			.param("provider", providerId)
			.update();
		return crn;
	}

	public long personId(String crn) {
		return jdbc.sql("select id from people.person where crn = :crn").param("crn", crn).query(Long.class).single();
	}

	/**
	 * A community order in force for the person from {@code start}, with one requirement
	 * of the kind (hours for unpaid work, days otherwise); answers the requirement's id.
	 */
	public long communityOrderWith(String crn, String requirementKind, int amount, LocalDate start) {
		long personId = personId(crn);
		long eventId = jdbc.sql("""
				insert into sentences.event (person_id, event_number, conviction_date, court)
				values (:person, 1, :start, 'Test Magistrates'' Court') returning id""")
			.param("person", personId)
			.param("start", start)
			.query(Long.class)
			.single();
		long sentenceId = jdbc.sql("""
				insert into sentences.sentence (event_id, person_id, kind, sentence_date, start_date, expected_end_date,
				                                length_months, status)
				values (:event, :person, 'COMMUNITY_ORDER', :start, :start, :end, 12, 'ACTIVE') returning id""")
			.param("event", eventId)
			.param("person", personId)
			.param("start", start)
			.param("end", start.plusMonths(12))
			.query(Long.class)
			.single();
		return jdbc
			.sql("""
					insert into sentences.requirement (sentence_id, kind, unit, amount_ordered, status, start_date, end_date)
					values (:sentence, :kind, :unit, :amount, 'ACTIVE', :start, :end) returning id""")
			.param("sentence", sentenceId)
			.param("kind", requirementKind)
			.param("unit", "UNPAID_WORK".equals(requirementKind) ? "HOURS" : "DAYS")
			.param("amount", amount)
			.param("start", start)
			.param("end", start.plusMonths(12))
			.query(Long.class)
			.single();
	}

	/**
	 * An unpaid work project in the borough with one session; answers the session's id.
	 */
	public long unpaidWorkSession(boolean womenOnly, boolean involvesChildren, LocalDateTime start, int capacity) {
		long projectId = jdbc.sql("""
				insert into unpaidwork.project (provider_id, borough_id, name, type, address, beneficiary,
				                                involves_children, women_only)
				values (:p, :b, :name, 'GROUP', '2 Test Road', 'Test Trust', :children, :women) returning id""")
			.param("p", providerId)
			.param("b", boroughId)
			.param("name", unique("Project "))
			.param("children", involvesChildren)
			.param("women", womenOnly)
			.query(Long.class)
			.single();
		return jdbc.sql("""
				insert into unpaidwork.session (project_id, starts_at, ends_at, capacity)
				values (:project, :start, :end, :capacity) returning id""")
			.param("project", projectId)
			.param("start", start)
			.param("end", start.plusHours(7))
			.param("capacity", capacity)
			.query(Long.class)
			.single();
	}

	/** A user of this provider with the roles. */
	public CurrentUser user(Role... roles) {
		String username = unique("user");
		long id = jdbc.sql("""
				insert into access.app_user (username, password_hash, display_name, provider_id)
				values (:username, 'not used', 'Test user', :provider) returning id""")
			.param("username", username)
			.param("provider", providerId)
			.query(Long.class)
			.single();
		return new CurrentUser(id, username, "Test user", Set.of(roles), null, null, null, providerId);
	}

	/**
	 * A probation officer of a new team in the office, signed in as a practitioner: the
	 * responsible officer of the cases given to them with {@link #allocate}.
	 */
	public CurrentUser officer() {
		long teamId = jdbc
			.sql("insert into organisation.team (office_id, code, name) values (:o, :code, 'Test team') "
					+ "returning id")
			.param("o", officeId)
			.param("code", unique("T"))
			.query(Long.class)
			.single();
		long staffId = jdbc.sql("""
				insert into organisation.staff (code, forename, surname, grade, office_id, team_id, contracted_hours,
				                                employment, start_date)
				values (:code, 'Alex', 'Officer', 'PROBATION_OFFICER', :o, :t, 37, 'EMPLOYED', date '2020-01-06')
				returning id""")
			.param("code", unique("S"))
			.param("o", officeId)
			.param("t", teamId)
			.query(Long.class)
			.single();
		String username = unique("officer");
		long id = jdbc.sql("""
				insert into access.app_user (username, password_hash, display_name, provider_id, staff_id)
				values (:username, 'not used', 'Alex Officer', :provider, :staff) returning id""")
			.param("username", username)
			.param("provider", providerId)
			.param("staff", staffId)
			.query(Long.class)
			.single();
		return new CurrentUser(id, username, "Alex Officer", Set.of(Role.PRACTITIONER), staffId, teamId, null,
				providerId);
	}

	/** Makes the officer the case's responsible officer from a month ago. */
	public void allocate(String crn, CurrentUser officer) {
		jdbc.sql("""
				insert into people.responsible_officer (person_id, staff_id, from_date, reason)
				values (:person, :staff, current_date - 30, 'Allocated')""")
			.param("person", personId(crn))
			.param("staff", officer.staffId())
			.update();
	}

	/** How many audit rows of the action name the case. */
	public long audits(String action, String crn) {
		return jdbc.sql("select count(*) from access.audit_event where action = :action and crn = :crn")
			.param("action", action)
			.param("crn", crn)
			.query(Long.class)
			.single();
	}

}
