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

	static final String SINGLE_SIGN_ON_REFUSED = "openprobation.singleSignOnRefused";

	private final boolean singleSignOn;

	private final boolean localPasswords;

	private final String identityProviderName;

	private final org.openprobation.access.persistence.UserRepository users;

	SignInController(org.springframework.core.env.Environment environment,
			org.openprobation.access.persistence.UserRepository users) {
		this.singleSignOn = !environment.getProperty("openprobation.oidc.issuer-uri", "").isBlank();
		this.localPasswords = environment.getProperty("openprobation.sign-in.local-passwords", Boolean.class, true);
		this.identityProviderName = environment.getProperty("openprobation.oidc.name", "your organisation's account");
		this.users = users;
	}

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
		Object refused = session.getAttribute(SINGLE_SIGN_ON_REFUSED);
		session.removeAttribute(SINGLE_SIGN_ON_REFUSED);
		model.addAttribute("refused", refused);
		model.addAttribute("singleSignOn", singleSignOn);
		model.addAttribute("localPasswords", localPasswords || !singleSignOn);
		model.addAttribute("identityProviderName", identityProviderName);
		// the demo's sign-ins are named only where they work
		model.addAttribute("demoSignIns",
				users.findByUsername("practitioner").map(u -> u.enabled() && !u.passwordChangeRequired()).orElse(false)
						&& users.exists("unpaidwork"));
		model.addAttribute("ended", ended);
		model.addAttribute("locked", locked);
		model.addAttribute("failed", error != null || locked != null);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("username", typed == null ? "" : typed);
		return "access/sign-in";
	}

}
