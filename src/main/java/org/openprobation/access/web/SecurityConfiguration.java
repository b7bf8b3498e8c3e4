package org.openprobation.access.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.SignedInUser;
import org.openprobation.access.persistence.UserRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every page and API call needs a signed-in user. Pages sign in with a form and keep the
 * session in PostgreSQL (so instances can share it) with CSRF protection; the API uses
 * HTTP Basic with a platform user's credentials, holds no session and answers
 * problem+json. Roles are also checked in each use case, on the server.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * Accounts that sign in with a password kept here; with local passwords switched off
	 * (single sign-on only), none but the integration accounts named in
	 * {@code openprobation.sign-in.password-accounts}.
	 */
	@Bean
	UserDetailsService userDetailsService(UserRepository users,
			@org.springframework.beans.factory.annotation.Value("${openprobation.sign-in.local-passwords:true}") boolean localPasswords,
			@org.springframework.beans.factory.annotation.Value("${openprobation.sign-in.password-accounts:}") java.util.Set<String> passwordAccounts) {
		return username -> {
			if (!localPasswords && !passwordAccounts.contains(username.strip().toLowerCase(java.util.Locale.ROOT))) {
				throw new UsernameNotFoundException("Passwords are switched off: sign in through the organisation");
			}
			return users.findByUsername(username)
				.map(stored -> new SignedInUser(stored.user(), stored.passwordHash(), stored.enabled(),
						stored.passwordGeneration()))
				.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		};
	}

	@Bean
	ThrottledAuthentication throttledAuthentication(UserDetailsService users,
			org.springframework.security.crypto.password.PasswordEncoder passwords,
			org.openprobation.access.persistence.RequestGuardRepository guard, java.time.Clock clock,
			@org.springframework.beans.factory.annotation.Value("${openprobation.sign-in.attempts:5}") int attempts,
			@org.springframework.beans.factory.annotation.Value("${openprobation.sign-in.attempts-per-address:100}") int attemptsPerAddress,
			@org.springframework.beans.factory.annotation.Value("${openprobation.sign-in.lock:PT15M}") java.time.Duration lock) {
		org.springframework.security.authentication.dao.DaoAuthenticationProvider provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(
				users);
		provider.setPasswordEncoder(passwords);
		return new ThrottledAuthentication(provider, guard, clock, attempts, attemptsPerAddress, lock);
	}

	@Bean
	CurrentAccountFilter currentAccountFilter(org.openprobation.access.persistence.UserRepository users,
			java.time.Clock clock,
			@org.springframework.beans.factory.annotation.Value("${openprobation.session.absolute-lifetime:PT12H}") java.time.Duration absoluteLifetime) {
		return new CurrentAccountFilter(users, clock, absoluteLifetime);
	}

	/**
	 * The filter belongs to the security chains only, not to the servlet container too.
	 */
	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<CurrentAccountFilter> currentAccountFilterOutsideChains(
			CurrentAccountFilter filter) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ThrottledAuthentication throttled, java.time.Clock clock,
			CurrentAccountFilter currentAccount) throws Exception {
		http.addFilterBefore(currentAccount,
				org.springframework.security.web.access.intercept.AuthorizationFilter.class);
		http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
			.authenticationManager(new CachingBasicAuthentication(
					new org.springframework.security.authentication.ProviderManager(throttled), clock))
			.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("OpenProbation")
				.authenticationEntryPoint(SecurityConfiguration::unauthorised))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// The API holds no cookie-based session, so there is nothing for CSRF to
			// protect.
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(SecurityConfiguration::unauthorised)
				.accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
						"You do not have permission to do that.")))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ThrottledAuthentication throttled,
			CurrentAccountFilter currentAccount,
			org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> identityProvider,
			org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.userinfo.OAuth2UserService<org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest, org.springframework.security.oauth2.core.oidc.user.OidcUser>> accounts)
			throws Exception {
		org.springframework.security.oauth2.client.registration.ClientRegistrationRepository registrations = identityProvider
			.getIfAvailable();
		if (registrations != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.clientRegistrationRepository(registrations)
				.authorizedClientRepository(
						new org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository())
				.userInfoEndpoint(info -> info.oidcUserService(accounts.getObject()))
				.defaultSuccessUrl("/", false)
				.failureHandler((request, response, exception) -> {
					request.getSession()
						.setAttribute(SignInController.SINGLE_SIGN_ON_REFUSED,
								exception.getMessage() == null || exception.getMessage().isBlank()
										? "Your organisation's sign-in did not complete: try again"
										: exception.getMessage());
					response.sendRedirect(request.getContextPath() + "/login?refused");
				}));
		}
		http.addFilterBefore(currentAccount,
				org.springframework.security.web.access.intercept.AuthorizationFilter.class);
		java.util.List<org.springframework.security.authentication.AuthenticationProvider> providers = new java.util.ArrayList<>();
		providers.add(throttled);
		if (registrations != null) {
			// signing in through the identity provider: the code it returns is exchanged
			// for
			// tokens, whose ID token names the account
			providers
				.add(new org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider(
						new org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient(),
						accounts.getObject()));
		}
		http.authenticationManager(new org.springframework.security.authentication.ProviderManager(providers))
			.authorizeHttpRequests(authorize -> authorize
				.requestMatchers("/login", "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**", "/audit", "/audit/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(rememberTypedUsername()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut(registrations)))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(csrfTokens()))
			// HTTP Basic here serves metrics scrapers (/actuator/prometheus) only.
			.httpBasic(basic -> basic.realmName("OpenProbation"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Back to the sign-in page; someone the identity provider signed in is signed out
	 * there too, and comes back to the same page.
	 */
	private static org.springframework.security.web.authentication.logout.LogoutSuccessHandler signedOut(
			org.springframework.security.oauth2.client.registration.@org.jspecify.annotations.Nullable ClientRegistrationRepository registrations) {
		var local = new org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler();
		local.setDefaultTargetUrl("/login?signedOut");
		if (registrations == null) {
			return local;
		}
		var there = new org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler(
				registrations);
		there.setPostLogoutRedirectUri("{baseUrl}/login?signedOut");
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
					&& user.viaIdentityProvider()) {
				there.onLogoutSuccess(request, response, authentication);
			}
			else {
				local.onLogoutSuccess(request, response, authentication);
			}
		};
	}

	/**
	 * Spring Security's default (a CSRF token masked afresh for each page, against
	 * BREACH), with its random bytes drawn without a JVM-wide lock.
	 */
	private static org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler csrfTokens() {
		var handler = new org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(PerThreadRandom.INSTANCE);
		return handler;
	}

	/**
	 * After a failed sign-in the page shows the error and keeps the username that was
	 * typed.
	 */
	private static AuthenticationFailureHandler rememberTypedUsername() {
		return (request, response, exception) -> {
			String typed = request.getParameter("username");
			request.getSession().setAttribute(SignInController.TYPED_USERNAME, typed == null ? "" : typed);
			if (exception instanceof org.springframework.security.authentication.LockedException) {
				request.getSession().setAttribute(SignInController.LOCKED, exception.getMessage());
				response.sendRedirect(request.getContextPath() + "/login?locked");
				return;
			}
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	private static void unauthorised(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException exception) throws IOException {
		java.util.Optional<org.openprobation.shared.DatabaseDown.Reason> down = org.openprobation.shared.DatabaseDown
			.reason(exception);
		if (down.isPresent()) {
			response.setHeader("Retry-After",
					String.valueOf(org.openprobation.shared.DatabaseDown.RETRY_AFTER_SECONDS));
			problem(response, HttpStatus.SERVICE_UNAVAILABLE, down.get().problem());
			return;
		}
		if (exception instanceof org.springframework.security.authentication.LockedException locked) {
			response.setHeader("Retry-After", "900");
			problem(response, HttpStatus.TOO_MANY_REQUESTS, locked.getMessage() + ".");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"OpenProbation\"");
		problem(response, HttpStatus.UNAUTHORIZED,
				"Sign in with your OpenProbation username and password (HTTP Basic).");
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		org.openprobation.shared.Problems.write(response, status, detail);
	}

}
