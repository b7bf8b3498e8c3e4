package org.openprobation.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total behind it. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements) {

	public PageOf {
		content = List.copyOf(content);
	}

	/**
	 * The page to show of {@code total} results, {@code size} a page: the one asked for,
	 * kept between the first and the last.
	 */
	public static int shownPage(int requested, long total, int size) {
		int last = (int) Math.max(1, (total + size - 1) / size);
		return Math.min(Math.max(1, requested), last);
	}

	public int totalPages() {
		return (int) Math.max(1, (totalElements + size - 1) / size);
	}

	public boolean hasNext() {
		return page < totalPages();
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public long firstItem() {
		return content.isEmpty() ? 0 : (long) (page - 1) * size + 1;
	}

	public long lastItem() {
		return (long) (page - 1) * size + content.size();
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(content.stream().map(mapper).toList(), page, size, totalElements);
	}

}
