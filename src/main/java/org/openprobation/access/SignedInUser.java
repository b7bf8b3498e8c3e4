package org.openprobation.access;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The Spring Security principal: a {@link CurrentUser} and, until sign-in ends, its
 * password hash; or, when the organisation's identity provider signed them in, its ID
 * token (kept for signing out there too).
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, OidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	private final int passwordGeneration;

	private final @Nullable OidcIdToken idToken;

	public SignedInUser(CurrentUser user, String passwordHash, boolean enabled, int passwordGeneration) {
		this(user, passwordHash, enabled, passwordGeneration, null);
	}

	/**
	 * Signed in through the organisation's identity provider, which vouched for them with
	 * the ID token.
	 */
	public SignedInUser(CurrentUser user, String passwordHash, boolean enabled, int passwordGeneration,
			@Nullable OidcIdToken idToken) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.passwordGeneration = passwordGeneration;
		this.idToken = idToken;
	}

	/** Whether the identity provider signed them in, rather than a password kept here. */
	public boolean viaIdentityProvider() {
		return idToken != null;
	}

	@Override
	@SuppressWarnings("NullAway")
	public OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public @Nullable OidcUserInfo getUserInfo() {
		return null;
	}

	@Override
	public Map<String, Object> getClaims() {
		return idToken == null ? Map.of() : idToken.getClaims();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return getClaims();
	}

	@Override
	public String getName() {
		return user.username();
	}

	/**
	 * Which of the account's passwords signed in: a sign-in made before a change or reset
	 * ends.
	 */
	public int passwordGeneration() {
		return passwordGeneration;
	}

	public CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = user.roles()
			.stream()
			.map(r -> new SimpleGrantedAuthority(r.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = "";
	}

}
