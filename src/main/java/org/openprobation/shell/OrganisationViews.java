package org.openprobation.shell;

import java.util.List;

import org.openprobation.access.CurrentUser;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.OrganisationCounts;
import org.openprobation.organisation.OrganisationUnit;
import org.openprobation.people.People;
import org.openprobation.sentences.Sentences;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation as a user may see it: their own provider, or all for inspectors and
 * admins.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationViews {

	private final Organisation organisation;

	private final Sentences sentences;

	private final People people;

	OrganisationViews(Organisation organisation, Sentences sentences, People people) {
		this.organisation = organisation;
		this.sentences = sentences;
		this.people = people;
	}

	public OrganisationSummary summary(CurrentUser user) {
		Long scope = user.providerScope();
		OrganisationCounts counts = organisation.counts(scope);
		return new OrganisationSummary(counts.providers(), counts.areas(), counts.boroughs(), counts.offices(),
				counts.teams(), counts.practitioners(), sentences.peopleUnderSupervision(scope));
	}

	public List<OrganisationUnit> hierarchy(CurrentUser user) {
		return organisation.hierarchy(user.providerScope());
	}

	/** Caseload spread: median, highest and how many hold more than 80 cases. */
	public record CaseloadSpread(int practitioners, double median, long highest, long over80) {
	}

	public CaseloadSpread caseloadSpread(CurrentUser user) {
		List<Long> sizes = people.caseloadSizes(user.providerScope()).stream().sorted().toList();
		if (sizes.isEmpty()) {
			return new CaseloadSpread(0, 0, 0, 0);
		}
		int n = sizes.size();
		double median = (n % 2 == 1) ? sizes.get(n / 2) : (sizes.get(n / 2 - 1) + sizes.get(n / 2)) / 2.0;
		return new CaseloadSpread(n, median, sizes.get(n - 1), sizes.stream().filter(s -> s > 80).count());
	}

}
