package org.openprobation.access.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.SignedInUser;
import org.openprobation.access.persistence.UserRepository;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session, or refuses a remembered API sign-in, as soon as the account
 * behind it changes. That covers an account disabled or removed, and one given other
 * roles or another staff record, team, area or provider: a session keeps what the user
 * was at sign-in, so without this it would carry their old access until it timed out. It
 * also ends a session older than its absolute lifetime, however busy, where the idle
 * timeout alone would let an active session live for ever. The account is read afresh on
 * every request, so the change needs no restart and reaches every instance at once.
 */
final class CurrentAccountFilter extends OncePerRequestFilter {

	static final String ENDED = "openprobation.sessionEnded";

	private final UserRepository users;

	private final Clock clock;

	private final Duration absoluteLifetime;

	CurrentAccountFilter(UserRepository users, Clock clock, Duration absoluteLifetime) {
		this.users = users;
		this.clock = clock;
		this.absoluteLifetime = absoluteLifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
			HttpSession session = request.getSession(false);
			Optional<UserRepository.StoredUser> account = users.findByUsername(signedIn.user().username());
			String ended = ended(signedIn, account, session);
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
			if (ended != null) {
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				if (api) {
					response.setHeader("WWW-Authenticate", "Basic realm=\"OpenProbation\"");
					org.openprobation.shared.Problems.write(response, org.springframework.http.HttpStatus.UNAUTHORIZED,
							ended);
				}
				else {
					request.getSession(true).setAttribute(ENDED, ended);
					response.sendRedirect(request.getContextPath() + "/login?ended");
				}
				return;
			}
			if (account.orElseThrow().passwordChangeRequired() && !signedIn.viaIdentityProvider()
					&& !mayUseBeforeChangingPassword(request, api)) {
				if (api) {
					org.openprobation.shared.Problems.write(response, org.springframework.http.HttpStatus.FORBIDDEN,
							org.openprobation.shared.Problems.PASSWORD_CHANGE_REQUIRED_TYPE,
							"Change your one-time password first: PUT /api/v1/users/me/password.");
				}
				else {
					response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

	static final String CHANGE_PASSWORD_PAGE = "/account/password";

	/**
	 * With a one-time password, a user may do nothing but change it (and sign out, and
	 * load the page's assets).
	 */
	private static boolean mayUseBeforeChangingPassword(HttpServletRequest request, boolean api) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (api) {
			return path.equals("/api/v1/users/me/password");
		}
		return path.equals(CHANGE_PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/assets/")
				|| path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.equals("/error") || path.equals("/favicon.ico");
	}

	/** Why the signed-in user must sign in again, or null while nothing has changed. */
	@Nullable String ended(SignedInUser signedIn, Optional<UserRepository.StoredUser> now, @Nullable HttpSession session) {
		CurrentUser was = signedIn.user();
		if (now.isEmpty() || !now.get().enabled()) {
			return "Your account is no longer active.";
		}
		if (now.get().passwordGeneration() != signedIn.passwordGeneration()) {
			return "Your password was changed: sign in again with the new one.";
		}
		CurrentUser is = now.get().user();
		if (is.id() != was.id() || !is.roles().equals(was.roles()) || !Objects.equals(is.staffId(), was.staffId())
				|| !Objects.equals(is.teamId(), was.teamId()) || !Objects.equals(is.areaId(), was.areaId())
				|| !Objects.equals(is.providerId(), was.providerId())) {
			return "Your account was changed: sign in again to work with your new access.";
		}
		if (session != null && clock.millis() - session.getCreationTime() > absoluteLifetime.toMillis()) {
			return "Your session has reached its time limit: sign in again.";
		}
		return null;
	}

}
