package org.openprobation.policy.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.policy.Policy;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.policy.domain.TypedValues;
import org.openprobation.policy.persistence.PolicySettingRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a provider's settings of a policy: by an area manager or an administrator,
 * every typed value checked (and the policy's own checks across fields) before anything
 * is saved, with the reason kept and audited.
 */
@Service
@Transactional
public class PolicyChanges {

	private final ProviderPolicies policies;

	private final PolicySettingRepository repository;

	private final AuditLog audit;

	PolicyChanges(ProviderPolicies policies, PolicySettingRepository repository, AuditLog audit) {
		this.policies = policies;
		this.repository = repository;
		this.audit = audit;
	}

	/** Changes the user's provider's settings of the policy, or names each problem. */
	public void change(CurrentUser user, String key, Map<String, String> typed, @Nullable String reason) {
		if (!ProviderPolicies.mayChange(user)) {
			throw new AccessDeniedException("Only an area manager or an administrator changes policy settings.");
		}
		change(user, policies.policy(key), typed, reason);
	}

	private <S> void change(CurrentUser user, Policy<S> policy, Map<String, String> typed, @Nullable String reason) {
		long provider = policies.providerOf(user);
		TypedValues read = TypedValues.read(policy.fields(), typed, reason);
		List<FieldProblem> problems = new ArrayList<>(read.problems());
		if (read.complete(policy.fields())) {
			problems.addAll(policy.problems(policy.settings(read.numbers())));
		}
		if (!problems.isEmpty() || reason == null) {
			throw new BadRequest(problems);
		}
		repository.insert(provider, policy.key(), read.numbers(), reason.strip(), user.username());
		audit.record(user, "CHANGE_POLICY", null,
				policy.title() + ": " + read.numbers() + "; reason: " + reason.strip());
	}

}
