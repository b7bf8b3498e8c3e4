package org.openprobation.shell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.assessment.Assessments;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.people.People;
import org.openprobation.people.PersonSummary;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.SortDirection;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Caseloads of practitioners and teams, with who may see which. */
@Service
@Transactional(readOnly = true)
public class Caseloads {

	private final People people;

	private final Sentences sentences;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Assessments assessments;

	private final org.openprobation.access.CaseGate gate;

	private final org.openprobation.contacts.Appointments appointments;

	Caseloads(People people, Sentences sentences, Organisation organisation, AuditLog audit, Assessments assessments,
			org.openprobation.access.CaseGate gate, org.openprobation.contacts.Appointments appointments) {
		this.appointments = appointments;
		this.gate = gate;
		this.assessments = assessments;
		this.people = people;
		this.sentences = sentences;
		this.organisation = organisation;
		this.audit = audit;
	}

	/** One case on a caseload list. */
	public record Entry(PersonSummary person, @Nullable SentenceKind kind, @Nullable LocalDate sentenceEnd,
			@Nullable LocalDate allocatedOn, @Nullable String tier,
			org.openprobation.assessment.domain.TierRule.@Nullable RoshLevel rosh,
			org.openprobation.contacts.Appointments.Glance contacts,
			List<org.openprobation.assessment.Registration> flags) {

		public Entry {
			flags = List.copyOf(flags);
		}

		/** "Very high", or null when no assessment is recorded. */
		public @Nullable String roshLabel() {
			if (rosh == null) {
				return null;
			}
			String words = rosh.name().replace('_', ' ').toLowerCase(Locale.ROOT);
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

		public boolean roshHigh() {
			return rosh == org.openprobation.assessment.domain.TierRule.RoshLevel.HIGH
					|| rosh == org.openprobation.assessment.domain.TierRule.RoshLevel.VERY_HIGH;
		}

		public java.time.@Nullable LocalDateTime nextAppointment() {
			return contacts.nextAppointment() == null ? null : contacts.nextAppointment().start();
		}

		public @Nullable LocalDate lastContact() {
			return contacts.lastContact();
		}

	}

	/**
	 * An officer's cases, without those the reader may not see ({@code hidden} says how
	 * many were left out).
	 */
	public record Caseload(StaffMember officer, List<Entry> entries, int hidden) {
	}

	public enum Sort {

		NAME, KIND, END, TIER, ROSH, NEXT, LAST;

		public static Sort parse(@Nullable String typed) {
			if (typed == null) {
				return NAME;
			}
			return switch (typed.strip().toLowerCase(Locale.ROOT)) {
				case "kind", "sentence" -> KIND;
				case "end", "end-date" -> END;
				case "tier" -> TIER;
				case "rosh" -> ROSH;
				case "next", "next-appointment" -> NEXT;
				case "last", "last-contact" -> LAST;
				default -> NAME;
			};
		}

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A practitioner's caseload. Practitioners see their own; managers, quality staff,
	 * inspectors and administrators see any within what they may read.
	 */
	@Transactional
	public Caseload of(CurrentUser user, StaffMember officer, Sort sort, SortDirection direction) {
		boolean own = Objects.equals(user.staffId(), officer.id());
		boolean readsProvider = user.hasAny(Role.SPO, Role.AREA_MANAGER, Role.QUALITY)
				&& Objects.equals(user.providerId(), officer.providerId());
		if (!own && !readsProvider && !user.readsEveryProvider()) {
			throw new AccessDeniedException("You can only see your own caseload.");
		}
		List<PersonSummary> all = people.caseloadOf(officer.id());
		List<PersonSummary> cases = gate.shown(user, all, PersonSummary::id).rows();
		List<Long> ids = cases.stream().map(PersonSummary::id).toList();
		Map<Long, CurrentSentence> current = sentences.current(ids);
		Map<Long, LocalDate> allocated = people.allocatedOn(ids);
		Map<Long, String> tiers = assessments.tierCodes(ids);
		Map<Long, org.openprobation.assessment.RoshOverall> rosh = assessments.latestRoshOverall(ids);
		Map<Long, org.openprobation.contacts.Appointments.Glance> glance = appointments.glance(ids);
		Map<Long, List<org.openprobation.assessment.Registration>> flags = assessments.registrations(ids);
		List<Entry> entries = new ArrayList<>();
		for (PersonSummary p : cases) {
			CurrentSentence s = current.get(p.id());
			org.openprobation.assessment.RoshOverall r = rosh.get(p.id());
			entries.add(new Entry(p, s == null ? null : s.kind(), s == null ? null : s.expectedEndDate(),
					allocated.get(p.id()), tiers.get(p.id()), r == null ? null : r.overall(),
					glance.getOrDefault(p.id(), org.openprobation.contacts.Appointments.Glance.NONE),
					flags.getOrDefault(p.id(), List.of())));
		}
		Comparator<Entry> byName = Comparator.comparing((Entry e) -> e.person().surname().toLowerCase(Locale.ROOT))
			.thenComparing(e -> e.person().forename().toLowerCase(Locale.ROOT))
			.thenComparing(e -> e.person().crn());
		Comparator<Entry> order = switch (sort) {
			case NAME -> byName;
			case KIND ->
				Comparator.comparing((Entry e) -> e.kind() == null ? "" : e.kind().label()).thenComparing(byName);
			case END -> Comparator.comparing(Entry::sentenceEnd, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(byName);
			case TIER -> Comparator.comparing(Entry::tier, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(byName);
			// the highest risk first when ascending: it is what a practitioner looks for
			case ROSH -> Comparator.comparing(Entry::rosh, Comparator.nullsFirst(Comparator.reverseOrder()))
				.thenComparing(byName);
			case NEXT -> Comparator.comparing(Entry::nextAppointment, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(byName);
			// the longest unseen first: no contact at all before the oldest
			case LAST -> Comparator.comparing(Entry::lastContact, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(byName);
		};
		if (direction == SortDirection.DESCENDING) {
			order = order.reversed();
		}
		entries.sort(order);
		audit.recordShown(user, AuditLog.VIEW_CASELOAD,
				"Caseload of " + officer.code() + " (" + entries.size() + " cases)",
				entries.stream().map(e -> e.person().crn()).toList());
		return new Caseload(officer, entries, all.size() - cases.size());
	}

	/** A practitioner's row on the team caseload: cases by sentence kind. */
	public record MemberCounts(StaffMember practitioner, Map<SentenceKind, Integer> byKind, int total) {

		public int count(SentenceKind kind) {
			return byKind.getOrDefault(kind, 0);
		}

	}

	public record TeamCaseload(Team team, List<MemberCounts> members, Map<SentenceKind, Integer> totals, int total) {

		public int count(SentenceKind kind) {
			return totals.getOrDefault(kind, 0);
		}

	}

	/**
	 * The people a team holds, by id, for team lists; the same access as the team
	 * caseload.
	 */
	public record TeamCases(Team team, Map<Long, PersonSummary> people) {
	}

	public TeamCases casesOfTeam(CurrentUser user, Team team) {
		checkTeamAccess(user, team);
		Map<Long, PersonSummary> byId = new java.util.LinkedHashMap<>();
		people.caseloadOf(team.practitioners().stream().map(StaffMember::id).toList())
			.forEach(p -> byId.put(p.id(), p));
		return new TeamCases(team, byId);
	}

	private static void checkTeamAccess(CurrentUser user, Team team) {
		boolean ownTeam = user.has(Role.SPO) && Objects.equals(user.teamId(), team.id());
		boolean readsProvider = user.hasAny(Role.AREA_MANAGER, Role.QUALITY)
				&& Objects.equals(user.providerId(), team.providerId());
		if (!ownTeam && !readsProvider && !user.readsEveryProvider()) {
			throw new AccessDeniedException(
					"Only the team's manager and area or quality managers can see a team's cases.");
		}
	}

	/**
	 * A team's caseload: its own manager, and area, quality, inspector and admin users,
	 * may see it.
	 */
	public TeamCaseload ofTeam(CurrentUser user, Team team) {
		checkTeamAccess(user, team);
		List<StaffMember> practitioners = team.practitioners();
		List<PersonSummary> cases = people.caseloadOf(practitioners.stream().map(StaffMember::id).toList());
		Map<Long, CurrentSentence> current = sentences.current(cases.stream().map(PersonSummary::id).toList());
		Map<SentenceKind, Integer> totals = new EnumMap<>(SentenceKind.class);
		List<MemberCounts> members = new ArrayList<>();
		int total = 0;
		for (StaffMember practitioner : practitioners) {
			Map<SentenceKind, Integer> byKind = new EnumMap<>(SentenceKind.class);
			int count = 0;
			for (PersonSummary p : cases) {
				if (Objects.equals(p.officerStaffId(), practitioner.id())) {
					CurrentSentence s = current.get(p.id());
					if (s != null) {
						byKind.merge(s.kind(), 1, Integer::sum);
						totals.merge(s.kind(), 1, Integer::sum);
					}
					count++;
				}
			}
			total += count;
			members.add(new MemberCounts(practitioner, byKind, count));
		}
		return new TeamCaseload(team, members, totals, total);
	}

}
