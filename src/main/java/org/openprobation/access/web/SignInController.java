package org.openprobation.access.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

	static final String TYPED_USERNAME = "openprobation.typedUsername";

	static final String LOCKED = "openprobation.signInLocked";

	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
			HttpSession session, Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		Object typed = session.getAttribute(TYPED_USERNAME);
		session.removeAttribute(TYPED_USERNAME);
		Object locked = session.getAttribute(LOCKED);
		session.removeAttribute(LOCKED);
		Object ended = session.getAttribute(CurrentAccountFilter.ENDED);
		session.removeAttribute(CurrentAccountFilter.ENDED);
		model.addAttribute("ended", ended);
		model.addAttribute("locked", locked);
		model.addAttribute("failed", error != null || locked != null);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("username", typed == null ? "" : typed);
		return "access/sign-in";
	}

}
