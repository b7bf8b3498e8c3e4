package org.openprobation.inspection.web;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.inspection.Inspection;
import org.openprobation.inspection.SelfInspections;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rolling self-inspection: projected ratings, and this month's sample. */
@Controller
class SelfInspectionController {

	private final SelfInspections selfInspections;

	private final org.openprobation.inspection.Inspections inspections;

	private final Users users;

	SelfInspectionController(SelfInspections selfInspections, org.openprobation.inspection.Inspections inspections,
			Users users) {
		this.selfInspections = selfInspections;
		this.inspections = inspections;
		this.users = users;
	}

	private long provider(CurrentUser user, @Nullable Long provider) {
		Long id = provider != null ? provider : user.providerId();
		if (id == null) {
			id = inspections.providersFor(user)
				.keySet()
				.stream()
				.findFirst()
				.orElseThrow(() -> new NotFound("No provider yet"));
		}
		return id;
	}

	@GetMapping("/inspections/self-inspection")
	String dashboard(@RequestParam(required = false) @Nullable Long provider, Model model) {
		CurrentUser user = users.current();
		model.addAttribute("dashboard", selfInspections.dashboard(user, provider(user, provider)));
		return "inspection/self";
	}

	record DrawForm(@Nullable Long provider) {
	}

	@PostMapping("/inspections/self-inspection")
	String draw(DrawForm form, RedirectAttributes redirect, Model model) {
		@Nullable Long provider = form.provider();
		CurrentUser user = users.current();
		try {
			Inspection drawn = selfInspections.drawMonthly(user, provider(user, provider));
			redirect.addFlashAttribute("success", "This month's sample is drawn: " + drawn.requestedSize() + " cases.");
			return "redirect:/inspections/" + drawn.id();
		}
		catch (BadRequest bad) {
			redirect.addFlashAttribute("success", null);
			model.addAttribute("dashboard", selfInspections.dashboard(user, provider(user, provider)));
			model.addAttribute("problems", bad.problems());
			return "inspection/self";
		}
	}

}
