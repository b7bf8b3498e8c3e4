package org.openprobation.policy;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.organisation.Organisation;
import org.openprobation.policy.persistence.PolicySettingRepository;
import org.openprobation.shared.NotFound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each provider's policy settings: the defaults until an area manager or an administrator
 * changes them, with the reason; every change kept and audited. Rules read the current
 * settings of the case's provider through {@link #current}.
 */
@Service
@Transactional
public class ProviderPolicies {

	private static final Role[] MAY_READ = { Role.ADMIN, Role.AREA_MANAGER, Role.QUALITY, Role.INSPECTOR, Role.SPO };

	private static final Role[] MAY_CHANGE = { Role.ADMIN, Role.AREA_MANAGER };

	private final Map<String, Policy<?>> policies = new LinkedHashMap<>();

	private final PolicySettingRepository repository;

	private final Organisation organisation;

	ProviderPolicies(List<Policy<?>> policies, PolicySettingRepository repository, Organisation organisation) {
		policies.stream().sorted(Comparator.comparing(Policy::title)).forEach(p -> {
			if (this.policies.put(p.key(), p) != null || !p.key().matches("[a-z][a-z-]{1,60}")) {
				throw new IllegalStateException("Two policies, or a bad key: " + p.key());
			}
		});
		this.repository = repository;
		this.organisation = organisation;
	}

	/**
	 * The provider's current settings of a policy (its defaults for no provider, or until
	 * it is changed).
	 */
	@Transactional(readOnly = true)
	public <S> S current(Policy<S> policy, @Nullable Long providerId) {
		if (providerId == null) {
			return policy.defaults();
		}
		return repository.current(providerId, policy.key())
			.map(stored -> policy.settings(complete(policy, stored)))
			.orElseGet(policy::defaults);
	}

	/** The policies there are, by title, for the settings page's list. */
	public List<Policy<?>> all() {
		return List.copyOf(policies.values());
	}

	/** The list of policies, for a user who may read them. */
	public List<Policy<?>> list(CurrentUser user) {
		if (!user.hasAny(MAY_READ)) {
			throw new AccessDeniedException("Policy settings are for managers.");
		}
		return all();
	}

	public record Change(Map<String, Integer> values, String reason, String changedBy, Instant changedAt) {
	}

	/** A policy as the settings page shows it to this user. */
	public record View(Policy<?> policy, long providerId, String providerName, Map<String, Integer> values,
			Map<String, Integer> defaults, boolean changed, List<Change> history, boolean mayChange) {
	}

	@Transactional(readOnly = true)
	public View view(CurrentUser user, String key) {
		if (!user.hasAny(MAY_READ)) {
			throw new AccessDeniedException("Policy settings are for managers.");
		}
		return view(user, policy(key));
	}

	private <S> View view(CurrentUser user, Policy<S> policy) {
		long provider = providerOf(user);
		List<Change> history = repository.history(provider, policy.key())
			.stream()
			.map(h -> new Change(complete(policy, h.values()), h.reason(), h.changedBy(), h.changedAt()))
			.toList();
		return new View(policy, provider, organisation.providerName(provider).orElse(""),
				policy.values(current(policy, provider)), policy.values(policy.defaults()), !history.isEmpty(), history,
				mayChange(user));
	}

	/** Whether the user may change their provider's policy settings. */
	public static boolean mayChange(CurrentUser user) {
		return user.hasAny(MAY_CHANGE);
	}

	/** The policy with the key, or not found. */
	public Policy<?> policy(String key) {
		Policy<?> policy = policies.get(key);
		if (policy == null) {
			throw new NotFound("There is no such policy.");
		}
		return policy;
	}

	/** Stored values with the defaults of any field added since they were saved. */
	private static <S> Map<String, Integer> complete(Policy<S> policy, Map<String, Integer> stored) {
		Map<String, Integer> values = new LinkedHashMap<>(policy.values(policy.defaults()));
		stored.forEach((name, value) -> {
			if (values.containsKey(name)) {
				values.put(name, value);
			}
		});
		return values;
	}

	/**
	 * The provider whose settings the user reads and changes (the first, for a national
	 * user).
	 */
	public long providerOf(CurrentUser user) {
		if (user.providerId() != null) {
			return user.providerId();
		}
		return organisation.firstProviderId().orElseThrow(() -> new NotFound("No provider is set up yet."));
	}

}
