package org.openprobation.people.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.OrganisationUnit;
import org.openprobation.people.HiddenCases;
import org.openprobation.people.LikelyDuplicates;
import org.openprobation.people.NewPerson;
import org.openprobation.people.People;
import org.openprobation.people.domain.LikelyMatch;
import org.openprobation.people.domain.PersonDetailsRule;
import org.openprobation.people.persistence.RegistrationRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.PncNumber;
import org.openprobation.shared.TypedText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering a person through the front door: the details checked field by field, then
 * the records on file that are likely the same person (by PNC, or by name and date of
 * birth allowing for initials, swapped day and month, hyphenation, misspelling and names
 * that sound alike). Unless the user has confirmed each is not the same person, nothing
 * is written and the candidates are answered; otherwise the platform gives a CRN, writes
 * the person with their addresses and other names, keeps what was confirmed, and audits
 * it. A match on a restricted case the user may not see is never shown, only audited.
 */
@Service
@Transactional
public class Intake {

	private final RegistrationRepository repository;

	private final People people;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Clock clock;

	Intake(RegistrationRepository repository, People people, Organisation organisation, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.people = people;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	/** Who registers people: probation staff of a provider, and administrators. */
	public static boolean mayRegister(CurrentUser user) {
		return user.hasAny(Role.PRACTITIONER, Role.SPO, Role.AREA_MANAGER, Role.ADMIN);
	}

	/**
	 * Refuses unless the user may register people: asked before what is wrong with a
	 * request.
	 */
	public void checkMayRegister(CurrentUser user) {
		if (!mayRegister(user)) {
			throw new AccessDeniedException("Probation staff register people; your role does not.");
		}
	}

	/** The person registered. */
	public record Registered(Crn crn, long personId) {
	}

	/**
	 * Registers the person for the user's provider (an administrator of none names it),
	 * or refuses: {@link BadRequest} naming each field, {@link LikelyDuplicates} with the
	 * records not yet confirmed as someone else.
	 */
	public Registered register(CurrentUser user, NewPerson person, @Nullable String providerCode,
			Collection<String> notADuplicateOf) {
		checkMayRegister(user);
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		Long providerId = provider(user, providerCode, problems);
		problems.addAll(PersonDetailsRule.problems(person, today,
				providerId == null ? Set.of() : boroughsOf(providerId).keySet()));
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		String pnc = TypedText.blank(person.pnc()) ? null : PncNumber.parse(person.pnc()).orElseThrow().toString();
		List<Match> matches = likelyMatches(user, person, pnc);
		Set<String> confirmed = new java.util.HashSet<>();
		notADuplicateOf.forEach(c -> Crn.parse(c).ifPresent(crn -> confirmed.add(crn.value())));
		List<LikelyDuplicates.Candidate> unconfirmed = matches.stream()
			.filter(m -> m.candidate() != null && !confirmed.contains(m.candidate().crn()))
			.map(Match::candidate)
			.toList();
		if (!unconfirmed.isEmpty()) {
			audit.recordShown(user, "REGISTRATION_LIKELY_DUPLICATE",
					"registering: " + unconfirmed.size() + " likely matches shown",
					unconfirmed.stream().map(LikelyDuplicates.Candidate::crn).toList());
			throw new LikelyDuplicates(unconfirmed);
		}
		Crn crn = new Crn(repository.nextCrn());
		long id = repository.insertPerson(new RegistrationRepository.PersonRow(crn.value(), person.forename().strip(),
				TypedText.stripped(person.middleNames()), person.surname().strip(), person.dateOfBirth(),
				person.gender(), person.ethnicity(), TypedText.stripped(person.disability()),
				TypedText.stripped(person.religion()), person.nationality().strip(),
				PersonDetailsRule.foreignNational(person.nationality()), pnc, TypedText.stripped(person.phone()),
				TypedText.stripped(person.email()), TypedText.stripped(person.preferredChannel()),
				person.textReminders(), person.emailReminders(), providerId, user.username()));
		for (NewPerson.NewAddress a : person.addresses()) {
			repository.insertAddress(id, a.line1().strip(), TypedText.stripped(a.line2()), a.town().strip(),
					PersonDetailsRule.postcode(a.postcode()), a.boroughId(), a.from(), a.to());
		}
		for (NewPerson.NewAlias a : person.aliases()) {
			repository.insertAlias(id, a.forename().strip(), a.surname().strip(), a.dateOfBirth());
		}
		for (Match m : matches) {
			if (m.candidate() != null) {
				repository.confirmNotDuplicate(id, m.personId(), user.username());
				audit.record(user, "NOT_A_DUPLICATE", crn.value(), "not the same person as " + m.candidate().crn());
			}
		}
		repository.recordChange(id, user.username(), "Registered", null, details(person, pnc));
		audit.record(user, "REGISTER_PERSON", crn.value(), "registered");
		return new Registered(crn, id);
	}

	/** A likely match: shown as a candidate, or withheld (a restricted case). */
	private record Match(long personId, LikelyDuplicates.@Nullable Candidate candidate) {
	}

	private List<Match> likelyMatches(CurrentUser user, NewPerson person, @Nullable String pnc) {
		LocalDate born = person.dateOfBirth();
		LocalDate swapped = born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()
				? LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()) : born;
		String forename = person.forename().strip();
		String surname = person.surname().strip();
		Map<Long, List<String>> reasons = new LinkedHashMap<>();
		Map<Long, RegistrationRepository.OnFile> records = new LinkedHashMap<>();
		for (RegistrationRepository.OnFile f : repository.onFile(forename, surname, born, swapped, pnc)) {
			List<String> why = LikelyMatch.reasons(new LikelyMatch.Comparison(pnc != null && pnc.equals(f.pnc()),
					f.dateOfBirth().equals(born), !f.dateOfBirth().equals(born) && f.dateOfBirth().equals(swapped),
					compare(surname, f.surname(), f.surnameSounds(), f.surnameSimilarity(), true),
					compare(forename, f.forename(), f.forenameSounds(), f.forenameSimilarity(), false), f.alias()));
			if (!why.isEmpty()) {
				List<String> kept = reasons.computeIfAbsent(f.personId(), k -> new ArrayList<>());
				why.stream().filter(w -> !kept.contains(w)).forEach(kept::add);
				records.putIfAbsent(f.personId(), f);
			}
		}
		if (records.isEmpty()) {
			return List.of();
		}
		HiddenCases hidden = people.hiddenFrom(user);
		Map<Long, String> providers = organisation.providers();
		Map<Long, org.openprobation.people.PersonSummary> summaries = people.byIds(records.keySet());
		List<Match> matches = new ArrayList<>();
		records.forEach((id, f) -> {
			if (hidden.personIds().contains(id)) {
				audit.record(user, "REGISTRATION_MATCHED_RESTRICTED", f.crn(),
						"a registration matched this restricted case; not shown to the user");
				matches.add(new Match(id, null));
				return;
			}
			org.openprobation.people.PersonSummary s = summaries.get(id);
			boolean readable = user.readsEveryProvider() || java.util.Objects.equals(user.providerId(), f.providerId());
			// another provider's case: its CRN stops a second record, its name and birth
			// stay
			// with the provider that holds it
			matches.add(new Match(id,
					new LikelyDuplicates.Candidate(f.crn(), readable && s != null ? s.name() : null,
							readable && s != null ? s.dateOfBirth() : null, reasons.get(id), readable,
							readable ? null : providers.getOrDefault(f.providerId(), "another provider"))));
		});
		return matches;
	}

	private static LikelyMatch.Name compare(String typed, String onFile, boolean sounds, double similarity,
			boolean surname) {
		String a = LikelyMatch.normalised(typed);
		String b = LikelyMatch.normalised(onFile);
		boolean same = a.equals(b);
		boolean initial = !surname && !a.isEmpty() && !b.isEmpty() && (a.length() == 1 || b.length() == 1)
				&& a.charAt(0) == b.charAt(0);
		boolean hyphenPart = surname && !same
				&& (LikelyMatch.parts(typed).size() > 1 || LikelyMatch.parts(onFile).size() > 1)
				&& LikelyMatch.parts(typed).stream().anyMatch(LikelyMatch.parts(onFile)::contains);
		return new LikelyMatch.Name(same, initial, hyphenPart, sounds, similarity);
	}

	private @Nullable Long provider(CurrentUser user, @Nullable String providerCode, List<FieldProblem> problems) {
		if (user.providerId() != null && TypedText.blank(providerCode)) {
			return user.providerId();
		}
		if (TypedText.blank(providerCode)) {
			problems.add(new FieldProblem("providerCode", "Select the provider that will supervise the person"));
			return null;
		}
		Long id = organisation.providerId(providerCode.strip()).orElse(null);
		if (id == null || (user.providerId() != null && !id.equals(user.providerId()) && !user.has(Role.ADMIN))) {
			problems.add(new FieldProblem("providerCode", "Select your own provider"));
			return null;
		}
		return id;
	}

	/** The boroughs a provider covers, by id, named. */
	@Transactional(readOnly = true)
	public Map<Long, String> boroughsOf(long providerId) {
		Map<Long, String> boroughs = new LinkedHashMap<>();
		for (OrganisationUnit provider : organisation.hierarchy(providerId)) {
			for (OrganisationUnit area : provider.children()) {
				for (OrganisationUnit borough : area.children()) {
					boroughs.put(borough.id(), borough.name());
				}
			}
		}
		return boroughs;
	}

	/** The details kept in the record's history. */
	static Map<String, Object> details(NewPerson p, @Nullable String pnc) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("forename", p.forename().strip());
		d.put("middleNames", TypedText.stripped(p.middleNames()));
		d.put("surname", p.surname().strip());
		d.put("dateOfBirth", p.dateOfBirth().toString());
		d.put("gender", p.gender());
		d.put("ethnicity", p.ethnicity());
		d.put("disability", TypedText.stripped(p.disability()));
		d.put("religion", TypedText.stripped(p.religion()));
		d.put("nationality", p.nationality().strip());
		d.put("pnc", pnc);
		d.put("phone", TypedText.stripped(p.phone()));
		d.put("email", TypedText.stripped(p.email()));
		d.put("preferredChannel", TypedText.stripped(p.preferredChannel()));
		d.put("textReminders", p.textReminders());
		d.put("emailReminders", p.emailReminders());
		return d;
	}

}
