package org.openprobation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real embedded PostgreSQL 17 with the London demo data
 * generated once for the test run (fixed date and seed), on a random port. The clock
 * starts at 08:00 on the data's date and runs on, so every date the application judges is
 * the same whatever day the suite runs; tests take "today" from the same
 * {@link java.time.Clock} bean or from {@link #AS_OF}, never from the system clock. Every
 * test class using it shares the one Spring context. {@link AuditWatch} compares every
 * request about a case with the audit rows it wrote.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "openprobation.data-dir=target/test-data", "openprobation.embedded-database.clean-on-start=true",
				"openprobation.demo.generate=always", "openprobation.demo.as-of=2026-11-23",
				"openprobation.clock.start=" + IntegrationTest.CLOCK_START,
				"logging.file.name=target/test-data/logs/openprobation.log" })
@org.springframework.context.annotation.Import(AuditWatch.class)
public @interface IntegrationTest {

	/** The date the test data is generated as at. */
	String AS_OF = "2026-11-23";

	/**
	 * The application's "now" when the context starts: 08:00 in London on {@link #AS_OF}.
	 */
	String CLOCK_START = "2026-11-23T08:00";

}
