package org.openprobation.shell.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.PersonQuery;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSearches;
import org.openprobation.people.PersonSort;
import org.openprobation.people.PersonSummary;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.Sentence;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.PageRequest;
import org.openprobation.shared.SortDirection;
import org.openprobation.shell.CaseOverview;
import org.openprobation.shell.CaseViews;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Find people on probation and read their case")
class PeopleApi {

	private final PersonSearches searches;

	private final CaseViews cases;

	private final Users users;

	PeopleApi(PersonSearches searches, CaseViews cases, Users users) {
		this.searches = searches;
		this.cases = cases;
		this.users = users;
	}

	record PersonItem(String crn, String name, LocalDate dateOfBirth) {
	}

	record PeoplePage(List<PersonItem> content, int page, int size, long totalElements) {
	}

	@GetMapping
	@Operation(summary = "Find people",
			description = "q is a CRN, PNC number, date of birth or names (prefixes of forename, surname or alias); "
					+ "empty lists everyone the user may see. page counts from 0; size is 1 to 200 (default 20).")
	PeoplePage search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		List<FieldProblem> problems = new ArrayList<>();
		PersonQuery.Reading reading = PersonQuery.read(q);
		if (reading instanceof PersonQuery.NotUnderstood notUnderstood) {
			problems.add(new FieldProblem("q", notUnderstood.message()));
		}
		Optional<Integer> pageNumber = wholeNumber(page, 0, 1_000_000, 0);
		if (pageNumber.isEmpty()) {
			problems.add(new FieldProblem("page", "must be a whole number from 0"));
		}
		Optional<Integer> pageSize = wholeNumber(size, 1, PageRequest.MAX_SIZE, 20);
		if (pageSize.isEmpty()) {
			problems.add(new FieldProblem("size", "must be a whole number from 1 to " + PageRequest.MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		PersonQuery query = ((PersonQuery.Understood) reading).query();
		PageOf<PersonSummary> result = searches.search(users.current(), query, q,
				new PageRequest(pageNumber.get() + 1, pageSize.get()), PersonSort.NAME, SortDirection.ASCENDING, "api");
		return new PeoplePage(
				result.content().stream().map(p -> new PersonItem(p.crn(), p.name(), p.dateOfBirth())).toList(),
				pageNumber.get(), pageSize.get(), result.totalElements());
	}

	private static Optional<Integer> wholeNumber(@Nullable String typed, int min, int max, int fallback) {
		if (typed == null || typed.isBlank()) {
			return Optional.of(fallback);
		}
		if (!typed.strip().matches("[0-9]{1,9}")) {
			return Optional.empty();
		}
		int n = Integer.parseInt(typed.strip());
		return (n >= min && n <= max) ? Optional.of(n) : Optional.empty();
	}

	record Officer(String code, String name, String grade, @Nullable String team, String office) {

		static @Nullable Officer of(@Nullable StaffMember s) {
			return s == null ? null : new Officer(s.code(), s.name(), s.grade().name(), s.teamName(), s.officeName());
		}

	}

	record OfficerPeriod(@Nullable Officer officer, LocalDate from, @Nullable LocalDate to, String reason) {
	}

	record RequirementItem(long id, String kind, String unit, @Nullable Integer amountOrdered, int amountDone,
			String status, LocalDate endDate, String progress) {

		/**
		 * Done: carried over plus what the record shows delivered, as every page shows
		 * it.
		 */
		static RequirementItem of(Requirement r, CaseOverview overview) {
			return new RequirementItem(r.id(), r.kind().name(), r.kind().unit().name(), r.amountOrdered(),
					r.doneWith(overview.deliveryOf(r).amount()), r.status().name(), r.endDate(),
					overview.progressOf(r));
		}

	}

	record SentenceItem(long id, int eventNumber, String kind, String status, LocalDate convictionDate,
			LocalDate sentenceDate, LocalDate startDate, LocalDate expectedEndDate, int lengthMonths,
			@Nullable LocalDate releaseDate, @Nullable LocalDate endedOn, String mainOffence, String offenceCategory,
			List<RequirementItem> requirements) {

		static SentenceItem of(Sentence s, CaseOverview overview) {
			return new SentenceItem(s.id(), s.eventNumber(), s.kind().name(), s.status().name(), s.convictionDate(),
					s.sentenceDate(), s.startDate(), s.expectedEndDate(), s.lengthMonths(), s.releaseDate(),
					s.endedOn(), s.mainOffence().map(o -> o.description()).orElse(""),
					s.mainOffence().map(o -> o.category().name()).orElse(""),
					s.requirements().stream().map(r -> RequirementItem.of(r, overview)).toList());
		}

	}

	record PersonDetail(String crn, String name, String forename, String surname, LocalDate dateOfBirth, String gender,
			String ethnicity, @Nullable String pnc, String nationality, boolean foreignNational, String provider,
			@Nullable Officer responsibleOfficer, List<OfficerPeriod> officerHistory, List<SentenceItem> sentences) {
	}

	record RoshItem(LocalDate assessedOn, String overall, Map<String, String> levels) {
	}

	record OgrsItem(double oneYear, double twoYear, int oneYearPercent, int twoYearPercent, String band) {
	}

	record NeedItem(String need, String severity, boolean linkedToOffending, boolean linkedToHarm) {
	}

	record RegistrationItem(String type, String label, LocalDate startDate, LocalDate nextReviewDate, String addedBy) {
	}

	record TierItem(String tier, int protectPoints, int changePoints, String calculatedAt, String reason) {
	}

	record SafeguardingItem(String kind, String agency, LocalDate sentOn, LocalDate dueOn, String stage,
			int workingDaysWaiting) {
	}

	/**
	 * {@code ogrs3NotCalculated} says why OGRS3 is absent and what to record (a gender
	 * neither male nor female without a sex for scoring, a missing first sanction date).
	 */
	record AssessmentDetail(String crn, @Nullable RoshItem rosh, @Nullable OgrsItem ogrs3,
			@Nullable String ogrs3NotCalculated, @Nullable BigDecimal rsrPercent, @Nullable LocalDate needsAssessedOn,
			List<NeedItem> needs, List<RegistrationItem> registrations, @Nullable TierItem tier, List<String> planGaps,
			List<SafeguardingItem> outstandingSafeguardingChecks) {
	}

	@GetMapping("/{crn}/assessment")
	@Operation(summary = "A case's assessment",
			description = "A case's current RoSH levels, OGRS3 (from the record), RSR, needs, registrations and tier")
	AssessmentDetail assessment(@PathVariable String crn) {
		CaseOverview overview = cases.overview(users.current(), crn, "api assessment");
		AssessmentSummary a = overview.assessment();
		RoshItem rosh = null;
		if (a.rosh() != null) {
			Map<String, String> levels = new LinkedHashMap<>();
			a.rosh().levels().forEach((group, level) -> levels.put(group.name(), level.name()));
			rosh = new RoshItem(a.rosh().assessedOn(), a.rosh().overall().name(), levels);
		}
		OgrsItem ogrs = a.ogrs() == null ? null : new OgrsItem(a.ogrs().oneYear(), a.ogrs().twoYear(),
				a.ogrs().oneYearPercent(), a.ogrs().twoYearPercent(), a.ogrs().band().name());
		List<NeedItem> needs = a.needs() == null ? List.of() : a.needs()
			.needs()
			.stream()
			.map(n -> new NeedItem(n.need().name(), n.severity().name(), n.linkedToOffending(), n.linkedToHarm()))
			.toList();
		TierItem tier = a.tier() == null ? null : new TierItem(a.tier().tier(), a.tier().protectPoints(),
				a.tier().changePoints(), a.tier().calculatedAt().toString(), a.tier().reason());
		return new AssessmentDetail(overview.person().crn(), rosh, ogrs,
				a.ogrsGap() == null ? null : a.ogrsGap().message(), a.rsr() == null ? null : a.rsr().percent(),
				a.needs() == null ? null : a.needs().assessedOn(), needs,
				a.registrations()
					.stream()
					.map(r -> new RegistrationItem(r.type().name(), r.label(), r.startDate(), r.nextReviewDate(),
							r.addedBy()))
					.toList(),
				tier, overview.plan().gapMessages(),
				overview.safeguarding()
					.stream()
					.filter(c -> c.outstanding())
					.map(c -> new SafeguardingItem(c.kind().name(), c.agency(), c.sentOn(), c.dueOn(), c.stageName(),
							c.workingDaysWaiting()))
					.toList());
	}

	@GetMapping("/{crn}")
	@Operation(summary = "A person's case",
			description = "A person's case: personal details, sentences with requirements, responsible officer")
	PersonDetail person(@PathVariable String crn) {
		CaseOverview overview = cases.overview(users.current(), crn, "api");
		PersonRecord p = overview.person();
		return new PersonDetail(p.crn(), p.name(), p.forename(), p.surname(), p.dateOfBirth(), p.gender().name(),
				p.ethnicity().name(), p.pnc(), p.nationality(), p.foreignNational(), overview.providerName(),
				Officer.of(overview.responsibleOfficer().orElse(null)),
				p.officerHistory()
					.stream()
					.map(h -> new OfficerPeriod(Officer.of(overview.officer(h.staffId())), h.fromDate(), h.toDate(),
							h.reason()))
					.toList(),
				overview.sentences().stream().map(s -> SentenceItem.of(s, overview)).toList());
	}

}
