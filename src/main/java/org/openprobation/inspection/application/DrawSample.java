package org.openprobation.inspection.application;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.inspection.Frameworks;
import org.openprobation.inspection.Inspection;
import org.openprobation.inspection.Inspections;
import org.openprobation.inspection.domain.CaseSampler;
import org.openprobation.inspection.domain.Framework;
import org.openprobation.inspection.domain.SampleAllocation;
import org.openprobation.inspection.persistence.InspectionRepository.FrameRow;
import org.openprobation.inspection.persistence.InspectionRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.ProviderType;
import org.openprobation.people.Gender;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drawing an inspection's sample from the record ({@code inspection.md}, Sampling): the
 * frame of cases in the window, strata, the seeded draw and the reserve, each recorded
 * with its trail.
 */
@Service
@Transactional
public class DrawSample {

	private final Inspections inspections;

	private final InspectionRepository repository;

	private final Frameworks frameworks;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Clock clock;

	DrawSample(Inspections inspections, InspectionRepository repository, Frameworks frameworks,
			Organisation organisation, AuditLog audit, Clock clock) {
		this.inspections = inspections;
		this.repository = repository;
		this.frameworks = frameworks;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Draws the sample and records the inspection, its strata, cases and allocation trail
	 * in one transaction; nothing is saved when any input is wrong.
	 */
	public Inspection draw(CurrentUser user, Inspections.NewInspection request) {
		Inspections.requireMayInspect(user, "draw inspection samples");
		List<FieldProblem> problems = new ArrayList<>();
		boolean inspectorate = user.hasAny(Role.INSPECTOR, Role.ADMIN);
		Long providerId = request.providerId();
		if (providerId == null) {
			providerId = inspectorate ? (organisation.providers().size() == 1
					? organisation.providers().keySet().iterator().next() : null) : user.providerId();
		}
		if (providerId == null || !organisation.providers().containsKey(providerId)) {
			problems.add(new FieldProblem("providerId", "Choose the provider to inspect"));
		}
		else if (!inspectorate && !providerId.equals(user.providerId())) {
			problems.add(new FieldProblem("providerId", "You can inspect only your own provider"));
		}
		String frameworkCode = request.framework() != null && !request.framework().isBlank() ? request.framework()
				: providerId == null ? null : defaultFramework(providerId);
		Framework framework = frameworkCode == null ? null : frameworks.find(frameworkCode).orElse(null);
		if (framework == null && providerId != null) {
			problems.add(new FieldProblem("framework", "Choose one of " + String.join(", ", frameworks.codes())));
		}
		CaseSampler.Method method = CaseSampler.Method.HMIP_2018;
		if (request.method() != null && !request.method().isBlank()) {
			try {
				method = CaseSampler.Method.valueOf(request.method());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("method", "Choose HMIP_2018 or QUALITY_AND_IMPACT"));
			}
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate fieldwork = request.fieldworkOn() == null ? today : request.fieldworkOn();
		LocalDate from = request.windowFrom() == null
				? (inspectorate ? fieldwork.minusMonths(9) : fieldwork.minusMonths(7)) : request.windowFrom();
		LocalDate to = request.windowTo() == null ? fieldwork.minusMonths(6) : request.windowTo();
		if (from.isAfter(to)) {
			problems.add(new FieldProblem("windowFrom", "The window must start on or before its end"));
		}
		if (to.isAfter(fieldwork)) {
			problems.add(new FieldProblem("windowTo", "The window must end on or before the fieldwork date"));
		}
		double confidence = request.confidence() == null ? 0.8 : request.confidence();
		if (!(confidence > 0 && confidence < 1)) {
			problems.add(new FieldProblem("confidence", "The confidence must be between 0 and 1, like 0.8 for 80%"));
		}
		double margin = request.margin() == null ? 0.05 : request.margin();
		if (!(margin > 0 && margin < 0.5)) {
			problems.add(new FieldProblem("margin", "The margin must be between 0 and 0.5, like 0.05 for \u00b15%"));
		}
		int buffer = request.bufferPercent() == null ? 20 : request.bufferPercent();
		if (buffer < 0 || buffer > 100) {
			problems.add(new FieldProblem("bufferPercent", "The buffer must be between 0 and 100 per cent"));
		}
		int women = request.minimumWomen() == null ? 0 : request.minimumWomen();
		int minority = request.minimumMinority() == null ? 0 : request.minimumMinority();
		if (women < 0) {
			problems.add(new FieldProblem("minimumWomen", "The minimum cannot be negative"));
		}
		if (minority < 0) {
			problems.add(new FieldProblem("minimumMinority", "The minimum cannot be negative"));
		}
		if (request.size() != null && request.size() < 1) {
			problems.add(new FieldProblem("size", "The sample size must be at least 1"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		List<FrameRow> frame = repository.frame(providerId, from, to, today);
		int population = frame.size();
		if (population == 0) {
			throw new BadRequest(List.of(new FieldProblem("windowFrom",
					"No eligible case started between " + from + " and " + to + ": choose another window")));
		}
		int computed = SampleAllocation.size(confidence, margin, population);
		int size = request.size() == null ? computed : request.size();
		String reason = request.sizeReason() == null || request.sizeReason().isBlank() ? null
				: request.sizeReason().strip();
		if (size > population) {
			problems.add(new FieldProblem("size",
					"The sample of " + size + " is larger than the " + population + " eligible cases in the window"));
		}
		else if (size != computed && reason == null) {
			problems.add(new FieldProblem("sizeReason", "Give the reason for a sample of " + size + " instead of the "
					+ computed + " the confidence and margin need"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long seed = request.seed() == null ? new SecureRandom().nextLong() & Long.MAX_VALUE : request.seed();
		Map<Long, String> officeNames = new TreeMap<>();
		frame.forEach(f -> officeNames.put(f.officeId(), f.officeName()));
		List<CaseSampler.Candidate> candidates = frame.stream().map(DrawSample::candidate).toList();
		CaseSampler.Sample sample = CaseSampler.draw(candidates,
				new CaseSampler.Request(method, size, buffer, women, minority, seed), officeNames);
		String title = request.title() == null || request.title().isBlank()
				? (inspectorate ? "Inspection" : "Self-inspection") + " of " + inspections.providerName(providerId)
						+ ", " + fieldwork
				: request.title().strip();
		if (title.length() > 200) {
			throw new BadRequest(List.of(new FieldProblem("title", "The title must be 200 characters or fewer")));
		}
		int unallocated = repository.unallocated(providerId, from, to, today);
		Inspection inspection = new Inspection(0, providerId, inspectorate ? "INSPECTORATE" : "SELF", framework.code(),
				method.name(), title, fieldwork, from, to, BigDecimal.valueOf(confidence), BigDecimal.valueOf(margin),
				population, computed, size, reason, buffer, women, minority, seed, sample.shortBy(), unallocated,
				user.username(), java.time.Instant.now(clock));
		long id = repository.insert(inspection);
		int position = 0;
		for (CaseSampler.StratumFigure figure : sample.strata()) {
			repository.insertStratum(id, position++, figure.name(), figure.population(), figure.proportional(),
					figure.sampled(), figure.reserves());
		}
		Map<Long, FrameRow> byPerson = frame.stream()
			.collect(Collectors.toMap(FrameRow::personId, Function.identity()));
		for (CaseSampler.Pick pick : sample.picks()) {
			repository.insertCase(id, byPerson.get(pick.candidate().personId()), pick.stratum(), pick.pick(),
					pick.reserve());
		}
		List<String> trail = new ArrayList<>();
		trail.add("Eligible: " + population + " cases (community orders, suspended sentence orders and licences)"
				+ " starting between " + from + " and " + to + ", one per person, restricted cases left out"
				+ (unallocated > 0 ? "; " + unallocated + " without a responsible officer also left out" : "") + ".");
		trail.add("Size: " + computed + " for " + Math.round(confidence * 100) + "% confidence and \u00b1"
				+ BigDecimal.valueOf(margin * 100).stripTrailingZeros().toPlainString() + "% margin"
				+ (size != computed ? "; set to " + size + " because " + reason : "") + ".");
		trail.addAll(sample.trail());
		for (int i = 0; i < trail.size(); i++) {
			repository.insertStep(id, i, trail.get(i));
		}
		for (InspectionRepository.RecommendationRow open : repository.openRecommendationsBefore(providerId, id)) {
			repository.addRecommendation(id, open.text(), open.owner(), open.action(), open.dueOn(), open.id(),
					user.username());
		}
		audit.record(user, "INSPECTION_SAMPLE", null, inspection.kindLabel() + " " + id + ": " + sample.picks().size()
				+ " cases drawn from " + population + " with seed " + seed);
		return repository.find(id).orElseThrow();
	}

	private String defaultFramework(long providerId) {
		ProviderType type = organisation.providerType(providerId).orElse(ProviderType.CRC);
		return type == ProviderType.CRC ? "HMIP_2018_CRC" : "HMIP_2018_NPS";
	}

	private static CaseSampler.Candidate candidate(FrameRow f) {
		return new CaseSampler.Candidate(f.personId(), f.gender() == Gender.FEMALE, f.ethnicity().minorityEthnic(),
				f.onLicence(), f.roshMediumOrAbove(), f.areaId(), f.officeId(), f.staffId());
	}

}
