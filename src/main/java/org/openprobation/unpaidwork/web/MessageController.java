package org.openprobation.unpaidwork.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.shared.Forms;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.TimeInput;
import org.openprobation.unpaidwork.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unpaid work team's message log: unanswered first, with how long each has waited.
 */
@Controller
class MessageController {

	private final Messages messages;

	private final Users users;

	private final java.time.Clock clock;

	MessageController(Messages messages, Users users, java.time.Clock clock) {
		this.clock = clock;
		this.messages = messages;
		this.users = users;
	}

	@GetMapping("/unpaid-work/messages")
	String log(@RequestParam(defaultValue = "unanswered") String show, Model model) {
		return page(model, !"all".equals(show), Map.of(), List.of(), null);
	}

	record MessageForm(@Nullable String crn, @Nullable String channel, @Nullable String fromWho, @Nullable String body,
			@TimeInput.Real(label = "the time it came in", optional = true) @Nullable String time) {
	}

	@PostMapping("/unpaid-work/messages")
	String add(@Valid MessageForm form, BindingResult binding, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = Forms.problems(binding);
		LocalTime time = TimeInput.parse(form.time());
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			LocalDateTime received = time == null ? null : LocalDate.now(clock).atTime(time);
			messages.log(users.current(), new Messages.NewMessage(typed.get("crn"), typed.get("channel"),
					typed.get("fromWho"), typed.get("body"), received));
			redirect.addFlashAttribute("success", "Message logged. It shows as waiting until it is answered.");
			return "redirect:/unpaid-work/messages";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems()
				.stream()
				.map(p -> "receivedAt".equals(p.field()) ? new FieldProblem("time", p.message()) : p)
				.filter(p -> !all.contains(p))
				.forEach(all::add);
			return page(model, true, typed, all, null);
		}
	}

	record AnswerForm(@Nullable String response) {
	}

	@PostMapping("/unpaid-work/messages/{id}/answer")
	String answer(@PathVariable long id, AnswerForm form, HttpServletResponse http, Model model,
			RedirectAttributes redirect) {
		String response = form.response() == null ? "" : form.response();
		try {
			messages.respond(users.current(), id, response);
			redirect.addFlashAttribute("success", "Answer recorded.");
			return "redirect:/unpaid-work/messages";
		}
		catch (BadRequest | Conflict problem) {
			http.setStatus(problem instanceof BadRequest ? 400 : 409);
			return page(model, true, Map.of(), List.of(new FieldProblem("response-" + id, problem.getMessage())), id);
		}
	}

	private String page(Model model, boolean unanswered, Map<String, String> typed, List<FieldProblem> problems,
			Long answering) {
		model.addAttribute("log", messages.log(users.current(), unanswered));
		model.addAttribute("unanswered", unanswered);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("answering", answering);
		Map<String, String> channels = new LinkedHashMap<>();
		channels.put("CALL", "Phone call");
		channels.put("TEXT", "Text message");
		channels.put("EMAIL", "Email");
		channels.put("SITE_PROBLEM", "Site problem");
		model.addAttribute("channels", channels);
		return "unpaidwork/messages";
	}

}
