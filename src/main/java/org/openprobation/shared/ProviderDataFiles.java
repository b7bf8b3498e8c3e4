package org.openprobation.shared;

import java.util.List;

/**
 * The files a module contributes to a provider's export (docs/data-format.md): each is
 * one of its tables, every column, the rows that belong to one provider, in a fixed order
 * so that the same data always gives the same file. A module implements this in its
 * persistence layer, naming only its own schema and the reporting views.
 */
public interface ProviderDataFiles {

	/** Written where the query says {@code :provider}: the provider's id. */
	String PROVIDER = ":provider";

	/**
	 * Written where the query says {@code :people}: a subquery of the ids of the
	 * provider's people that the exporting user may see, so every file leaves out the
	 * same cases (those restricted without naming the user, or excluding them).
	 */
	String PEOPLE = ":people";

	List<DataFile> files();

	/**
	 * One file: its name (a CSV file, named after the table), its place in the set
	 * (parents before the records that refer to them) and the query of its rows, every
	 * column of one table read as {@code select t.* from schema.table t}, which names the
	 * provider as {@link #PROVIDER}.
	 */
	record DataFile(String name, int order, String query) {

		public DataFile {
			if (!name.matches("[a-z_]+\\.csv")) {
				throw new IllegalArgumentException("A data file is named like table_name.csv: " + name);
			}
			if (!TABLE.matcher(query).find()) {
				throw new IllegalArgumentException("A data file's query reads its table as t: " + query);
			}
		}

		private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern
			.compile("^select t\\.\\* from ([a-z_]+\\.[a-z_]+) t\\b");

		/**
		 * The table the file holds (schema and name): an import loads the file back into
		 * it.
		 */
		public String table() {
			java.util.regex.Matcher matcher = TABLE.matcher(query);
			matcher.find();
			return matcher.group(1);
		}

		/**
		 * The query for one provider, with the subquery of its people the user may see.
		 */
		public String queryFor(long providerId, String people) {
			return query.replace(PEOPLE, people).replace(PROVIDER, Long.toString(providerId));
		}

	}

}
