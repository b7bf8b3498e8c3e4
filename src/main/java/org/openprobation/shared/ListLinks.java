package org.openprobation.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links for a sortable, paged list page: the same filters with another page or another
 * sort. Pages use it for the GOV.UK pagination and sortable table headers, so no template
 * builds a query string by hand.
 */
public final class ListLinks {

	private final String path;

	private final Map<String, String> filters;

	private final String sort;

	private final SortDirection direction;

	private final int page;

	private final int totalPages;

	public ListLinks(String path, Map<String, String> filters, String sort, SortDirection direction, int page,
			int totalPages) {
		this.path = path;
		this.filters = new LinkedHashMap<>(filters);
		this.sort = sort;
		this.direction = direction;
		this.page = page;
		this.totalPages = totalPages;
	}

	public String page(int number) {
		return url(sort, direction, number);
	}

	/**
	 * Sorting by a column starts on page 1; sorting by the current column again reverses
	 * it.
	 */
	public String sortBy(String column) {
		SortDirection next = column.equals(sort) ? direction.reversed() : SortDirection.ASCENDING;
		return url(column, next, 1);
	}

	/** The value of {@code aria-sort} for a column header. */
	public String ariaSort(String column) {
		if (!column.equals(sort)) {
			return "none";
		}
		return direction == SortDirection.ASCENDING ? "ascending" : "descending";
	}

	public int current() {
		return page;
	}

	public int totalPages() {
		return totalPages;
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < totalPages;
	}

	/** Page numbers to show, with 0 standing for an ellipsis: 1 … 4 5 6 … 20. */
	public List<Integer> numbers() {
		List<Integer> numbers = new ArrayList<>();
		for (int n = 1; n <= totalPages; n++) {
			if (n == 1 || n == totalPages || Math.abs(n - page) <= 1) {
				numbers.add(n);
			}
			else if (numbers.get(numbers.size() - 1) != 0) {
				numbers.add(0);
			}
		}
		return numbers;
	}

	private String url(String sortColumn, SortDirection dir, int pageNumber) {
		StringBuilder url = new StringBuilder(path).append('?');
		filters.forEach((k, v) -> {
			if (v != null && !v.isEmpty()) {
				url.append(encode(k)).append('=').append(encode(v)).append('&');
			}
		});
		url.append("sort=").append(encode(sortColumn)).append("&dir=").append(dir.param());
		if (pageNumber > 1) {
			url.append("&page=").append(pageNumber);
		}
		return url.toString();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
