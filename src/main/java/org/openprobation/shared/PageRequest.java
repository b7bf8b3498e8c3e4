package org.openprobation.shared;

/**
 * A page of a list: numbered from 1 as people count, with a size the caller may not push
 * past {@link #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 200;

	public PageRequest {
		if (page < 1) {
			throw new IllegalArgumentException("page starts at 1");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
		}
	}

	public static PageRequest first(int size) {
		return new PageRequest(1, size);
	}

	public int offset() {
		return (page - 1) * size;
	}

}
