package org.openprobation.access;

import java.util.EnumSet;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.openprobation.access.domain.CaseAccessRule;

import static org.assertj.core.api.Assertions.assertThat;

class CaseAccessRuleTest {

	private static final long LONDON = 1;

	private static final long OTHER_PROVIDER = 2;

	/** A London case held by officer 100 in team 10 of area 5. */
	private static final CaseOwner LONDON_CASE = new CaseOwner(LONDON, 5L, 10L, 100L);

	private static CurrentUser user(Role role, Long staffId, Long teamId, Long areaId, Long providerId) {
		return new CurrentUser(1, role.name().toLowerCase(), role.label(), Set.of(role), staffId, teamId, areaId,
				providerId);
	}

	private static final CurrentUser RESPONSIBLE_OFFICER = user(Role.PRACTITIONER, 100L, 10L, 5L, LONDON);

	private static final CurrentUser COLLEAGUE = user(Role.PRACTITIONER, 101L, 10L, 5L, LONDON);

	private static final CurrentUser PRACTITIONER_ELSEWHERE = user(Role.PRACTITIONER, 200L, 20L, 6L, OTHER_PROVIDER);

	private static final CurrentUser TEAM_MANAGER = user(Role.SPO, 300L, 10L, 5L, LONDON);

	private static final CurrentUser OTHER_TEAM_MANAGER = user(Role.SPO, 301L, 11L, 5L, LONDON);

	private static final CurrentUser AREA_MANAGER = user(Role.AREA_MANAGER, null, null, 5L, LONDON);

	private static final CurrentUser QUALITY = user(Role.QUALITY, null, null, null, LONDON);

	private static final CurrentUser INSPECTOR = user(Role.INSPECTOR, null, null, null, null);

	private static final CurrentUser ADMIN = user(Role.ADMIN, null, null, null, null);

	@Test
	void practitionersReadCasesOfTheirOwnProviderOnly() {
		assertThat(CaseAccessRule.read(COLLEAGUE, LONDON_CASE).isGranted()).isTrue();
		assertThat(CaseAccessRule.read(PRACTITIONER_ELSEWHERE, LONDON_CASE))
			.isEqualTo(AccessDecision.refused("This case is held by another provider."));
	}

	@Test
	void practitionersChangeOnlyTheCasesTheyHold() {
		assertThat(CaseAccessRule.change(RESPONSIBLE_OFFICER, LONDON_CASE).isGranted()).isTrue();
		assertThat(CaseAccessRule.change(COLLEAGUE, LONDON_CASE).isGranted()).isFalse();
	}

	@Test
	void seniorProbationOfficersChangeTheirTeamsCases() {
		assertThat(CaseAccessRule.change(TEAM_MANAGER, LONDON_CASE).isGranted()).isTrue();
		assertThat(CaseAccessRule.read(OTHER_TEAM_MANAGER, LONDON_CASE).isGranted()).isTrue();
		assertThat(CaseAccessRule.change(OTHER_TEAM_MANAGER, LONDON_CASE).isGranted()).isFalse();
	}

	@Test
	void areaManagersChangeCasesInTheirArea() {
		assertThat(CaseAccessRule.change(AREA_MANAGER, LONDON_CASE).isGranted()).isTrue();
		assertThat(CaseAccessRule.change(AREA_MANAGER, new CaseOwner(LONDON, 6L, 12L, 102L)).isGranted()).isFalse();
	}

	@Test
	void qualityStaffReadTheirProviderAndChangeNothing() {
		assertThat(CaseAccessRule.read(QUALITY, LONDON_CASE).isGranted()).isTrue();
		assertThat(CaseAccessRule.read(QUALITY, new CaseOwner(OTHER_PROVIDER, null, null, null)).isGranted()).isFalse();
		assertThat(CaseAccessRule.change(QUALITY, LONDON_CASE).isGranted()).isFalse();
	}

	@Test
	void inspectorsReadAcrossProvidersAndChangeNothing() {
		assertThat(CaseAccessRule.read(INSPECTOR, new CaseOwner(OTHER_PROVIDER, null, null, null)).isGranted())
			.isTrue();
		assertThat(CaseAccessRule.change(INSPECTOR, LONDON_CASE))
			.isEqualTo(AccessDecision.refused("Your role reads cases but changes nothing."));
	}

	@Test
	void administratorsReadAndChangeAnything() {
		assertThat(CaseAccessRule.read(ADMIN, new CaseOwner(OTHER_PROVIDER, null, null, null)).isGranted()).isTrue();
		assertThat(CaseAccessRule.change(ADMIN, LONDON_CASE).isGranted()).isTrue();
	}

	@Property
	void nobodyChangesWhatTheyMayNotRead(@ForAll("users") CurrentUser user, @ForAll("owners") CaseOwner owner) {
		if (!user.has(Role.ADMIN) && !CaseAccessRule.read(user, owner).isGranted()) {
			assertThat(CaseAccessRule.change(user, owner).isGranted()).isFalse();
		}
	}

	@Property
	void inspectorsNeverChangeAnything(@ForAll("owners") CaseOwner owner) {
		assertThat(CaseAccessRule.change(INSPECTOR, owner).isGranted()).isFalse();
	}

	@Provide
	Arbitrary<CurrentUser> users() {
		Arbitrary<Role> roles = Arbitraries.of(EnumSet.complementOf(EnumSet.of(Role.ADMIN)));
		Arbitrary<Long> ids = Arbitraries.longs().between(1, 3).injectNull(0.2);
		return net.jqwik.api.Combinators.combine(roles, ids, ids, ids, ids)
			.as((role, staff, team, area, provider) -> user(role, staff, team, area, provider));
	}

	@Provide
	Arbitrary<CaseOwner> owners() {
		Arbitrary<Long> ids = Arbitraries.longs().between(1, 3);
		return net.jqwik.api.Combinators.combine(ids, ids.injectNull(0.2), ids.injectNull(0.2), ids.injectNull(0.2))
			.as(CaseOwner::new);
	}

}
