package org.openprobation.access.web;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.access.persistence.UserRepository;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * With local passwords switched off, people sign in only through the identity provider; a
 * password still works for the integration accounts named for it.
 */
class LocalPasswordsTest {

	private final UserRepository users = mock(UserRepository.class);

	private static Optional<UserRepository.StoredUser> account(String username) {
		return Optional.of(new UserRepository.StoredUser(
				new CurrentUser(1, username, username, Set.of(Role.QUALITY), null, null, null, 1L), "hash", true, false,
				0));
	}

	@Test
	void withLocalPasswordsOffOnlyTheNamedIntegrationAccountsUseAPassword() {
		when(users.findByUsername("pat")).thenReturn(account("pat"));
		when(users.findByUsername("integration")).thenReturn(account("integration"));
		UserDetailsService off = new SecurityConfiguration().userDetailsService(users, false, Set.of("integration"));
		assertThatThrownBy(() -> off.loadUserByUsername("pat")).isInstanceOf(UsernameNotFoundException.class);
		assertThat(off.loadUserByUsername("integration").getUsername()).isEqualTo("integration");

		UserDetailsService on = new SecurityConfiguration().userDetailsService(users, true, Set.of());
		assertThat(on.loadUserByUsername("pat").getUsername()).isEqualTo("pat");
	}

}
