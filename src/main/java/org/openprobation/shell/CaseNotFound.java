package org.openprobation.shell;

/** No person has this CRN (or it is not a CRN at all). */
public class CaseNotFound extends RuntimeException {

	public CaseNotFound(String typed) {
		// Only a well-formed CRN is repeated back; anything else typed is never echoed.
		super(org.openprobation.shared.Crn.looksLikeCrn(typed) ? "No person on probation has the CRN " + typed.strip()
				: "That is not a CRN: a CRN is one letter followed by six digits");
	}

}
