package org.openprobation.shared;

/**
 * The change cannot be made because the record changed meanwhile (someone else acted
 * first); the API answers 409, a page says what happened.
 */
public class Conflict extends RuntimeException {

	public Conflict(String message) {
		super(message);
	}

}
