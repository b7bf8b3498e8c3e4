package org.openprobation;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CurrentUser;
import org.openprobation.shared.Crn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24's "one gate", checked on every build: a use case that is told who is asking
 * ({@link CurrentUser}) and which case (a {@link Crn}, or the id of a record that belongs
 * to a case) reaches the {@link CaseGate} before it returns, directly or through the
 * methods it calls; and a use case that is handed a case by person id takes a
 * {@link CheckedCase} instead, which only the gate makes.
 */
class CaseGateArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.openprobation");

	/**
	 * The gate's own module, the module that implements its look-up, and the generator.
	 */
	private static final List<String> BEHIND_THE_GATE = List.of("org.openprobation.access", "org.openprobation.people",
			"org.openprobation.demo", "org.openprobation.shared");

	/**
	 * Use cases given a user and an id that is not a case's: each with the reason it
	 * needs no gate. Reviewed by hand; a new one fails until it opens the gate or is
	 * added here with its reason.
	 */
	private static final Map<String, String> NOT_ABOUT_A_CASE = Map.ofEntries(
			Map.entry("Oversight.provider", "a provider's figures: counts, no case named"),
			Map.entry("Inspections.find", "an inspection, read by inspecting roles; its cases open the gate"),
			Map.entry("Inspections.makeup", "an inspection's strata and trail: counts, no case named"),
			Map.entry("ServiceMaintenance.problemsOf", "a service of the directory as typed: no person in it"),
			Map.entry("ServiceMaintenance.forChange", "a service of the directory: no person in it"),
			Map.entry("ServiceMaintenance.change", "a service of the directory: no person in it"),
			Map.entry("ServiceMaintenance.retire", "a service of the directory retired: its referrals are untouched"),
			Map.entry("ProjectChanges.suspend",
					"a project's sessions called off: every booked person is told, nothing about them is shown"),
			Map.entry("ProjectChanges.retire",
					"a project retired: every booked person is told, nothing about them is shown"),
			Map.entry("ProjectChanges.page", "a project and its weekly sessions: no person in it"),
			Map.entry("ProjectChanges.change",
					"a project's details; only counts of the people booked are read, none is shown"),
			Map.entry("ProjectChanges.changeWeekly",
					"a weekly session changed: every booked person moved is told, nothing about them is shown"),
			Map.entry("ProjectChanges.removeWeekly",
					"a weekly session ended: every booked person is told, nothing about them is shown"),
			Map.entry("SessionOutcomes.cancelSession",
					"a session called off: every booked person is told, nothing about them is shown"),
			Map.entry("SessionAccess.session", "an unpaid work session within the user's provider: places, no case"),
			Map.entry("ProviderAllocations.changeRule", "a provider's allocation rule"),
			Map.entry("UnpaidWork.sessions", "sessions of a borough: places, no case named"),
			Map.entry("Projects.addWeeklySession", "an unpaid work project's timetable"),
			Map.entry("Referrals.service", "an intervention in the directory"),
			Map.entry("Directory.search", "interventions serving a borough"),
			Map.entry("AppointmentOutcomes.cancelledByService",
					"a session the service called off: every booked person is told, nothing about them is shown"),
			Map.entry("Appointments.cancelledByService", "the same, for unpaid work, through the contacts facade"),
			Map.entry("InspectionReports.report", "the report names no case: its examples carry the stratum only"),
			Map.entry("InspectionRatings.results", "ratings from the answers: counts, no case named"),
			Map.entry("InspectionRatings.judge", "a judgement on a standard, not a case"),
			Map.entry("InspectionRatings.overrideRating", "a standard's rating"),
			Map.entry("InspectionRecommendations.recommendations", "an inspection's recommendations"),
			Map.entry("InspectionRecommendations.recommend", "an inspection's recommendations"),
			Map.entry("InspectionRecommendations.progress", "progress on a recommendation"),
			Map.entry("DealCases.deal", "shares the sample among inspectors by id; nothing about a case is shown"),
			Map.entry("SelfInspections.dashboard", "a provider's self-inspection figures"),
			Map.entry("SelfInspections.drawMonthly", "draws a provider's monthly sample; its cases open the gate"));

	private final Map<JavaCodeUnit, Boolean> opens = new HashMap<>();

	private static boolean inScope(JavaClass owner) {
		String pkg = owner.getPackageName();
		return BEHIND_THE_GATE.stream().noneMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."))
				&& !pkg.contains(".web") && !pkg.contains(".api") && !pkg.contains(".persistence")
				&& !pkg.contains(".domain");
	}

	/** Whether the method calls the gate, or calls something that does. */
	private boolean opensTheGate(JavaCodeUnit method, Set<JavaCodeUnit> visiting) {
		Boolean known = opens.get(method);
		if (known != null) {
			return known;
		}
		if (!visiting.add(method)) {
			return false;
		}
		boolean found = false;
		for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
			if (call.getTargetOwner().isEquivalentTo(CaseGate.class)) {
				found = true;
				break;
			}
			if (!call.getTargetOwner().getPackageName().startsWith("org.openprobation")) {
				continue;
			}
			for (JavaMethod target : call.getTarget().resolveMember().stream().toList()) {
				if (opensTheGate(target, visiting)) {
					found = true;
					break;
				}
			}
			if (found) {
				break;
			}
		}
		visiting.remove(method);
		opens.put(method, found);
		return found;
	}

	private static boolean isUseCase(JavaMethod method) {
		return method.getModifiers().contains(JavaModifier.PUBLIC)
				&& !method.getModifiers().contains(JavaModifier.STATIC) && inScope(method.getOwner())
				&& method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(CurrentUser.class));
	}

	private static List<Parameter> parameters(JavaMethod method) {
		try {
			Method reflected = method.reflect();
			return List.of(reflected.getParameters());
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

	private static String name(JavaMethod method) {
		return method.getOwner().getSimpleName() + "." + method.getName();
	}

	/** The use cases that match, as Owner.method. */
	private static List<String> useCases(java.util.function.Predicate<JavaMethod> matching) {
		List<String> found = new ArrayList<>();
		for (JavaClass owner : CLASSES) {
			for (JavaMethod method : owner.getMethods()) {
				if (isUseCase(method) && matching.test(method)) {
					found.add(name(method));
				}
			}
		}
		return found;
	}

	private boolean opensTheGate(String useCase) {
		int dot = useCase.indexOf('.');
		for (JavaClass owner : CLASSES) {
			if (owner.getSimpleName().equals(useCase.substring(0, dot))) {
				for (JavaMethod method : owner.getMethods()) {
					if (method.getName().equals(useCase.substring(dot + 1)) && isUseCase(method)
							&& !opensTheGate(method, new HashSet<>())) {
						return false;
					}
				}
			}
		}
		return true;
	}

	@Test
	void everyUseCaseGivenAUserAndACrnOpensTheGate() {
		List<String> given = useCases(
				method -> method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Crn.class)));
		assertThat(given).as("use cases given a user and a CRN").hasSizeGreaterThan(30);
		assertThat(given.stream().filter(useCase -> !opensTheGate(useCase)).toList())
			.as("use cases given a CRN that never reach the case gate")
			.isEmpty();
	}

	@Test
	void everyUseCaseGivenAUserAndTheIdOfARecordOpensTheGateOrIsNotAboutACase() {
		List<String> given = useCases(method -> parameters(method).stream()
			.anyMatch(p -> (p.getType() == long.class || p.getType() == Long.class)
					&& (p.getName().equals("id") || p.getName().endsWith("Id"))));
		assertThat(given).as("use cases given a user and a record's id").hasSizeGreaterThan(15);
		assertThat(given.stream()
			.filter(useCase -> !NOT_ABOUT_A_CASE.containsKey(useCase) && !opensTheGate(useCase))
			.toList()).as("use cases given a record's id that never reach the case gate").isEmpty();
	}

	@Test
	void noUseCaseIsHandedACaseByPersonIdAlongsideTheUser() {
		List<String> bare = useCases(
				method -> parameters(method).stream().anyMatch(p -> p.getName().equals("personId")));
		assertThat(parameters(CLASSES.get(CaseGate.class)
			.getMethod("openPerson", CurrentUser.class, long.class, org.openprobation.access.CaseUse.class,
					String.class)))
			.extracting(Parameter::getName)
			.as("parameter names are compiled in, so this test can read them")
			.contains("personId");
		assertThat(bare).as("take a CheckedCase from the gate instead of a user and a person's id").isEmpty();
	}

}
