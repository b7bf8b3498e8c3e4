package org.openprobation.access;

/** Thrown by a use case when the user may not read or change the case; shown as 403. */
public class CaseAccessDenied extends RuntimeException {

	public CaseAccessDenied(String reason) {
		super(reason);
	}

}
