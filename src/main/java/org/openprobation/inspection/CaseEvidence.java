package org.openprobation.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.safeguarding.SafeguardingCheck;
import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.assessment.safeguarding.SafeguardingChecks;
import org.openprobation.contacts.Appointments;
import org.openprobation.enforcement.Enforcement;
import org.openprobation.enforcement.EnforcementAction;
import org.openprobation.inspection.persistence.InspectionRepository;
import org.openprobation.people.PersonRecord;
import org.openprobation.planning.Plans;
import org.openprobation.planning.SentencePlan;
import org.openprobation.shared.Crn;
import org.openprobation.shared.WorkingDayCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence the case assessment tool pre-fills for each standard from the record
 * (inspection.md, "Running an inspection"). It informs the inspector's answer and never
 * answers by itself.
 */
@Service
@Transactional
public class CaseEvidence {

	/** One fact from the record; {@code concern} when it points towards "no". */
	public record Item(String label, String value, boolean concern) {
	}

	/** The evidence for one standard's key questions (2.1 to 2.4). */
	public record Group(String standard, String title, List<Item> items) {

		public Group {
			items = List.copyOf(items);
		}

	}

	private final Assessments assessments;

	private final Plans plans;

	private final SafeguardingChecks safeguarding;

	private final Appointments appointments;

	private final Enforcement enforcement;

	private final InspectionRepository repository;

	private final Clock clock;

	CaseEvidence(Assessments assessments, Plans plans, SafeguardingChecks safeguarding, Appointments appointments,
			Enforcement enforcement, InspectionRepository repository, Clock clock) {
		this.assessments = assessments;
		this.plans = plans;
		this.safeguarding = safeguarding;
		this.appointments = appointments;
		this.enforcement = enforcement;
		this.repository = repository;
		this.clock = clock;
	}

	public List<Group> of(CurrentUser user, PersonRecord person, LocalDate startedOn) {
		LocalDate today = LocalDate.now(clock);
		AssessmentSummary assessment = assessments.summary(person.id());
		SentencePlan plan = plans.of(person.id(), assessment);
		List<SafeguardingCheck> checks = safeguarding.forCase(person.id());
		List<LocalDate> roshDates = assessments.roshDates(person.id());
		InitialAssessment.Settings initial = assessments.initialAssessment(person.providerId());
		List<Group> groups = new ArrayList<>();

		List<Item> a = new ArrayList<>();
		boolean diversityGaps = person.disability() == null || person.religion() == null
				|| !person.ethnicity().stated();
		a.add(new Item("Diversity recorded", person.ethnicity().label() + "; disability: " + orNone(person.disability())
				+ "; religion: " + orNone(person.religion()), diversityGaps));
		LocalDate initialRosh = roshDates.stream().filter(d -> !d.isBefore(startedOn)).reduce((x, y) -> y).orElse(null);
		if (initialRosh == null) {
			a.add(new Item("Initial RoSH assessment", "None since the start on " + startedOn, true));
		}
		else {
			int days = WorkingDayCalendar.workingDaysBetween(startedOn, initialRosh);
			a.add(new Item("Initial RoSH assessment",
					initialRosh + ", " + days + " working days after the start on " + startedOn
							+ (InitialAssessment.inTime(startedOn, initialRosh, initial) ? " (within "
									: " (later than ")
							+ initial.workingDays() + ")",
					!InitialAssessment.inTime(startedOn, initialRosh, initial)));
		}
		a.add(new Item("Current RoSH",
				assessment.rosh() == null ? "Not assessed"
						: assessment.rosh().overallLevel() + ", assessed on " + assessment.rosh().assessedOn(),
				assessment.rosh() == null));
		a.add(new Item("Needs linked to offending",
				assessment.needs() == null ? "No needs assessment"
						: assessment.needs().linkedToOffending().isEmpty()
								? "None (assessed on "
										+ org.openprobation.shared.Dates.inWords(assessment.needs().assessedOn()) + ")"
								: String.join(", ", assessment.needs().linkedToOffending()) + " (assessed on "
										+ org.openprobation.shared.Dates.inWords(assessment.needs().assessedOn()) + ")",
				assessment.needs() == null));
		a.add(new Item("OGRS3 (2 years) and tier",
				(assessment.ogrsGap() != null ? assessment.ogrsGap().message()
						: assessment.tier() == null || assessment.tier().ogrsTwoYear() == null ? "OGRS3 not scored"
								: assessment.tier().ogrsTwoYear() + "%")
						+ "; tier " + (assessment.tier() == null ? "not set" : assessment.tier().tier()),
				assessment.tier() == null || assessment.ogrsGap() != null));
		long answered = checks.stream().filter(c -> c.answeredOn() != null).count();
		long outstanding = checks.stream().filter(SafeguardingCheck::outstanding).count();
		a.add(new Item("Safeguarding checks (children's and adult social care, police)",
				checks.isEmpty() ? "None sent"
						: checks.size() + " sent, " + answered + " answered, " + outstanding + " outstanding",
				checks.isEmpty() || outstanding > 0));
		a.add(new Item("Registrations",
				assessment.registrations().isEmpty() ? "None"
						: String.join(", ", assessment.registrations().stream().map(Registration::label).toList()),
				false));
		groups.add(new Group("2.1", "Assessment", a));

		List<Item> p = new ArrayList<>();
		SentencePlan.Head head = plan.plan();
		if (head == null) {
			p.add(new Item("Sentence plan", "No plan", true));
		}
		else {
			p.add(new Item("Sentence plan",
					"Started on " + org.openprobation.shared.Dates.inWords(head.createdOn()) + ", due by "
							+ org.openprobation.shared.Dates.inWords(head.dueBy()),
					head.createdOn().isAfter(head.dueBy())));
			p.add(new Item("Agreed with the person",
					head.agreed()
							? "Yes, on " + head.agreedOn()
									+ (head.personsWords() == null ? ""
											: "; in their words: \u201c" + head.personsWords() + "\u201d")
							: "Not agreed",
					!head.agreed()));
			p.add(new Item("Objectives", plan.objectives().size() + " objectives", plan.objectives().isEmpty()));
		}
		p.add(new Item("Needs and risks without an objective (the plan's gaps)",
				plan.gapMessages().isEmpty() ? "None" : String.join("; ", plan.gapMessages()),
				!plan.gapMessages().isEmpty()));
		groups.add(new Group("2.2", "Planning", p));

		List<Item> d = new ArrayList<>();
		InspectionRepository.ContactCounts counts = repository.contactCounts(person.id(), startedOn, today);
		d.add(new Item("Appointments since the start",
				counts.kept() + " kept, " + counts.absentAcceptable() + " absences judged acceptable, "
						+ counts.absentUnacceptable() + " unacceptable, " + counts.awaiting() + " without an outcome",
				counts.kept() == 0 || counts.awaiting() > 0));
		Appointments.NextContact next = appointments.nextContact(person.id());
		d.add(new Item("Contact against the standard",
				next == null ? "No contact standard applies" : next.statusLabel() + ", next due " + next.due(),
				next != null && next.overdue()));
		Enforcement.CaseEnforcement enforced = enforcement.of(user, Crn.parse(person.crn()).orElseThrow());
		List<String> actions = new ArrayList<>();
		for (EnforcementAction action : enforced.actions()) {
			actions
				.add(action.kindLabel() + " on " + action.createdOn()
						+ (action.submittedOn() == null ? ""
								: ", submitted " + org.openprobation.shared.Dates.inWords(action.submittedOn()) + " ("
										+ WorkingDayCalendar.workingDaysBetween(action.createdOn(),
												action.submittedOn())
										+ " working days)")
						+ (action.outcome() == null ? "" : ", " + action.outcome().toLowerCase(java.util.Locale.ROOT)));
		}
		long overdue = enforced.pending().stream().filter(Enforcement.Pending::overdue).count();
		d.add(new Item("Enforcement", (actions.isEmpty() ? "No warnings or breaches" : String.join("; ", actions))
				+ (enforced.pending().isEmpty() ? ""
						: "; " + enforced.pending().size() + " failures awaiting a decision, " + overdue + " overdue"),
				overdue > 0));
		boolean homeVisitRequired = assessment.registrations()
			.stream()
			.anyMatch(r -> r.type().childOrDomesticAbuseConcern());
		LocalDate lastVisit = appointments.lastHomeVisits(List.of(person.id())).get(person.id());
		d.add(new Item("Home visits",
				(homeVisitRequired ? "Required (child safeguarding or domestic abuse)" : "Not required by the standard")
						+ "; " + counts.homeVisits() + " done since the start"
						+ (lastVisit == null ? "" : ", last on " + lastVisit),
				homeVisitRequired && counts.homeVisits() == 0));
		groups.add(new Group("2.3", "Implementation and delivery", d));

		List<Item> r = new ArrayList<>();
		r.add(new Item("Reviews",
				plan.reviews().size() + " recorded"
						+ (head == null || head.lastReviewedOn() == null ? "" : ", last on " + head.lastReviewedOn()),
				head != null && plan.reviews().isEmpty()
						&& InitialAssessment.reviewDue(head.createdOn(), plan.timescales()).isBefore(today)));
		LocalDate due = plan.nextReviewDue();
		r.add(new Item("Next review",
				due == null ? "No plan to review" : due + (plan.reviewOverdueOn(today) ? " (overdue)" : ""),
				plan.reviewOverdueOn(today)));
		List<String> triggers = plan.reviews()
			.stream()
			.filter(v -> v.trigger() != null)
			.map(v -> org.openprobation.shared.Dates.inWords(v.reviewedOn()) + ": " + v.trigger().label())
			.toList();
		r.add(new Item("Reviews after a change of circumstances",
				triggers.isEmpty() ? "None recorded" : String.join("; ", triggers), false));
		List<java.util.Map.Entry<java.time.Instant, String>> oversight = appointments.oversightRecorded(person.id());
		r.add(new Item("Management oversight recorded",
				oversight.isEmpty() ? "No oversight note on the case"
						: oversight.size() + (oversight.size() == 1 ? " oversight note" : " oversight notes")
								+ ", the latest on "
								+ oversight.get(0).getKey().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()
								+ " by " + oversight.get(0).getValue(),
				oversight.isEmpty()));
		var rosh = assessments.roshOversight(List.of(person.id())).get(person.id());
		r.add(new Item("RoSH assessment countersigned",
				rosh == null ? "No RoSH assessment" : countersignature(rosh.state()),
				rosh != null && rosh.state().outstandingOn(today)));
		r.add(new Item("Sentence plan countersigned",
				head == null ? "No plan" : countersignature(plan.countersignature()),
				plan.countersignature().outstandingOn(today)));
		groups.add(new Group("2.4", "Reviewing", r));
		return groups;
	}

	private static String countersignature(org.openprobation.assessment.domain.Countersigning.State state) {
		var decided = state.decided();
		if (decided != null) {
			return state.label() + " by " + decided.by() + " on "
					+ decided.at().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()
					+ (decided.reasons() == null ? "" : ": " + decided.reasons());
		}
		return state.dueBy() == null ? state.label() : state.label() + ", due by " + state.dueBy();
	}

	private static String orNone(@Nullable String value) {
		return value == null || value.isBlank() ? "not recorded" : value;
	}

}
