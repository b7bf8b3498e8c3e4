package testidp;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider (Spring Authorization Server) for the single sign-on
 * tests, started in the test on a random port of 127.0.0.1: the organisation's identity
 * provider, with its own people and passwords. It lives outside the application's
 * packages, so the application never scans it, and reads no application.yml.
 */
@SpringBootConfiguration
@ImportAutoConfiguration(classes = {
		org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
		org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
		org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
		org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
		org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
		org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
		org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
		org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration.class,
		org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration.class })
public class TestIdentityProvider {

	public static final String CLIENT_ID = "openprobation";

	public static final String CLIENT_SECRET = "test-client-secret";

	/** Everyone the identity provider knows signs in there with this password. */
	public static final String PASSWORD = "identity provider password";

	/** Where OpenProbation answers, once it has started: its redirect URIs follow. */
	private static volatile @Nullable String client;

	@Bean
	UserDetailsService people() {
		return new InMemoryUserDetailsManager(person("pat.sso"), person("sam.disabled"), person("no.account"));
	}

	private static org.springframework.security.core.userdetails.UserDetails person(String username) {
		return User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
	}

	/** OpenProbation, registered with the URIs of wherever it started. */
	@Bean
	RegisteredClientRepository clients() {
		RegisteredClient template = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(CLIENT_ID)
			.clientSecret("{noop}" + CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://placeholder/login/oauth2/code/oidc")
			.scope("openid")
			.build();
		return new RegisteredClientRepository() {

			@Override
			public void save(RegisteredClient registeredClient) {
				// the secret's encoding is upgraded after each check; the template keeps
				// it
			}

			@Override
			public @Nullable RegisteredClient findById(String id) {
				return template.getId().equals(id) ? current() : null;
			}

			@Override
			public @Nullable RegisteredClient findByClientId(String clientId) {
				return CLIENT_ID.equals(clientId) ? current() : null;
			}

			private RegisteredClient current() {
				return RegisteredClient.from(template).redirectUris(uris -> {
					uris.clear();
					uris.add(client + "/login/oauth2/code/oidc");
				})
					.postLogoutRedirectUri(client + "/login?signedOut")
					.scopes(scopes -> scopes.addAll(java.util.List.of("openid", "profile", "email")))
					.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
					.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
					.build();
			}

		};
	}

	/**
	 * The ID token names the person as an organisation's would: their email and preferred
	 * username besides the subject.
	 */
	@Bean
	org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer<org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext> emailInTheIdToken() {
		return context -> {
			if ("id_token".equals(context.getTokenType().getValue())) {
				String username = context.getPrincipal().getName();
				context.getClaims().claim("email", username + "@example.org").claim("preferred_username", username);
			}
		};
	}

	/** Starts the provider; answers its issuer, like http://127.0.0.1:41234. */
	public static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TestIdentityProvider.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--spring.config.name=test-identity-provider",
				"--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
				"--logging.level.org.springframework.security=INFO");
	}

	public static String issuer(ConfigurableApplicationContext provider) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) provider).getWebServer().getPort();
	}

	/** Tells the provider where OpenProbation answers, for its redirects. */
	public static void client(String baseUrl) {
		client = baseUrl;
	}

}
