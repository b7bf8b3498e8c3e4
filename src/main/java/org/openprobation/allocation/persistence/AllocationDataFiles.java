package org.openprobation.allocation.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * Allocation's part of a provider's export: queues, decisions, court reports, workload
 * reductions and transfers.
 */
@Component
class AllocationDataFiles implements ProviderDataFiles {

	private static final String STAFF = """
			(select s.id from reporting.staff s join reporting.office o on o.id = s.office_id
			join reporting.borough b on b.id = o.borough_id join reporting.area a on a.id = b.area_id
			where a.provider_id = :provider)""";

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("awaiting_allocation.csv", 800,
						"select t.* from allocation.awaiting_allocation t where t.person_id in " + PEOPLE
								+ " order by t.id"),
				new DataFile("officer_decision.csv", 810,
						"select t.* from allocation.officer_decision t where t.person_id in " + PEOPLE
								+ " order by t.id"),
				new DataFile("provider_allocation.csv", 820,
						"select t.* from allocation.provider_allocation t where t.person_id in " + PEOPLE
								+ " order by t.id"),
				new DataFile("transfer_request.csv", 830,
						"select t.* from allocation.transfer_request t where t.person_id in " + PEOPLE
								+ " order by t.id"),
				new DataFile("court_report.csv", 840,
						"select t.* from allocation.court_report t where t.staff_id in " + STAFF + " order by t.id"),
				new DataFile("reduction.csv", 850,
						"select t.* from allocation.reduction t where t.staff_id in " + STAFF + " order by t.id"));
	}

}
