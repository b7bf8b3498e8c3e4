package org.openprobation.shell;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.access.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29, item 2: things to do filtered by case and by when they are due, the earliest
 * (so the most overdue) first; the figures compared with the list computed for the user.
 */
@IntegrationTest
class ThingsToDoFilterTest {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@Value("${local.server.port}")
	int port;

	@Autowired
	ThingsToDo thingsToDo;

	@Autowired
	Users users;

	@Autowired
	java.time.Clock clock;

	private static String table(String body) {
		int start = body.indexOf("id=\"tasks\"");
		return start < 0 ? "" : body.substring(start, body.indexOf("</table>", start));
	}

	private static List<LocalDate> dues(String table) {
		List<LocalDate> dues = new ArrayList<>();
		Matcher due = Pattern.compile("<td class=\"govuk-table__cell\">\\s*<span>([^<]+)</span>").matcher(table);
		while (due.find()) {
			dues.add(LocalDate.parse(due.group(1), SHOWN));
		}
		return dues;
	}

	@Test
	void aCasesTasksAreFoundByItsCrnOrName() {
		List<ThingsToDo.Task> all = thingsToDo.of(users.find("practitioner").orElseThrow()).tasks();
		ThingsToDo.Task some = all.get(all.size() / 2);
		String crn = some.person().crn();
		long expected = all.stream().filter(t -> t.person().crn().equals(crn)).count();

		TestHttp officer = TestHttp.signedIn(port, "practitioner");
		String byCrn = table(officer.page("/tasks?case=" + crn.toLowerCase(Locale.ROOT)).body());
		Matcher people = Pattern.compile("href=\"/cases/([A-Z][0-9]{6})\"").matcher(byCrn);
		List<String> crns = new ArrayList<>();
		while (people.find()) {
			crns.add(people.group(1));
		}
		assertThat(crns).hasSize((int) Math.min(expected, 50)).containsOnly(crn);
		assertThat(dues(byCrn)).isSorted();

		String byName = table(officer.page("/tasks?case=" + TestHttp.encode(some.person().surname())).body());
		assertThat(byName).contains("/cases/" + crn);
	}

	@Test
	void dueThisWeekLeavesOutWhatIsDueLaterAndKeepsWhatIsOverdue() {
		LocalDate today = LocalDate.now(clock);
		List<ThingsToDo.Task> all = thingsToDo.of(users.find("practitioner").orElseThrow()).tasks();
		long expected = all.stream().filter(t -> !t.due().isAfter(today.plusDays(7))).count();

		String body = TestHttp.signedIn(port, "practitioner").page("/tasks?due=week").body();

		assertThat(body).contains(expected + (expected == 1 ? " task" : " tasks"), "due within 7 days");
		List<LocalDate> dues = dues(table(body));
		assertThat(dues).isNotEmpty().isSorted().allMatch(d -> !d.isAfter(today.plusDays(7)));
		// overdue first: the earliest due leads the list
		assertThat(dues.get(0)).isEqualTo(all.get(0).due());
	}

}
