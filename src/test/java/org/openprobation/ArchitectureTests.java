package org.openprobation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.openprobation");

	@Test
	void domainRulesArePlainJava() {
		// package-info may carry Spring Modulith's module metadata; the rules themselves
		// may not use Spring.
		noClasses().that()
			.resideInAPackage("..domain..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "jakarta..", "javax.sql..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void controllersLiveOnlyInWebOrApiPackages() {
		classes().that()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should()
			.resideInAnyPackage("..web..", "..api..")
			.check(CLASSES);
	}

	@Test
	void apiControllersLiveInApiPackages() {
		classes().that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should()
			.resideInAPackage("..api..")
			.check(CLASSES);
	}

	@Test
	void sqlStaysInPersistencePackages() {
		noClasses().that()
			.resideOutsideOfPackages("..persistence..", "org.openprobation.shared..", "org.openprobation.demo..",
					"org.openprobation")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.check(CLASSES);
	}

}
