package org.openprobation.inspection.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.access.Users;
import org.openprobation.inspection.Inspection;
import org.openprobation.inspection.Inspections;
import org.openprobation.inspection.domain.CaseDealing;
import org.openprobation.inspection.persistence.InspectionRepository;
import org.openprobation.inspection.persistence.InspectionRepository.CaseRow;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals an inspection's sample to the inspectors named, by the rule of
 * {@link CaseDealing}, and records the deal in the inspection's trail.
 */
@Service
@Transactional
public class DealCases {

	private final Inspections inspections;

	private final InspectionRepository repository;

	private final Organisation organisation;

	private final Users users;

	DealCases(Inspections inspections, InspectionRepository repository, Organisation organisation, Users users) {
		this.inspections = inspections;
		this.repository = repository;
		this.organisation = organisation;
		this.users = users;
	}

	/**
	 * Deals the sample's main cases to the inspectors named, each of whom must be able to
	 * answer this inspection.
	 * @return the number of cases each inspector was dealt
	 */
	public Map<String, Integer> deal(CurrentUser user, long id, List<String> usernames) {
		Inspection inspection = inspections.find(user, id);
		Inspections.requireAssessor(user, inspection);
		List<FieldProblem> problems = new ArrayList<>();
		List<CaseDealing.Inspector> inspectors = new ArrayList<>();
		for (String name : new LinkedHashSet<>(usernames)) {
			CurrentUser assessor = users.find(name.strip()).orElse(null);
			if (assessor == null) {
				problems.add(new FieldProblem("inspectors", "There is no user " + name.strip()));
			}
			else if (!mayAssess(assessor, inspection)) {
				problems.add(new FieldProblem("inspectors", name.strip() + " cannot answer this "
						+ inspection.kindLabel().toLowerCase(java.util.Locale.ROOT)));
			}
			else {
				inspectors.add(new CaseDealing.Inspector(assessor.username(), assessor.has(Role.SPO), assessor.teamId(),
						assessor.has(Role.AREA_MANAGER), assessor.areaId()));
			}
		}
		if (problems.isEmpty() && inspectors.isEmpty()) {
			problems.add(new FieldProblem("inspectors", "Name at least one inspector"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		List<CaseRow> main = repository.cases(id).stream().filter(c -> !c.reserve()).toList();
		Map<Long, StaffMember> officers = organisation
			.staffByIds(main.stream().map(CaseRow::staffId).distinct().toList());
		CaseDealing.Dealt dealt = CaseDealing.deal(main.stream().map(c -> {
			StaffMember officer = officers.get(c.staffId());
			return new CaseDealing.Case(c.personId(), c.officeId(), c.pick(),
					officer == null ? null : new CaseDealing.Officer(officer.teamId(), officer.areaId()));
		}).toList(), inspectors);
		dealt.deals().forEach(d -> repository.deal(id, d.personId(), d.inspector(), d.moderator()));
		List<String> trail = repository.trail(id);
		repository.insertStep(id, trail.size(),
				"Dealt to " + dealt.counts().size() + " inspectors by office: " + dealt.counts()
						+ (dealt.undealt() > 0 ? "; " + dealt.undealt()
								+ " cases left undealt (every inspector named manages their officer)" : "")
						+ " (" + user.username() + ").");
		return dealt.counts();
	}

	private static boolean mayAssess(CurrentUser user, Inspection inspection) {
		return inspection.selfInspection() ? user.hasAny(Role.QUALITY, Role.AREA_MANAGER, Role.ADMIN)
				&& (user.readsEveryProvider() || Long.valueOf(inspection.providerId()).equals(user.providerId()))
				: user.hasAny(Role.INSPECTOR, Role.ADMIN);
	}

}
