package org.openprobation;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Staff a test imports leave again after it: the demo's figures (520 practitioners,
 * caseloads, recommendations) are what other tests sharing the database check.
 */
public class RemovesImportedStaff implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(RemovesImportedStaff.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		long lastStaffBefore = jdbc(context).sql("select coalesce(max(id), 0) from organisation.staff")
			.query(Long.class)
			.single();
		context.getStore(NAMESPACE).put("lastStaffBefore", lastStaffBefore);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Long lastStaffBefore = context.getStore(NAMESPACE).get("lastStaffBefore", Long.class);
		if (lastStaffBefore != null) {
			jdbc(context).sql("delete from organisation.staff where id > :id").param("id", lastStaffBefore).update();
		}
	}

	private static JdbcClient jdbc(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
	}

}
