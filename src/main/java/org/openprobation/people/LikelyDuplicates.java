package org.openprobation.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Registering was stopped because records on file are likely the same person: the user
 * opens one, or confirms for each that it is not the same person. The API answers 409
 * with the candidates; the page lists them.
 */
public class LikelyDuplicates extends RuntimeException {

	/**
	 * A likely match: its CRN, why it matched, and whether the user may open it. Its name
	 * and date of birth are given only when they may; {@code heldBy} names the provider
	 * holding one they may not.
	 */
	public record Candidate(String crn, @Nullable String name, @Nullable LocalDate dateOfBirth, List<String> reasons,
			boolean readable, @Nullable String heldBy) {

		public Candidate {
			reasons = List.copyOf(reasons);
		}

	}

	private final List<Candidate> candidates;

	public LikelyDuplicates(List<Candidate> candidates) {
		super(candidates.size() == 1 ? "A record on file is likely the same person"
				: candidates.size() + " records on file are likely the same person");
		this.candidates = List.copyOf(candidates);
	}

	public List<Candidate> candidates() {
		return candidates;
	}

}
