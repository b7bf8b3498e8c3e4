package org.openprobation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real embedded PostgreSQL 17 with the London demo data
 * generated once for the test run (fixed date and seed), on a random port. Every test
 * class using it shares the one Spring context. {@link AuditWatch} compares every request
 * about a case with the audit rows it wrote.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "openprobation.data-dir=target/test-data", "openprobation.embedded-database.clean-on-start=true",
				"openprobation.demo.generate=always", "openprobation.demo.as-of=2026-11-23",
				"logging.file.name=target/test-data/logs/openprobation.log" })
@org.springframework.context.annotation.Import(AuditWatch.class)
public @interface IntegrationTest {

	/** The date the test data is generated as at. */
	String AS_OF = "2026-11-23";

}
