package org.openprobation.contacts.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.assessment.Assessments;
import org.openprobation.contacts.domain.ContactStandard;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.People;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openprobation.contacts.Appointments.OverdueCase;
import org.openprobation.contacts.Appointments.OverdueList;
import org.openprobation.contacts.domain.ContactStandard;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.contacts.persistence.StandardSettingRepository;

/**
 * The cases overdue a contact under the provider's contact standard, most serious first,
 * for managers (a senior probation officer sees their team's).
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class OverdueCases {

	private final People people;

	private final Sentences sentences;

	private final Assessments assessments;

	private final Organisation organisation;

	private final ContactRepository repository;

	private final StandardSettingRepository standardSettings;

	private final AuditLog audit;

	private final Clock clock;

	OverdueCases(People people, Sentences sentences, Assessments assessments, Organisation organisation,
			ContactRepository repository, StandardSettingRepository standardSettings, AuditLog audit, Clock clock) {
		this.people = people;
		this.sentences = sentences;
		this.assessments = assessments;
		this.organisation = organisation;
		this.repository = repository;
		this.standardSettings = standardSettings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every case of the user's provider (a senior probation officer: their team) that is
	 * outside its contact standard, lost cases first.
	 */
	public OverdueList overdue(CurrentUser user, ContactStandard.@Nullable Status filter, int limit) {
		if (!user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN, Role.INSPECTOR)) {
			throw new AccessDeniedException("Only managers see the overdue list.");
		}
		LocalDate today = LocalDate.now(clock);
		List<Long> ids = people.allIds(user.providerScope());
		Map<Long, CurrentSentence> current = sentences.current(ids);
		Map<Long, String> tiers = assessments.tierCodes(ids);
		Map<Long, LocalDate> last = repository.lastCountingContactOfAll(LocalDateTime.now(clock));
		Map<Long, ContactStandard.Settings> configured = standardSettings.current();
		Map<Long, Long> providers = user.providerScope() == null ? people.providersOf(ids) : Map.of();
		Map<ContactStandard.Status, Integer> counts = new java.util.EnumMap<>(ContactStandard.Status.class);
		record Found(long personId, ContactStandard.Standing standing) {
		}
		List<Found> found = new ArrayList<>();
		int supervised = 0;
		for (Long id : ids) {
			CurrentSentence sentence = current.get(id);
			if (sentence == null || sentence.kind() == SentenceKind.PRE_RELEASE) {
				continue;
			}
			supervised++;
			boolean licence = sentence.kind() == SentenceKind.LICENCE
					|| sentence.kind() == SentenceKind.POST_SENTENCE_SUPERVISION;
			Long provider = user.providerScope() != null ? user.providerScope() : providers.get(id);
			ContactStandard.Standing standing = ContactStandard.standing(
					configured.getOrDefault(provider, ContactStandard.Settings.defaults()), tiers.get(id),
					sentence.startDate(), licence, last.get(id), today);
			if (standing.overdue()) {
				found.add(new Found(id, standing));
			}
		}
		Map<Long, org.openprobation.people.PersonSummary> persons = people
			.byIds(found.stream().map(Found::personId).toList());
		Long team = user.has(Role.SPO) && !user.hasAny(Role.AREA_MANAGER, Role.QUALITY, Role.ADMIN) ? user.teamId()
				: null;
		Map<Long, StaffMember> officers = organisation.staffByIds(persons.values()
			.stream()
			.map(org.openprobation.people.PersonSummary::officerStaffId)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		List<OverdueCase> cases = new ArrayList<>();
		for (Found f : found) {
			org.openprobation.people.PersonSummary person = persons.get(f.personId());
			if (person == null) {
				continue;
			}
			StaffMember officer = person.officerStaffId() == null ? null : officers.get(person.officerStaffId());
			if (team != null && (officer == null || !team.equals(officer.teamId()))) {
				continue;
			}
			counts.merge(f.standing().status(), 1, Integer::sum);
			if (filter == null || f.standing().status() == filter) {
				cases.add(new OverdueCase(person, officer, f.standing().nextDue(), f.standing().status(),
						f.standing().daysSinceContact(), f.standing().inductionDue()));
			}
		}
		cases.sort(java.util.Comparator.comparing((OverdueCase c) -> -c.status().ordinal())
			.thenComparing(c -> -c.daysSinceContact())
			.thenComparing(c -> c.person().crn()));
		audit.record(user, "VIEW_OVERDUE_LIST", null, (filter == null ? "all" : filter.name()) + ": " + cases.size());
		return new OverdueList(supervised, counts, cases.size() > limit ? cases.subList(0, limit) : cases, filter);
	}

}
