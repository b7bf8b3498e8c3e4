package org.openprobation.access;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal: a {@link CurrentUser} and, until sign-in ends, its
 * password hash.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	private final int passwordGeneration;

	public SignedInUser(CurrentUser user, String passwordHash, boolean enabled, int passwordGeneration) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.passwordGeneration = passwordGeneration;
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
