package org.openprobation.policy;

import java.util.List;

/**
 * Fields of a policy that read as a table (points by tier and kind, say): the settings
 * page shows them as one, a row per {@code rows} label and a column per {@code columns}
 * label, each cell the field named in {@code names}.
 *
 * @param caption what the table holds
 * @param rowHeader the heading of the rows' labels
 */
public record PolicyGrid(String caption, String rowHeader, List<String> rows, List<String> columns,
		List<List<String>> names) {

	public PolicyGrid {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		names = names.stream().map(List::copyOf).toList();
		int width = columns.size();
		if (names.size() != rows.size() || names.stream().anyMatch(row -> row.size() != width)) {
			throw new IllegalArgumentException("A policy grid needs a field name for every row and column");
		}
	}

	/** Whether the field is a cell of the table (and so not shown on its own). */
	public boolean contains(String name) {
		return names.stream().anyMatch(row -> row.contains(name));
	}

}
