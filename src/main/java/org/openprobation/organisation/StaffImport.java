package org.openprobation.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.persistence.StaffImportRepository;
import org.openprobation.organisation.persistence.StaffImportRepository.NewStaff;
import org.openprobation.organisation.persistence.StaffImportRepository.TeamPlace;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Csv;
import org.openprobation.shared.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff brought in from a spreadsheet (a provider's HR list when it starts on the
 * platform, a new intake of officers): every row is checked first, each rejected row is
 * reported with what is wrong, and the staff are written in one transaction, all of them
 * or, when any row is wrong or the write fails, none.
 */
@Service
public class StaffImport {

	private static final Logger log = LoggerFactory.getLogger(StaffImport.class);

	/**
	 * The most rows one import takes (a large provider's whole workforce is about 700).
	 */
	public static final int MAX_ROWS = 2000;

	/** The most characters one import takes (2,000 rows of generous width). */
	public static final int MAX_CHARACTERS = 1_000_000;

	public static final List<String> REQUIRED = List.of("code", "forename", "surname", "grade", "team",
			"contracted_hours", "employment", "start_date");

	public static final List<String> OPTIONAL = List.of("specialist_role", "contract_ends_on");

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

	private static final Pattern HOURS = Pattern.compile("\\d{1,2}(\\.\\d)?");

	private final StaffImportRepository repository;

	StaffImport(StaffImportRepository repository) {
		this.repository = repository;
	}

	/** What was imported: how many, and their codes in the file's order. */
	public record Imported(int count, List<String> codes) {

		public Imported {
			codes = List.copyOf(codes);
		}

	}

	/**
	 * Checks and imports the staff of CSV text into teams of the provider (any provider
	 * when {@code providerScope} is null); a {@link BadRequest} names each rejected row
	 * and what is wrong with it, and nothing is written.
	 */
	@Transactional
	public Imported importCsv(@Nullable Long providerScope, String text) {
		if (text.length() > MAX_CHARACTERS) {
			throw problem("file", "The file is larger than 1 MB: import at most " + MAX_ROWS + " staff at a time");
		}
		List<Csv.Record> records = Csv.read(text).stream().filter(r -> !r.blank()).toList();
		if (records.isEmpty()) {
			throw problem("file", "The file is empty: it needs a header row and a row for each member of staff");
		}
		Map<String, Integer> columns = columns(records.get(0));
		List<Csv.Record> rows = records.subList(1, records.size());
		if (rows.isEmpty()) {
			throw problem("file", "The file has a header row but no staff");
		}
		if (rows.size() > MAX_ROWS) {
			throw problem("file", "The file has " + rows.size() + " staff: import at most " + MAX_ROWS + " at a time");
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<String> codes = rows.stream().map(r -> value(r, columns, "code").toUpperCase(Locale.ROOT)).toList();
		// only values that could be a code are looked up (a NUL cannot even be sent to
		// PostgreSQL)
		Map<String, TeamPlace> teams = repository.teams(rows.stream()
			.map(r -> value(r, columns, "team"))
			.filter(code -> code.length() <= 50 && code.chars().noneMatch(Character::isISOControl))
			.distinct()
			.toList());
		Set<String> existing = repository
			.existingCodes(codes.stream().filter(code -> CODE.matcher(code).matches()).distinct().toList());
		Map<String, Integer> firstRowOfCode = new HashMap<>();
		List<NewStaff> staff = new ArrayList<>();
		for (Csv.Record row : rows) {
			Row checked = new Row(row, columns, problems);
			NewStaff member = checked.check(providerScope, teams, existing, firstRowOfCode);
			if (member != null) {
				staff.add(member);
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		log.info("Staff import: {} rows checked, writing them", staff.size());
		int written = repository.insert(staff);
		log.info("Staff import: {} staff written", written);
		return new Imported(written, staff.stream().map(NewStaff::code).toList());
	}

	private static Map<String, Integer> columns(Csv.Record header) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
			if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
				problems.add(new FieldProblem("header", "The header names a column \"" + shorten(name)
						+ "\" that is not one of " + String.join(", ", REQUIRED) + ", " + String.join(", ", OPTIONAL)));
			}
			else if (columns.putIfAbsent(name, i) != null) {
				problems.add(new FieldProblem("header", "The header names the column " + name + " twice"));
			}
		}
		for (String required : REQUIRED) {
			if (!columns.containsKey(required)) {
				problems.add(new FieldProblem("header", "The header has no " + required + " column"));
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		return columns;
	}

	private static String value(Csv.Record row, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		return index == null || index >= row.fields().size() ? "" : row.fields().get(index).strip();
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "..." : value;
	}

	private static BadRequest problem(String field, String message) {
		return new BadRequest(List.of(new FieldProblem(field, message)));
	}

	/** One row being checked; its problems are added to the import's. */
	private static final class Row {

		private final Csv.Record row;

		private final Map<String, Integer> columns;

		private final List<FieldProblem> problems;

		private final int before;

		Row(Csv.Record row, Map<String, Integer> columns, List<FieldProblem> problems) {
			this.row = row;
			this.columns = columns;
			this.problems = problems;
			this.before = problems.size();
		}

		@Nullable NewStaff check(@Nullable Long providerScope, Map<String, TeamPlace> teams, Set<String> existing,
				Map<String, Integer> firstRowOfCode) {
			if (row.fields().size() > columns.size()) {
				wrong("row", "has " + row.fields().size() + " values but the header has " + columns.size()
						+ " columns (a comma in a value needs the value in double quotes)");
			}
			String code = value("code").toUpperCase(Locale.ROOT);
			if (code.isEmpty()) {
				wrong("code", "has no staff code");
			}
			else if (!CODE.matcher(code).matches()) {
				wrong("code",
						"has a staff code \"" + shorten(code) + "\" that is not 1 to 20 letters, digits and hyphens");
			}
			else if (existing.contains(code)) {
				wrong("code", "has the staff code " + code + ", which someone already has");
			}
			else {
				Integer first = firstRowOfCode.putIfAbsent(code, row.line());
				if (first != null) {
					wrong("code", "repeats the staff code " + code + " of line " + first);
				}
			}
			String forename = name("forename");
			String surname = name("surname");
			StaffGrade grade = grade();
			TeamPlace team = team(providerScope, teams);
			BigDecimal hours = hours();
			String employment = value("employment").toUpperCase(Locale.ROOT);
			if (!employment.equals("EMPLOYED") && !employment.equals("AGENCY")) {
				wrong("employment",
						"has employment \"" + shorten(value("employment")) + "\": enter EMPLOYED or AGENCY");
			}
			String role = value("specialist_role").toUpperCase(Locale.ROOT).replace(' ', '_');
			if (!role.isEmpty()
					&& java.util.Arrays.stream(SpecialistRole.values()).noneMatch(r -> r.name().equals(role))) {
				wrong("specialist_role", "has a specialist role \"" + shorten(value("specialist_role"))
						+ "\" that is not one of IOM, WOMENS_SPECIALIST, MENTAL_HEALTH, YOUNG_ADULTS (or empty)");
			}
			LocalDate start = date("start_date", true);
			LocalDate ends = date("contract_ends_on", false);
			if (start != null && ends != null && ends.isBefore(start)) {
				wrong("contract_ends_on", "has a contract ending before the start date");
			}
			if (problems.size() > before || grade == null || team == null || hours == null || start == null) {
				return null;
			}
			return new NewStaff(code, forename, surname, grade.name(), team.officeId(), team.teamId(), hours,
					employment, role.isEmpty() ? null : role, start, ends);
		}

		private String value(String column) {
			return StaffImport.value(row, columns, column);
		}

		private void wrong(String column, String what) {
			problems.add(new FieldProblem("line " + row.line() + " " + column, "Line " + row.line() + " " + what));
		}

		private String name(String column) {
			String name = value(column);
			if (name.isEmpty()) {
				wrong(column, "has no " + column);
			}
			else if (name.length() > 100) {
				wrong(column, "has a " + column + " longer than 100 characters");
			}
			else if (name.chars().anyMatch(Character::isISOControl)) {
				wrong(column, "has a " + column + " with a control character in it");
			}
			return name;
		}

		private @Nullable StaffGrade grade() {
			String typed = value("grade").toUpperCase(Locale.ROOT).replace(' ', '_');
			for (StaffGrade grade : StaffGrade.values()) {
				if (grade.name().equals(typed) || grade.abbreviation().equals(typed)) {
					return grade;
				}
			}
			wrong("grade", "has a grade \"" + shorten(value("grade"))
					+ "\" that is not one of PO, PSO, SPO, UPW, CA (or the grade's name, such as PROBATION_OFFICER)");
			return null;
		}

		private @Nullable TeamPlace team(@Nullable Long providerScope, Map<String, TeamPlace> teams) {
			String code = value("team");
			TeamPlace team = teams.get(code);
			if (code.isEmpty()) {
				wrong("team", "has no team code");
			}
			else if (team == null) {
				wrong("team", "names a team \"" + shorten(code) + "\" that does not exist");
			}
			else if (providerScope != null && team.providerId() != providerScope) {
				wrong("team", "names the team " + code + " of another provider");
				return null;
			}
			else if (team.closedOn() != null) {
				wrong("team", "names the team " + code + ", which closes on " + team.closedOn()
						+ ": choose a team that stays open");
				return null;
			}
			return team;
		}

		private @Nullable BigDecimal hours() {
			String typed = value("contracted_hours");
			if (!HOURS.matcher(typed).matches() || new BigDecimal(typed).compareTo(BigDecimal.valueOf(48)) > 0) {
				wrong("contracted_hours", "has contracted hours \"" + shorten(typed)
						+ "\": enter hours a week from 0 to 48, such as 37 or 22.5");
				return null;
			}
			return new BigDecimal(typed);
		}

		private @Nullable LocalDate date(String column, boolean required) {
			String typed = value(column);
			if (typed.isEmpty()) {
				if (required) {
					wrong(column, "has no " + column.replace('_', ' '));
				}
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(typed);
				if (date.getYear() < 1950 || date.getYear() > 2100) {
					wrong(column, "has a " + column.replace('_', ' ') + " in " + date.getYear());
					return null;
				}
				return date;
			}
			catch (DateTimeParseException ex) {
				wrong(column, "has a " + column.replace('_', ' ') + " \"" + shorten(typed)
						+ "\" that is not a date written as YYYY-MM-DD");
				return null;
			}
		}

	}

}
