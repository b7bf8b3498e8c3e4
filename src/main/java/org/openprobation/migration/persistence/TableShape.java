package org.openprobation.migration.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A table as PostgreSQL's catalog describes it: its columns and their types, its keys,
 * its unique indexes, its check constraints and its references to other tables. An import
 * checks a file's rows against exactly the rules the table itself enforces, so a rule
 * added to the schema is checked without a line of import code.
 */
record TableShape(String table, List<Column> columns, List<String> primaryKey, List<Unique> uniques, List<Check> checks,
		List<Reference> references) {

	/** A column; {@code defaultValue} is its default as an SQL expression. */
	record Column(String name, String type, boolean notNull, @Nullable String defaultValue, boolean identity,
			boolean generated) {

		boolean text() {
			return type.equals("text");
		}

		/** Whether a row must give it: not null, and nothing fills it in. */
		boolean required() {
			return notNull && defaultValue == null && !generated;
		}

	}

	/** A unique index: its columns, and the rows it covers when it is partial. */
	record Unique(String name, List<String> columns, @Nullable String predicate) {
	}

	record Check(String name, String expression, List<String> columns) {
	}

	/** A foreign key: these columns name a row of another table by its columns. */
	record Reference(String name, List<String> columns, String table, List<String> referenced) {
	}

	Optional<Column> column(String name) {
		return columns.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	boolean hasIdentity() {
		return columns.stream().anyMatch(Column::identity);
	}

	/** The columns an import writes: every one but those PostgreSQL computes. */
	List<Column> writable() {
		return columns.stream().filter(c -> !c.generated()).toList();
	}

	static TableShape read(Connection connection, String table) throws SQLException {
		List<Column> columns = new ArrayList<>();
		try (PreparedStatement s = connection.prepareStatement("""
				select a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),
				       a.attidentity <> '', a.attgenerated <> ''
				from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
				where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum""")) {
			s.setString(1, table);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					boolean identity = rs.getBoolean(5);
					boolean generated = rs.getBoolean(6);
					columns.add(new Column(rs.getString(1), rs.getString(2), rs.getBoolean(3),
							identity || generated ? null : rs.getString(4), identity, generated));
				}
			}
		}
		List<String> primaryKey = List.of();
		List<Unique> uniques = new ArrayList<>();
		try (PreparedStatement s = connection.prepareStatement("""
				select i.indisprimary, c.relname, pg_get_expr(i.indpred, i.indrelid),
				       array(select a.attname from unnest(i.indkey::int2[]) with ordinality k(n, o)
				             join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n order by k.o)
				from pg_index i join pg_class c on c.oid = i.indexrelid
				where i.indrelid = ?::regclass and i.indisunique and i.indexprs is null order by c.relname""")) {
			s.setString(1, table);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					List<String> keyColumns = names(rs.getArray(4));
					if (rs.getBoolean(1)) {
						primaryKey = keyColumns;
					}
					else {
						uniques.add(new Unique(rs.getString(2), keyColumns, rs.getString(3)));
					}
				}
			}
		}
		List<Check> checks = new ArrayList<>();
		List<Reference> references = new ArrayList<>();
		try (PreparedStatement s = connection.prepareStatement(
				"""
						select c.contype, c.conname, pg_get_expr(c.conbin, c.conrelid), c.confrelid::regclass::text,
						       array(select a.attname from unnest(c.conkey) with ordinality k(n, o)
						             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o),
						       array(select a.attname from unnest(c.confkey) with ordinality k(n, o)
						             join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o)
						from pg_constraint c where c.conrelid = ?::regclass and c.contype in ('c', 'f') order by c.conname""")) {
			s.setString(1, table);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					if (rs.getString(1).equals("c")) {
						checks.add(new Check(rs.getString(2), rs.getString(3), names(rs.getArray(5))));
					}
					else {
						references.add(new Reference(rs.getString(2), names(rs.getArray(5)), rs.getString(4),
								names(rs.getArray(6))));
					}
				}
			}
		}
		return new TableShape(table, List.copyOf(columns), primaryKey, List.copyOf(uniques), List.copyOf(checks),
				List.copyOf(references));
	}

	private static List<String> names(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
