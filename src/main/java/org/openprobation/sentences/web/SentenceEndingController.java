package org.openprobation.sentences.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.shared.Forms;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.sentences.SentenceEnding;
import org.openprobation.sentences.SentenceStatus;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.sentences.application.SentenceEndings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ending a sentence with its outcome; the provider's completion rates. */
@Controller
class SentenceEndingController {

	private final SentenceEndings endings;

	private final Users users;

	SentenceEndingController(SentenceEndings endings, Users users) {
		this.endings = endings;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/sentences/{id}/end")
	String form(@PathVariable String crn, @PathVariable String id, Model model) {
		return page(model, endings.endingForm(users.current(), crn(crn), id(id)), Map.of(), List.of());
	}

	record EndForm(@NotBlank(message = "Select how the sentence ended") @Nullable String outcome,
			@DateInput.Real(label = "date it ended") @Nullable DateInput on,
			@Size(max = 2000, message = "The reason must be 2000 characters or fewer") @Nullable String reason) {
	}

	@PostMapping("/cases/{crn}/sentences/{id}/end")
	String end(@PathVariable String crn, @PathVariable String id, @Valid EndForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		SentenceEndings.Ending ending = endings.ending(users.current(), crn(crn), id(id));
		Map<String, String> typed = Forms.typed(form);
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			var ended = endings.end(users.current(), crn(crn), id(id),
					Forms.choice(form.outcome(), SentenceStatus.class), DateInput.date(form.on()),
					Forms.text(form.reason()));
			redirect.addFlashAttribute("success", ended.kind().label() + " ended: "
					+ ended.status().label().toLowerCase(java.util.Locale.ROOT) + ".");
			return "redirect:/cases/" + ending.person().crn() + "/sentence";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, ending, typed, bad.problems());
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(model, ending, typed, List.of(new FieldProblem("outcome", conflict.getMessage())));
		}
	}

	private String page(Model model, SentenceEndings.Ending ending, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("ending", ending);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (SentenceStatus status : List.of(SentenceStatus.COMPLETED, SentenceStatus.TERMINATED_EARLY,
				SentenceStatus.REVOKED, SentenceStatus.RECALLED)) {
			outcomes.put(status.name(), status.label());
		}
		model.addAttribute("outcomes", outcomes);
		return "sentences/sentence-end";
	}

	@GetMapping("/performance/completions")
	String completions(Model model) {
		model.addAttribute("completions", endings.completions(users.current()));
		model.addAttribute("communityTarget", SentenceEnding.CompletionRates.COMMUNITY_TARGET);
		model.addAttribute("licenceTarget", SentenceEnding.CompletionRates.LICENCE_TARGET);
		return "sentences/completions";
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("That sentence is not on this person's record.");
		}
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
