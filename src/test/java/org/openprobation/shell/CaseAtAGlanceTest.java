package org.openprobation.shell;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29, item 1: the case at a glance on every page about it, split into sections with
 * a sub-navigation; the caseload with risk, next appointment, last contact and flags,
 * sortable. Figures are checked against the record read here.
 */
@IntegrationTest
class CaseAtAGlanceTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	/** A case of the practitioner with unpaid work, so every section has a page. */
	private String practitionersCase() {
		return jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted and exists (select 1 from sentences.sentence s
				    join sentences.requirement r on r.sentence_id = s.id
				    where s.person_id = p.id and s.status = 'ACTIVE' and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE')
				order by p.crn limit 1""").query(String.class).single().strip();
	}

	@Test
	void everySectionOfTheCaseShowsTheCaseAtAGlanceAndMarksItselfInTheSubNavigation() {
		String crn = practitionersCase();
		TestHttp officer = TestHttp.signedIn(port, "practitioner");
		String[][] sections = { { "", "Overview" }, { "/personal-details", "Personal details" },
				{ "/risk", "Risk and needs" }, { "/sentence", "Sentence and requirements" }, { "/plan", "Plan" },
				{ "/contacts", "Contacts" }, { "/enforcement", "Enforcement" }, { "/unpaid-work", "Unpaid work" },
				{ "/documents", "Documents" } };
		for (String[] section : sections) {
			TestHttp.Response page = officer.page("/cases/" + crn + section[0]);
			assertThat(page.status()).as(section[1]).isEqualTo(200);
			assertThat(page.body()).as(section[1])
				.contains("id=\"case-bar\"", "id=\"case-glance\"", "Next appointment", "Last contact", "Enforcement",
						"Outstanding", "id=\"case-sections\"");
			Matcher current = Pattern.compile("aria-current=\"page\">([^<]+)</a>").matcher(page.body());
			List<String> marked = new ArrayList<>();
			while (current.find()) {
				marked.add(current.group(1));
			}
			// the main menu marks its own item too: the case's section is one of them
			assertThat(marked).as(section[1]).contains(section[1]);
			for (String[] other : sections) {
				if (other != section) {
					assertThat(marked).as(section[1]).doesNotContain(other[1]);
				}
			}
		}
	}

	@Test
	void theOverviewLeadsWithWhatIsOutstandingAndTheSectionsHoldTheRest() {
		String crn = practitionersCase();
		TestHttp officer = TestHttp.signedIn(port, "practitioner");
		String overview = officer.page("/cases/" + crn).body();
		assertThat(overview).contains("<h1 class=\"govuk-heading-l\">Overview</h1>", "id=\"outstanding\"",
				"Requirements in force", "Responsible officer");
		assertThat(overview).doesNotContain("id=\"assessment\"", "Previous sentences");
		assertThat(officer.page("/cases/" + crn + "/risk").body()).contains("id=\"assessment\"", "id=\"safeguarding\"");
		assertThat(officer.page("/cases/" + crn + "/sentence").body()).contains("Current sentences",
				"Previous sentences");
	}

	@Test
	void theNextAppointmentIsTheEarliestBookingStillToHappenEvenOneJustBooked() {
		String crn = practitionersCase();
		LocalDateTime now = LocalDateTime.now(clock);
		LocalDateTime next = jdbc.sql("""
				select min(c.starts_at) from contacts.contact c join people.person p on p.id = c.person_id
				where p.crn = :crn and c.outcome is null and c.starts_at >= :now""")
			.param("crn", crn)
			.param("now", now)
			.query(LocalDateTime.class)
			.optional()
			.orElse(null);
		String body = TestHttp.signedIn(port, "practitioner").page("/cases/" + crn).body();
		Matcher shown = Pattern.compile("id=\"glance-next\">([^<]+)<").matcher(body);
		assertThat(shown.find()).isTrue();
		if (next == null) {
			assertThat(shown.group(1)).isEqualTo("None booked");
		}
		else {
			assertThat(shown.group(1)).startsWith(
					next.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK)));
		}
	}

	@Test
	void theCaseloadShowsRiskNextAppointmentAndLastContactAndSortsByThem() {
		TestHttp officer = TestHttp.signedIn(port, "practitioner");
		String byRisk = officer.page("/caseload?sort=rosh").body();
		assertThat(byRisk).contains("RoSH", "Next appointment", "Last contact", "Flags");
		List<Integer> ranks = new ArrayList<>();
		Matcher rosh = Pattern.compile("op-rosh\"><strong[^>]*>([^<]+)</strong>|op-rosh\">\\s*<span>Not assessed")
			.matcher(byRisk);
		while (rosh.find()) {
			ranks.add(rank(rosh.group(1)));
		}
		assertThat(ranks).hasSizeGreaterThan(5);
		// not assessed first (the gap to act on), then very high down to low
		assertThat(ranks).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		// the number of cases at each level is the record's
		long highOrVeryHigh = jdbc.sql("""
				select count(*) from people.responsible_officer ro join access.app_user u on u.staff_id = ro.staff_id
				join lateral (select r.* from assessment.rosh_assessment r where r.person_id = ro.person_id
				              order by r.assessed_on desc, r.id desc limit 1) latest on true
				join people.person p on p.id = ro.person_id
				where u.username = 'practitioner' and ro.to_date is null and not p.restricted
				  and (latest.children in ('HIGH', 'VERY_HIGH') or latest.public_at_large in ('HIGH', 'VERY_HIGH')
				       or latest.known_adult in ('HIGH', 'VERY_HIGH') or latest.staff in ('HIGH', 'VERY_HIGH')
				       or (latest.prisoners in ('HIGH', 'VERY_HIGH') and exists (select 1 from sentences.sentence s
				           where s.person_id = ro.person_id and s.status = 'ACTIVE' and s.kind = 'PRE_RELEASE')))""")
			.query(Long.class)
			.single();
		assertThat(ranks.stream().filter(r -> r >= 2 && r < 4).count()).isEqualTo(highOrVeryHigh);

		String byNext = officer.page("/caseload?sort=next").body();
		List<String> next = new ArrayList<>();
		Matcher booked = Pattern.compile("op-next\"(?: data-sort=\"([^\"]+)\")?>").matcher(byNext);
		while (booked.find()) {
			next.add(booked.group(1) == null ? "~" : booked.group(1));
		}
		assertThat(next).hasSizeGreaterThan(5).isSorted();
	}

	private static int rank(String label) {
		if (label == null) {
			return 4;
		}
		return switch (label) {
			case "Very high" -> 3;
			case "High" -> 2;
			case "Medium" -> 1;
			default -> 0;
		};
	}

}
