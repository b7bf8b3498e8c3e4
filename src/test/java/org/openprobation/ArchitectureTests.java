package org.openprobation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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

	/**
	 * "Now" comes from the one {@link java.time.Clock} bean, so a test can start time on
	 * the demo data's date; reading the system clock directly would judge the same data
	 * differently on every day the suite runs.
	 */
	@Test
	void timeIsReadOnlyFromTheClock() {
		noClasses().should()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now", java.time.ZoneId.class)
			.orShould()
			.callMethod(java.time.ZonedDateTime.class, "now")
			.orShould()
			.callMethod(java.time.OffsetDateTime.class, "now")
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

	/**
	 * Edges are bound: a page form is a {@code ...Form} record, an API body a
	 * {@code ...Request} record, never a raw map of parameters or a JSON tree read by
	 * hand.
	 */
	@Test
	void controllersTakeNoRawFormMapsOrJsonTrees() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should(new ArchCondition<JavaMethod>("take no MultiValueMap, JsonNode or @RequestParam Map") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					for (JavaParameter parameter : method.getParameters()) {
						String type = parameter.getRawType().getName();
						boolean raw = type.equals("org.springframework.util.MultiValueMap")
								|| type.equals("tools.jackson.databind.JsonNode")
								|| type.equals("com.fasterxml.jackson.databind.JsonNode")
								|| (type.equals("java.util.Map") && parameter
									.isAnnotatedWith(org.springframework.web.bind.annotation.RequestParam.class));
						if (raw) {
							events.add(SimpleConditionEvent.violated(method,
									method.getFullName() + " takes " + parameter.getRawType().getSimpleName()));
						}
					}
				}
			})
			.check(CLASSES);
	}

	/**
	 * An API body is a record, and the handler asks for its problems after asking who may
	 * act.
	 */
	@Test
	void requestBodiesAreRecordsCheckedByTheHandler() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should(new ArchCondition<JavaMethod>("take a ...Request record as body and call RequestBodies.checked") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					for (JavaParameter parameter : method.getParameters()) {
						if (!parameter.isAnnotatedWith(org.springframework.web.bind.annotation.RequestBody.class)) {
							continue;
						}
						if (!parameter.getRawType().isRecord()
								|| !parameter.getRawType().getSimpleName().endsWith("Request")) {
							events.add(SimpleConditionEvent.violated(method,
									method.getFullName() + " takes a body that is not a ...Request record"));
						}
						boolean checked = method.getMethodCallsFromSelf()
							.stream()
							.anyMatch(call -> call.getTargetOwner()
								.isEquivalentTo(org.openprobation.shared.RequestBodies.class)
									&& call.getName().equals("checked"));
						if (!checked) {
							events.add(SimpleConditionEvent.violated(method,
									method.getFullName() + " never calls RequestBodies.checked"));
						}
					}
				}
			})
			.check(CLASSES);
	}

	/** What a page form binds is a {@code ...Form} record of what was typed. */
	@Test
	void pageFormsAreRecords() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.should(new ArchCondition<JavaMethod>("bind forms only to records") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					for (JavaParameter parameter : method.getParameters()) {
						if (parameter.getRawType().getSimpleName().endsWith("Form")
								&& !parameter.getRawType().isRecord()) {
							events.add(SimpleConditionEvent.violated(method,
									method.getFullName() + " binds a form that is not a record"));
						}
					}
				}
			})
			.check(CLASSES);
	}

	/**
	 * A page form's fields arrive in its {@code ...Form} record, never as loose
	 * {@code @RequestParam}s (a file upload is the one exception: it is not typed text).
	 */
	@Test
	void pagePostsBindTheirFieldsToAFormRecord() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.and()
			.areAnnotatedWith(org.springframework.web.bind.annotation.PostMapping.class)
			.should(new ArchCondition<JavaMethod>("take the form's fields only as a ...Form record") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					for (JavaParameter parameter : method.getParameters()) {
						if (parameter.isAnnotatedWith(org.springframework.web.bind.annotation.RequestParam.class)
								&& !parameter.getRawType()
									.isAssignableTo(org.springframework.web.multipart.MultipartFile.class)) {
							events.add(SimpleConditionEvent.violated(method,
									method.getFullName() + " takes a form field as a loose @RequestParam"));
						}
					}
				}
			})
			.check(CLASSES);
	}

}
