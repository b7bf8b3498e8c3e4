package org.openprobation;

import java.util.List;
import java.util.Set;

import org.openprobation.access.AuditLog;
import org.openprobation.access.Role;
import org.openprobation.access.UsersBulkLoad;
import org.openprobation.demo.DemoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first start of a real deployment: with demo data off and no account that can sign
 * in, creates one administrator from {@code OPENPROBATION_ADMIN_USERNAME} and
 * {@code OPENPROBATION_ADMIN_PASSWORD}, or refuses to start, saying why, since nobody
 * could sign in. The operator chose the password, so it is not one-time. Runs after the
 * demo data's runner, which disables the demo sign-ins when demo data is off.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final int MINIMUM_PASSWORD = org.openprobation.access.PasswordRules.MINIMUM_LENGTH;

	private final UsersBulkLoad users;

	private final AuditLog audit;

	private final Environment environment;

	FirstAdministrator(UsersBulkLoad users, AuditLog audit, Environment environment) {
		this.users = users;
		this.audit = audit;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		DemoSettings.Generate generate = environment.getProperty("openprobation.demo.generate",
				DemoSettings.Generate.class, DemoSettings.Generate.AUTO);
		if (DemoSettings.demoOn(generate, embedded) || users.enabledAccounts() > 0) {
			return;
		}
		String username = environment.getProperty("openprobation.admin.username", "").strip();
		String password = environment.getProperty("openprobation.admin.password", "");
		String refusal = refusal(username, password);
		if (refusal != null) {
			throw new IllegalStateException("OpenProbation will not start: demo data is off and no account can sign "
					+ "in, so it needs a first administrator. " + refusal);
		}
		users.create(List
			.of(new UsersBulkLoad.NewUser(username, password, "Administrator", Set.of(Role.ADMIN), null, null, null)));
		audit.recordBySystem("CREATE_FIRST_ADMINISTRATOR",
				"First start: administrator " + username + " created from OPENPROBATION_ADMIN_USERNAME");
		log.info("First start: created the administrator {} with the password in OPENPROBATION_ADMIN_PASSWORD; "
				+ "sign in as them to set up the organisation and its users", username);
	}

	/** Why the variables cannot make the first administrator, or null when they can. */
	String refusal(String username, String password) {
		if (username.isEmpty() || password.isEmpty()) {
			return "Set OPENPROBATION_ADMIN_USERNAME and OPENPROBATION_ADMIN_PASSWORD (at least " + MINIMUM_PASSWORD
					+ " characters) and start again.";
		}
		if (!username.matches("[A-Za-z0-9._@-]{3,60}")) {
			return "OPENPROBATION_ADMIN_USERNAME must be 3 to 60 letters, digits or . _ @ -.";
		}
		java.util.Optional<String> weak = org.openprobation.access.PasswordRules.problem(username, password);
		if (weak.isPresent()) {
			return "OPENPROBATION_ADMIN_PASSWORD will not do: " + weak.get() + ".";
		}
		if (users.exists(username)) {
			return "An account named " + username + " already exists but cannot sign in (a demo sign-in left from "
					+ "an earlier start, or a disabled account): choose another OPENPROBATION_ADMIN_USERNAME.";
		}
		return null;
	}

}
