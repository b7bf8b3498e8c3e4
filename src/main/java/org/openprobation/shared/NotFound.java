package org.openprobation.shared;

/** The thing asked for does not exist (a page answers 404, the API 404 problem+json). */
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message);
	}

}
