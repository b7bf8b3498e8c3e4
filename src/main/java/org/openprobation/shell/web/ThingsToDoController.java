package org.openprobation.shell.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.organisation.StaffMember;
import org.openprobation.shared.Forms;
import org.openprobation.shared.ListLinks;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.SortDirection;
import org.openprobation.shell.ThingsToDo;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practitioner's (or the team's) things to do, earliest due first: filtered by kind
 * (the countersignature queue is one), by officer and to the overdue, a page at a time; a
 * manager sees each officer's overdue tasks.
 */
@Controller
class ThingsToDoController {

	static final int PAGE_SIZE = 50;

	private final ThingsToDo thingsToDo;

	private final Users users;

	private final org.openprobation.access.CaseGate gate;

	private final java.time.Clock clock;

	ThingsToDoController(ThingsToDo thingsToDo, Users users, org.openprobation.access.CaseGate gate,
			java.time.Clock clock) {
		this.clock = clock;
		this.gate = gate;
		this.thingsToDo = thingsToDo;
		this.users = users;
	}

	/** One officer's tasks on a manager's list: how many, and how many overdue. */
	record OfficerTasks(@Nullable StaffMember officer, int tasks, int overdue) {

		public String name() {
			return officer == null ? "No officer" : officer.name();
		}

	}

	@GetMapping("/tasks")
	String tasks(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String officer,
			@RequestParam(required = false) @Nullable String overdue,
			@RequestParam(required = false) @Nullable String due,
			@RequestParam(name = "case", required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable String page, Model model) {
		ThingsToDo.ToDoList todo = thingsToDo.of(users.current());
		List<ThingsToDo.Task> shown = gate
			.list(users.current(), todo.tasks(), t -> t.person().id(), "VIEW_TASKS", todo.heading())
			.rows();
		LocalDate today = LocalDate.now(clock);
		ThingsToDo.Kind chosenKind = Forms.choice(kind, ThingsToDo.Kind.class);
		long chosenOfficer = todo.team() ? Forms.id(officer) : -1;
		boolean overdueOnly = Forms.yes(overdue) || "overdue".equals(due);
		// due this week: overdue or due within the next seven days
		boolean thisWeek = !overdueOnly && "week".equals(due);
		String caseTyped = person == null ? "" : person.strip();
		String caseWanted = caseTyped.toLowerCase(java.util.Locale.ROOT);
		List<ThingsToDo.Task> filtered = shown.stream()
			.filter(t -> chosenKind == null || t.kind() == chosenKind)
			.filter(t -> chosenOfficer < 0 || (t.officer() != null && t.officer().id() == chosenOfficer))
			.filter(t -> !overdueOnly || t.overdueOn(today))
			.filter(t -> !thisWeek || !t.due().isAfter(today.plusDays(7)))
			.filter(t -> caseWanted.isEmpty() || t.person().crn().equalsIgnoreCase(caseWanted)
					|| t.person().name().toLowerCase(java.util.Locale.ROOT).contains(caseWanted))
			.toList();
		int current = PageOf.shownPage(page == null ? 1 : (int) Math.min(Integer.MAX_VALUE, Forms.id(page)),
				filtered.size(), PAGE_SIZE);
		PageOf<ThingsToDo.Task> onPage = new PageOf<>(
				filtered.subList((current - 1) * PAGE_SIZE, Math.min(filtered.size(), current * PAGE_SIZE)), current,
				PAGE_SIZE, filtered.size());
		Map<String, String> filters = new LinkedHashMap<>();
		if (chosenKind != null) {
			filters.put("kind", chosenKind.name());
		}
		if (chosenOfficer >= 0) {
			filters.put("officer", String.valueOf(chosenOfficer));
		}
		if (overdueOnly) {
			filters.put("overdue", "yes");
		}
		if (thisWeek) {
			filters.put("due", "week");
		}
		if (!caseWanted.isEmpty()) {
			filters.put("case", caseTyped);
		}
		model.addAttribute("todo", todo);
		model.addAttribute("tasks", onPage);
		model.addAttribute("links",
				new ListLinks("/tasks", filters, "due", SortDirection.ASCENDING, current, onPage.totalPages()));
		model.addAttribute("chosenKind", chosenKind);
		model.addAttribute("chosenOfficer", chosenOfficer);
		model.addAttribute("overdueOnly", overdueOnly);
		model.addAttribute("thisWeek", thisWeek);
		model.addAttribute("caseTyped", caseTyped);
		model.addAttribute("filtered", !filters.isEmpty());
		model.addAttribute("hiddenCases", todo.tasks().size() - shown.size());
		model.addAttribute("kinds", ThingsToDo.Kind.values());
		model.addAttribute("officers", todo.team() ? byOfficer(shown, today) : List.of());
		model.addAttribute("today", today);
		return "shell/tasks";
	}

	/** Each officer's tasks, the most overdue first. */
	static List<OfficerTasks> byOfficer(List<ThingsToDo.Task> tasks, LocalDate today) {
		Map<Long, StaffMember> officers = new LinkedHashMap<>();
		Map<Long, int[]> counts = new LinkedHashMap<>();
		for (ThingsToDo.Task t : tasks) {
			long id = t.officer() == null ? -1 : t.officer().id();
			if (t.officer() != null) {
				officers.put(id, t.officer());
			}
			int[] c = counts.computeIfAbsent(id, k -> new int[2]);
			c[0]++;
			if (t.overdueOn(today)) {
				c[1]++;
			}
		}
		List<OfficerTasks> rows = new ArrayList<>();
		counts.forEach((id, c) -> rows.add(new OfficerTasks(officers.get(id), c[0], c[1])));
		rows.sort(
				java.util.Comparator.comparingInt(OfficerTasks::overdue).reversed().thenComparing(OfficerTasks::name));
		return rows;
	}

}
