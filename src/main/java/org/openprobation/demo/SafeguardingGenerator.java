package org.openprobation.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.openprobation.assessment.AssessmentBulkLoad;
import org.openprobation.assessment.safeguarding.SafeguardingCheck.Kind;
import org.openprobation.assessment.safeguarding.SafeguardingChecksBulkLoad;
import org.openprobation.people.PeopleBulkLoad;
import org.openprobation.shared.WorkingDayCalendar;

/**
 * Safeguarding requests for people whose registrations show child contact or domestic
 * abuse. Local authorities answered about 60% of requests (London CRC's estimate); the
 * police most.
 */
final class SafeguardingGenerator {

	private final SplittableRandom random;

	private final LocalDate asOf;

	private final Map<Long, String> boroughNames;

	SafeguardingGenerator(long seed, LocalDate asOf, Map<Long, String> boroughNames) {
		this.random = new SplittableRandom(seed * 43 + 11);
		this.asOf = asOf;
		this.boroughNames = boroughNames;
	}

	List<SafeguardingChecksBulkLoad.Row> generate(CaseGenerator.Batch cases, AssessmentBulkLoad.Batch assessed) {
		Map<Long, String> localAuthority = new HashMap<>();
		for (PeopleBulkLoad.AddressRow address : cases.addresses) {
			if (address.toDate() == null && address.boroughId() != null) {
				localAuthority.put(address.personId(),
						boroughNames.getOrDefault(address.boroughId(), "local authority"));
			}
		}
		// a child or domestic abuse concern calls for both checks, from the first such
		// registration
		Map<Long, LocalDate> childFrom = new HashMap<>();
		for (AssessmentBulkLoad.Flag flag : assessed.registrations()) {
			if (flag.type().childOrDomesticAbuseConcern()) {
				childFrom.merge(flag.personId(), flag.startDate(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		Map<Long, LocalDate> abuseFrom = childFrom;
		List<SafeguardingChecksBulkLoad.Row> rows = new ArrayList<>();
		childFrom.forEach((person, from) -> rows.add(check(person, Kind.CHILDRENS_SOCIAL_CARE,
				"Children's social care, " + localAuthority.getOrDefault(person, "local authority"), from, 0.6)));
		abuseFrom.forEach((person, from) -> rows
			.add(check(person, Kind.POLICE_DOMESTIC_ABUSE, "Police domestic abuse unit", from, 0.9)));
		rows.sort(java.util.Comparator.comparingLong(SafeguardingChecksBulkLoad.Row::personId)
			.thenComparing(SafeguardingChecksBulkLoad.Row::kind));
		return rows;
	}

	private SafeguardingChecksBulkLoad.Row check(long person, Kind kind, String agency, LocalDate indicatorFrom,
			double answerRate) {
		LocalDate sent = indicatorFrom.plusDays(random.nextInt(6));
		if (sent.isAfter(asOf)) {
			sent = asOf;
		}
		LocalDate due = WorkingDayCalendar.plusWorkingDays(sent, 10);
		LocalDate answered = null;
		if (random.nextDouble() < answerRate) {
			LocalDate on = WorkingDayCalendar.plusWorkingDays(sent,
					2 + random.nextInt(kind == Kind.POLICE_DOMESTIC_ABUSE ? 9 : 30));
			answered = on.isAfter(asOf) ? null : on;
		}
		LocalDate chased = null;
		LocalDate escalated = null;
		int waited = WorkingDayCalendar.workingDaysBetween(sent, answered != null ? answered : asOf);
		if (waited > 10 && random.nextDouble() < 0.7) {
			chased = WorkingDayCalendar.plusWorkingDays(due, 1 + random.nextInt(3));
		}
		if (waited >= 20 && chased != null && random.nextDouble() < 0.5) {
			escalated = WorkingDayCalendar.plusWorkingDays(sent, 20 + random.nextInt(3));
		}
		if (chased != null && chased.isAfter(asOf)) {
			chased = null;
		}
		if (escalated != null && escalated.isAfter(asOf)) {
			escalated = null;
		}
		return new SafeguardingChecksBulkLoad.Row(person, kind, agency, "Registration at allocation", sent, due, chased,
				escalated, answered,
				answered == null ? null : "Information shared: no further concerns known to the agency",
				answered == null ? null : "Risk management plan reviewed");
	}

}
