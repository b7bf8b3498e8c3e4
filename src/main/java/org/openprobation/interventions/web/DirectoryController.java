package org.openprobation.interventions.web;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.interventions.Directory;
import org.openprobation.interventions.Need;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The interventions directory, searchable by need and borough. */
@Controller
class DirectoryController {

	private final Directory directory;

	private final Users users;

	private final org.openprobation.interventions.Referrals referrals;

	DirectoryController(Directory directory, org.openprobation.interventions.Referrals referrals, Users users) {
		this.directory = directory;
		this.referrals = referrals;
		this.users = users;
	}

	@GetMapping("/interventions")
	String search(@RequestParam(required = false) @Nullable String need,
			@RequestParam(required = false) @Nullable String borough, Model model) {
		Need chosenNeed = null;
		try {
			chosenNeed = need == null || need.isBlank() ? null : Need.valueOf(need);
		}
		catch (IllegalArgumentException ex) {
			chosenNeed = null;
		}
		Long chosenBorough = borough != null && borough.matches("\\d{1,18}") ? Long.valueOf(borough) : null;
		var boroughs = directory.boroughs(users.current());
		if (chosenBorough != null && !boroughs.containsKey(chosenBorough)) {
			chosenBorough = null;
		}
		var services = directory.search(users.current(), chosenNeed, chosenBorough);
		model.addAttribute("services", services);
		boolean everyProvider = directory.searchesEveryProvider(users.current());
		model.addAttribute("rateCardOfEveryProvider", everyProvider);
		model.addAttribute("providers", everyProvider ? directory.providers() : null);
		model.addAttribute("ownProvider", users.current().providerId() == null ? -1L : users.current().providerId());
		model.addAttribute("mayMaintain",
				org.openprobation.interventions.application.ServiceMaintenance.mayMaintainAny(users.current()));
		model.addAttribute("figures",
				referrals.figures(services.stream().map(org.openprobation.interventions.Service::id).toList()));
		model.addAttribute("needs", Need.values());
		model.addAttribute("boroughs", boroughs);
		model.addAttribute("need", chosenNeed == null ? "" : chosenNeed.name());
		model.addAttribute("borough", chosenBorough == null ? "" : String.valueOf(chosenBorough));
		return "interventions/directory";
	}

}
