package org.openprobation.people.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CurrentUser;
import org.openprobation.people.NewPerson;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.domain.PersonDetailsRule;
import org.openprobation.people.persistence.RegistrationRepository;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.PncNumber;
import org.openprobation.shared.TypedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a person's record, each kept with what it was before and after: personal and
 * contact details (by version, so a change made meanwhile is refused, never overwritten),
 * a move to a new address (the old one ended the day before, and the risk and plan
 * prompted for review), and other names added or removed.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class RecordChanges {

	private final RegistrationRepository repository;

	private final People people;

	private final CaseGate gate;

	private final Intake intake;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	RecordChanges(RegistrationRepository repository, People people, CaseGate gate, Intake intake, AuditLog audit,
			Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.people = people;
		this.gate = gate;
		this.intake = intake;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The record with its other names, its history and whether the user may change it.
	 */
	public record DetailsPage(PersonRecord person, List<RegistrationRepository.AliasRow> aliases,
			List<RegistrationRepository.Change> history, boolean mayChange, Map<Long, String> boroughs) {

		public DetailsPage {
			aliases = List.copyOf(aliases);
			history = List.copyOf(history);
			// in the order given (by area and name), which Map.copyOf would not keep
			boroughs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(boroughs));
		}

	}

	/**
	 * Refuses (audited) unless the user may change the case: asked before what is wrong
	 * with a request.
	 */
	public void checkMayChange(CurrentUser user, Crn crn) {
		gate.change(user, crn, "change the personal record");
	}

	public DetailsPage page(CurrentUser user, Crn crn) {
		gate.read(user, crn, "personal details");
		PersonRecord person = people.require(crn);
		audit.record(user, "VIEW_PERSONAL_DETAILS", crn.value(), "personal details and their history");
		boolean mayChange = gate.decision(user, people.ownerOf(person), CaseUse.CHANGE).isGranted();
		return new DetailsPage(person, repository.aliases(person.id()), repository.history(person.id()), mayChange,
				intake.boroughsOf(person.providerId()));
	}

	/**
	 * Changes the personal and contact details (addresses and other names are left as
	 * they are); answers the fields that changed, none when nothing did.
	 */
	public List<String> changeDetails(CurrentUser user, Crn crn, NewPerson typed, int version) {
		gate.change(user, crn, "change personal details");
		PersonRecord person = people.require(crn);
		NewPerson details = new NewPerson(typed.forename(), typed.middleNames(), typed.surname(), typed.dateOfBirth(),
				typed.gender(), typed.ethnicity(), typed.disability(), typed.religion(), typed.nationality(),
				typed.pnc(), typed.phone(), typed.email(), typed.preferredChannel(), typed.textReminders(),
				typed.emailReminders(), List.of(), List.of());
		List<FieldProblem> problems = new ArrayList<>(
				PersonDetailsRule.problems(details, LocalDate.now(clock), List.of()));
		String pnc = TypedText.blank(details.pnc()) ? null
				: PncNumber.parse(details.pnc()).map(PncNumber::toString).orElse(null);
		if (pnc != null && repository.pncHeldByAnother(pnc, person.id())) {
			problems.add(new FieldProblem("pnc",
					"Another record holds that PNC number: check it, or ask for the two records to be merged"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		Map<String, Object> before = detailsOf(person);
		Map<String, Object> after = Intake.details(details, pnc);
		Map<String, Object> was = new LinkedHashMap<>();
		Map<String, Object> now = new LinkedHashMap<>();
		after.forEach((field, value) -> {
			if (!Objects.equals(before.get(field), value)) {
				was.put(field, before.get(field));
				now.put(field, value);
			}
		});
		if (person.version() != version) {
			throw new Conflict(changedMeanwhile());
		}
		if (now.isEmpty()) {
			return List.of();
		}
		if (!repository.updateDetails(person.id(), version, new RegistrationRepository.PersonRow(person.crn(),
				details.forename().strip(), TypedText.stripped(details.middleNames()), details.surname().strip(),
				details.dateOfBirth(), details.gender(), details.ethnicity(), TypedText.stripped(details.disability()),
				TypedText.stripped(details.religion()), details.nationality().strip(),
				PersonDetailsRule.foreignNational(details.nationality()), pnc, TypedText.stripped(details.phone()),
				TypedText.stripped(details.email()), TypedText.stripped(details.preferredChannel()),
				details.textReminders(), details.emailReminders(), person.providerId(), user.username()))) {
			throw new Conflict(changedMeanwhile());
		}
		repository.recordChange(person.id(), user.username(), "Personal details", was, now);
		audit.record(user, "CHANGE_PERSON_DETAILS", crn.value(), "changed: " + String.join(", ", now.keySet()));
		events.publishEvent(new org.openprobation.people.PersonDetailsChanged(person.id(), List.copyOf(now.keySet())));
		return List.copyOf(now.keySet());
	}

	/**
	 * Records a move to a new address: the current one ends the day before. A change of
	 * address is a trigger to review the risk of serious harm and the sentence plan.
	 */
	public void move(CurrentUser user, Crn crn, NewPerson.NewAddress address) {
		gate.change(user, crn, "record a change of address");
		PersonRecord person = people.require(crn);
		NewPerson.NewAddress current = new NewPerson.NewAddress(address.line1(), address.line2(), address.town(),
				address.postcode(), address.boroughId(), address.from(), null);
		List<FieldProblem> problems = new ArrayList<>(PersonDetailsRule.addressProblems(List.of(current),
				LocalDate.now(clock), intake.boroughsOf(person.providerId()).keySet()));
		PersonRecord.Address was = person.mainAddress().orElse(null);
		if (problems.isEmpty() && was != null && !address.from().isAfter(was.fromDate())) {
			problems.add(new FieldProblem("address.from",
					"The move must be after they moved into their current " + "address, on "
							+ was.fromDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (was != null) {
			repository.endCurrentAddress(person.id(), address.from().minusDays(1));
		}
		String postcode = PersonDetailsRule.postcode(address.postcode());
		repository.insertAddress(person.id(), address.line1().strip(), TypedText.stripped(address.line2()),
				address.town().strip(), postcode, address.boroughId(), address.from(), null);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("address",
				String.join(", ", java.util.stream.Stream
					.of(address.line1().strip(), TypedText.stripped(address.line2()), address.town().strip(), postcode)
					.filter(Objects::nonNull)
					.toList()));
		after.put("from", address.from().toString());
		repository.recordChange(person.id(), user.username(), "Address",
				was == null ? null : Map.of("address", was.singleLine(), "from", was.fromDate().toString()), after);
		audit.record(user, "CHANGE_ADDRESS", crn.value(), "moved on " + address.from());
	}

	public void addAlias(CurrentUser user, Crn crn, NewPerson.NewAlias alias) {
		gate.change(user, crn, "add another name");
		PersonRecord person = people.require(crn);
		List<FieldProblem> problems = PersonDetailsRule.aliasProblems(List.of(alias), LocalDate.now(clock));
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		repository.insertAlias(person.id(), alias.forename().strip(), alias.surname().strip(), alias.dateOfBirth());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", alias.forename().strip() + " " + alias.surname().strip());
		after.put("dateOfBirth", alias.dateOfBirth() == null ? null : alias.dateOfBirth().toString());
		repository.recordChange(person.id(), user.username(), "Other name added", null, after);
		audit.record(user, "ADD_ALIAS", crn.value(), "another name added");
	}

	public void removeAlias(CurrentUser user, Crn crn, long aliasId) {
		gate.change(user, crn, "remove another name");
		PersonRecord person = people.require(crn);
		RegistrationRepository.AliasRow alias = repository.aliases(person.id())
			.stream()
			.filter(a -> a.id() == aliasId)
			.findFirst()
			.orElseThrow(() -> new NotFound("The person has no such other name."));
		repository.deleteAlias(person.id(), aliasId);
		repository.recordChange(person.id(), user.username(), "Other name removed",
				Map.of("name", alias.forename() + " " + alias.surname()), null);
		audit.record(user, "REMOVE_ALIAS", crn.value(), "another name removed");
	}

	private static String changedMeanwhile() {
		return "The record was changed by someone else while you were looking at it. Nothing was saved; check it and "
				+ "try again.";
	}

	/** The details as kept in the history, in the shape of {@link Intake#details}. */
	private static Map<String, @Nullable Object> detailsOf(PersonRecord p) {
		Map<String, @Nullable Object> d = new LinkedHashMap<>();
		d.put("forename", p.forename());
		d.put("middleNames", p.middleNames());
		d.put("surname", p.surname());
		d.put("dateOfBirth", p.dateOfBirth().toString());
		d.put("gender", p.gender().name());
		d.put("ethnicity", p.ethnicity().name());
		d.put("disability", p.disability());
		d.put("religion", p.religion());
		d.put("nationality", p.nationality());
		d.put("pnc", p.pnc());
		d.put("phone", p.phone());
		d.put("email", p.email());
		d.put("preferredChannel", p.preferredChannel());
		d.put("textReminders", p.textReminders());
		d.put("emailReminders", p.emailReminders());
		return d;
	}

}
