package org.openprobation.access.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.SignedInUser;
import org.openprobation.access.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on through the organisation's OpenID Connect identity provider, when
 * {@code OPENPROBATION_OIDC_ISSUER_URI} is set: a person signs in there and is matched,
 * by a claim of the ID token, to their OpenProbation account, whose roles and place stay
 * managed here. Someone without an account, or with a disabled one, is refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${openprobation.oidc.issuer-uri:}' != ''")
class SingleSignOn {

	static final String REGISTRATION_ID = "oidc";

	static final String SIGN_IN_REFUSED = "SIGN_IN_REFUSED";

	@Bean
	ClientRegistrationRepository clientRegistrations(Environment environment) {
		return new DiscoveredRegistration(environment.getRequiredProperty("openprobation.oidc.issuer-uri"),
				environment.getRequiredProperty("openprobation.oidc.client-id"),
				environment.getProperty("openprobation.oidc.client-secret", ""));
	}

	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> oidcAccounts(UserRepository users, AuditLog audit,
			Environment environment) {
		return new AccountMatching(users, audit,
				environment.getProperty("openprobation.oidc.username-claim", "preferred_username"));
	}

	/**
	 * The provider's endpoints come from its discovery document, read when the first
	 * person signs in (and again after a failure), so the platform starts even while the
	 * identity provider is unreachable.
	 */
	static final class DiscoveredRegistration implements ClientRegistrationRepository {

		private static final Logger log = LoggerFactory.getLogger(DiscoveredRegistration.class);

		private final String issuer;

		private final String clientId;

		private final String clientSecret;

		private final AtomicReference<@Nullable ClientRegistration> discovered = new AtomicReference<>();

		DiscoveredRegistration(String issuer, String clientId, String clientSecret) {
			this.issuer = issuer;
			this.clientId = clientId;
			this.clientSecret = clientSecret;
		}

		@Override
		public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
			if (!REGISTRATION_ID.equals(registrationId)) {
				return null;
			}
			ClientRegistration registration = discovered.get();
			if (registration == null) {
				try {
					registration = ClientRegistrations.fromIssuerLocation(issuer)
						.registrationId(REGISTRATION_ID)
						.clientId(clientId)
						.clientSecret(clientSecret)
						.scope("openid", "profile", "email")
						.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
						.build();
				}
				catch (RuntimeException ex) {
					log.warn("The identity provider at {} could not be reached for its settings: {}", issuer,
							ex.getMessage());
					throw new OAuth2AuthenticationException(new OAuth2Error("identity_provider_unavailable"),
							"Your organisation's sign-in service cannot be reached: try again shortly", ex);
				}
				discovered.set(registration);
			}
			return registration;
		}

	}

	/** Matches the person the identity provider vouched for to their account here. */
	static final class AccountMatching implements OAuth2UserService<OidcUserRequest, OidcUser> {

		private final OidcUserService provider = new OidcUserService();

		private final UserRepository users;

		private final AuditLog audit;

		private final String claim;

		AccountMatching(UserRepository users, AuditLog audit, String claim) {
			this.users = users;
			this.audit = audit;
			this.claim = claim;
		}

		@Override
		public OidcUser loadUser(OidcUserRequest request) {
			OidcUser vouched = provider.loadUser(request);
			Object value = vouched.getClaims().get(claim);
			String named = value == null ? "" : value.toString().strip().toLowerCase(Locale.ROOT);
			java.util.Optional<String> username = named.isEmpty() ? java.util.Optional.empty()
					: "email".equals(claim) ? users.usernameByEmail(named) : java.util.Optional.of(named);
			java.util.Optional<UserRepository.StoredUser> account = username.flatMap(users::findByUsername);
			if (account.isEmpty() || !account.get().enabled()) {
				// the subject only: never a name in the trail for someone with no account
				audit.recordBySystem(SIGN_IN_REFUSED, "Single sign-on refused for identity provider subject "
						+ vouched.getSubject() + (account.isEmpty() ? ": no account" : ": account disabled"));
				throw new OAuth2AuthenticationException(new OAuth2Error("no_active_account"),
						account.isEmpty() ? "You have no OpenProbation account: ask your administrator for one"
								: "Your OpenProbation account is disabled: ask your administrator",
						null);
			}
			UserRepository.StoredUser stored = account.get();
			return new SignedInUser(stored.user(), "", true, stored.passwordGeneration(), vouched.getIdToken());
		}

	}

}
