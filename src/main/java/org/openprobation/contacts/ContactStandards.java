package org.openprobation.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.contacts.domain.ContactStandard;
import org.openprobation.contacts.persistence.StandardSettingRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact standard as provider configuration: the policy defaults until an area
 * manager or administrator changes them, with the reason; every change is kept and
 * audited.
 */
@Service
@Transactional
public class ContactStandards {

	/** The settings' fields in the order forms show them, with their labels. */
	public static final Map<String, String> FIELDS = fields();

	private final StandardSettingRepository repository;

	private final Organisation organisation;

	private final AuditLog audit;

	ContactStandards(StandardSettingRepository repository, Organisation organisation, AuditLog audit) {
		this.repository = repository;
		this.organisation = organisation;
		this.audit = audit;
	}

	private static Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("inductionWorkingDays", "Induction within (working days of sentence)");
		fields.put("intensiveWeeks", "Tiers A and B: weekly contact for the first (weeks)");
		fields.put("intensiveIntervalDays", "Tiers A and B: interval in that period (days)");
		fields.put("tierAbIntervalDays", "Tiers A and B: interval after it (days)");
		fields.put("tierCIntervalDays", "Tier C (and untiered): interval (days)");
		fields.put("tierDIntervalDays", "Tier D: interval (days)");
		fields.put("maximumGapDays", "Nobody goes longer without a contact than (days)");
		fields.put("lostDays", "Escalated as lost after (days without a contact)");
		return fields;
	}

	public record Change(Map<String, Integer> values, String reason, String changedBy, java.time.Instant changedAt) {
	}

	public record View(long providerId, String providerName, Map<String, Integer> values, boolean defaults,
			List<Change> history, boolean mayChange) {
	}

	@Transactional(readOnly = true)
	public View view(CurrentUser user) {
		if (!user.hasAny(Role.ADMIN, Role.AREA_MANAGER, Role.QUALITY, Role.INSPECTOR, Role.SPO)) {
			throw new AccessDeniedException("The contact standard settings are for managers.");
		}
		long provider = providerOf(user);
		ContactStandard.Settings current = repository.current().get(provider);
		return new View(provider, organisation.providerName(provider).orElse(""),
				values(current == null ? ContactStandard.Settings.defaults() : current), current == null,
				repository.history(provider)
					.stream()
					.map(c -> new Change(values(c.settings()), c.reason(), c.changedBy(), c.changedAt()))
					.toList(),
				user.hasAny(Role.ADMIN, Role.AREA_MANAGER));
	}

	/**
	 * Changes the provider's standard; typed values are checked before anything is saved.
	 */
	public void change(CurrentUser user, Map<String, String> typed, @Nullable String reason) {
		if (!user.hasAny(Role.ADMIN, Role.AREA_MANAGER)) {
			throw new AccessDeniedException("Only an area manager or an administrator changes the contact standard.");
		}
		long provider = providerOf(user);
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Integer> numbers = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : FIELDS.entrySet()) {
			String value = typed.getOrDefault(field.getKey(), "").strip();
			if (!value.matches("\\d{1,3}")) {
				problems.add(new FieldProblem(field.getKey(), "Enter a whole number of " + unit(field.getKey())));
			}
			else {
				numbers.put(field.getKey(), Integer.valueOf(value));
			}
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "Enter the reason for the change (it is kept with the change)"));
		}
		else if (reason.length() > 1000) {
			problems.add(new FieldProblem("reason", "Must be 1,000 characters or fewer"));
		}
		ContactStandard.Settings settings = null;
		if (numbers.size() == FIELDS.size()) {
			settings = new ContactStandard.Settings(numbers.get("inductionWorkingDays"), numbers.get("intensiveWeeks"),
					numbers.get("intensiveIntervalDays"), numbers.get("tierAbIntervalDays"),
					numbers.get("tierCIntervalDays"), numbers.get("tierDIntervalDays"), numbers.get("maximumGapDays"),
					numbers.get("lostDays"));
			problems.addAll(settings.problems());
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.insert(provider, settings, reason.strip(), user.username());
		audit.record(user, "CHANGE_CONTACT_STANDARD", null, numbers + "; reason: " + reason.strip());
	}

	private static String unit(String field) {
		return field.endsWith("WorkingDays") ? "working days" : field.endsWith("Weeks") ? "weeks" : "days";
	}

	private long providerOf(CurrentUser user) {
		if (user.providerId() != null) {
			return user.providerId();
		}
		return organisation.firstProviderId().orElseThrow(() -> new NotFound("No provider is set up yet."));
	}

	private static Map<String, Integer> values(ContactStandard.Settings s) {
		Map<String, Integer> values = new LinkedHashMap<>();
		values.put("inductionWorkingDays", s.inductionWorkingDays());
		values.put("intensiveWeeks", s.intensiveWeeks());
		values.put("intensiveIntervalDays", s.intensiveIntervalDays());
		values.put("tierAbIntervalDays", s.tierAbIntervalDays());
		values.put("tierCIntervalDays", s.tierCIntervalDays());
		values.put("tierDIntervalDays", s.tierDIntervalDays());
		values.put("maximumGapDays", s.maximumGapDays());
		values.put("lostDays", s.lostDays());
		return values;
	}

}
