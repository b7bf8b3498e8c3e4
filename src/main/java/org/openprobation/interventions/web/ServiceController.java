package org.openprobation.interventions.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.interventions.Need;
import org.openprobation.interventions.Service;
import org.openprobation.interventions.application.ServiceMaintenance;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Forms;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing and retiring the services of the directory. */
@Controller
class ServiceController {

	private final ServiceMaintenance maintenance;

	private final Users users;

	ServiceController(ServiceMaintenance maintenance, Users users) {
		this.maintenance = maintenance;
		this.users = users;
	}

	record Form(@Nullable String providerCode, @Nullable String name, @Nullable String need, @Nullable String deliverer,
			@Nullable String accredited, @Nullable String sessions, @Nullable String highestRosh,
			@Nullable String gender, @Nullable String pricePounds, @Nullable String places,
			@Nullable String waitingWeeks, @Nullable List<String> boroughIds, @Nullable String version) {
	}

	@GetMapping("/interventions/new")
	String newService(Model model) {
		maintenance.checkMayMaintainAny(users.current());
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("highestRosh", "HIGH");
		typed.put("gender", "ANY");
		typed.put("boroughIds", List.of());
		return form(model, null, typed, List.of());
	}

	@PostMapping("/interventions")
	String add(Form form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CurrentUser user = users.current();
		maintenance.checkMayMaintainAny(user);
		List<FieldProblem> problems = new ArrayList<>();
		ServiceMaintenance.ServiceForm typed = read(form, problems);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(merged(problems, maintenance.problemsOf(user, null, typed)));
			}
			long id = maintenance.add(user, typed);
			redirect.addFlashAttribute("success", "Service added to the directory.");
			return "redirect:/interventions/" + id;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, null, typed(form), merged(problems, bad.problems()));
		}
	}

	@GetMapping("/interventions/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		Service service = maintenance.forChange(users.current(), id(id));
		return form(model, service, typed(service, maintenance.version(service.id())), List.of());
	}

	@PostMapping("/interventions/{id}/edit")
	String change(@PathVariable String id, Form form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = users.current();
		Service service = maintenance.forChange(user, id(id));
		List<FieldProblem> problems = new ArrayList<>();
		ServiceMaintenance.ServiceForm typed = read(form, problems);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(merged(problems, maintenance.problemsOf(user, service.id(), typed)));
			}
			maintenance.change(user, service.id(), typed);
			redirect.addFlashAttribute("success", "Service saved.");
			return "redirect:/interventions/" + service.id();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, service, typed(form), merged(problems, bad.problems()));
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(model, service, typed(service, maintenance.version(service.id())),
					List.of(new FieldProblem("name", conflict.getMessage())));
		}
	}

	@PostMapping("/interventions/{id}/retire")
	String retire(@PathVariable String id, RedirectAttributes redirect) {
		maintenance.checkMayMaintainAny(users.current());
		long serviceId = id(id);
		maintenance.retire(users.current(), serviceId);
		redirect.addFlashAttribute("success", "Service retired: it is offered no more; its referrals stay.");
		return "redirect:/interventions/" + serviceId;
	}

	private String form(Model model, @Nullable Service service, Map<String, Object> typed,
			List<FieldProblem> problems) {
		Map<String, String> needs = new LinkedHashMap<>();
		for (Need need : Need.values()) {
			needs.put(need.name(), need.label());
		}
		model.addAttribute("service", service);
		model.addAttribute("needs", needs);
		model.addAttribute("roshLevels",
				Map.of("LOW", "Low", "MEDIUM", "Medium", "HIGH", "High", "VERY_HIGH", "Very high"));
		model.addAttribute("genders", Map.of("ANY", "Anyone", "WOMEN", "Women only", "MEN", "Men only"));
		model.addAttribute("boroughs", maintenance.boroughs(users.current()));
		model.addAttribute("askProvider", service == null && users.current().has(org.openprobation.access.Role.ADMIN));
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "interventions/service-form";
	}

	private static ServiceMaintenance.ServiceForm read(Form form, List<FieldProblem> problems) {
		List<Long> boroughs = new ArrayList<>();
		for (String typed : form.boroughIds() == null ? List.<String>of() : form.boroughIds()) {
			if (typed.matches("\\d{1,18}")) {
				boroughs.add(Long.valueOf(typed));
			}
			else {
				problems.add(new FieldProblem("boroughIds", "Select the boroughs it covers from the list"));
			}
		}
		return new ServiceMaintenance.ServiceForm(form.providerCode(), form.name(),
				Forms.choice(form.need(), Need.class), form.deliverer(), Forms.yes(form.accredited()),
				whole(form.sessions(), "sessions", problems), form.highestRosh(), form.gender(),
				pounds(form.pricePounds(), problems), whole(form.places(), "places", problems),
				whole(form.waitingWeeks(), "waitingWeeks", problems), boroughs,
				whole(form.version(), "version", problems));
	}

	private static @Nullable Integer whole(@Nullable String typed, String field, List<FieldProblem> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		if (!typed.strip().matches("-?\\d{1,6}")) {
			problems.add(new FieldProblem(field, "Enter a whole number"));
			return null;
		}
		return Integer.valueOf(typed.strip());
	}

	private static @Nullable BigDecimal pounds(@Nullable String typed, List<FieldProblem> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String cleaned = typed.strip().replace("£", "").replace(",", "");
		if (!cleaned.matches("\\d{1,7}(\\.\\d{1,2})?")) {
			problems.add(new FieldProblem("pricePounds", "Enter the price in pounds, like 450 or 450.00"));
			return null;
		}
		return new BigDecimal(cleaned);
	}

	private static List<FieldProblem> merged(List<FieldProblem> form, List<FieldProblem> domain) {
		List<FieldProblem> all = new ArrayList<>(form);
		domain.stream().filter(p -> !form.contains(p)).forEach(all::add);
		return all;
	}

	private static Map<String, Object> typed(Form form) {
		Map<String, Object> typed = new LinkedHashMap<>(Forms.typed(form));
		typed.put("boroughIds", form.boroughIds() == null ? List.of() : form.boroughIds());
		return typed;
	}

	private static Map<String, Object> typed(Service s, int version) {
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("name", s.name());
		typed.put("need", s.need().name());
		typed.put("deliverer", s.deliverer());
		typed.put("accredited", s.accredited() ? "yes" : "");
		typed.put("sessions", s.sessions() == null ? "" : String.valueOf(s.sessions()));
		typed.put("highestRosh", s.highestRosh());
		typed.put("gender", s.gender());
		typed.put("pricePounds", String.format("%d.%02d", s.pricePence() / 100, s.pricePence() % 100));
		typed.put("places", String.valueOf(s.capacity()));
		typed.put("waitingWeeks", String.valueOf(s.waitingWeeks()));
		typed.put("version", String.valueOf(version));
		typed.put("boroughIds", List.of());
		typed.put("boroughNames", s.boroughs());
		return typed;
	}

	private static long id(String typed) {
		if (!typed.matches("\\d{1,18}")) {
			throw new NotFound("There is no such service.");
		}
		return Long.parseLong(typed);
	}

}
