package org.openprobation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Accounts, providers, areas, boroughs, offices and teams a test adds leave again after
 * it: the demo's organisation and sign-ins are what other tests sharing the database
 * count and use.
 */
public class RemovesAddedOrganisation implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(RemovesAddedOrganisation.class);

	/** Children first, so that nothing is removed while something refers to it. */
	private static final List<String> TABLES = List.of("access.app_user", "organisation.team", "organisation.office",
			"organisation.borough", "organisation.area", "organisation.provider");

	@Override
	public void beforeEach(ExtensionContext context) {
		Map<String, Long> last = new LinkedHashMap<>();
		for (String table : TABLES) {
			last.put(table, jdbc(context).sql("select coalesce(max(id), 0) from " + table).query(Long.class).single());
		}
		context.getStore(NAMESPACE).put("last", last);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void afterEach(ExtensionContext context) {
		Map<String, Long> last = context.getStore(NAMESPACE).get("last", Map.class);
		if (last == null) {
			return;
		}
		JdbcClient jdbc = jdbc(context);
		jdbc.sql("delete from organisation.office_borough where office_id > :id")
			.param("id", last.get("organisation.office"))
			.update();
		for (String table : TABLES) {
			String kind = table.substring(table.indexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
			jdbc.sql("delete from organisation.unit_history where kind = :kind and unit_id > :id")
				.param("kind", kind)
				.param("id", last.get(table))
				.update();
			jdbc.sql("delete from " + table + " where id > :id").param("id", last.get(table)).update();
		}
	}

	private static JdbcClient jdbc(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
	}

}
