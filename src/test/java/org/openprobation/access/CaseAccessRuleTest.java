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
		assertThat(CaseAccessRule.read(PRACTITIONER_ELSEWHERE, LONDON_CASE)).isEqualTo(
				AccessDecision.refused(AccessDecision.Ground.OTHER_PROVIDER, "This case is held by another provider."));
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
		assertThat(CaseAccessRule.change(INSPECTOR, LONDON_CASE)).isEqualTo(
				AccessDecision.refused(AccessDecision.Ground.ROLE, "Your role reads cases but changes nothing."));
	}

	@Test
	void administratorsReadAndChangeAnything() {
		assertThat(CaseAccessRule.read(ADMIN, new CaseOwner(OTHER_PROVIDER, null, null, null)).isGranted()).isTrue();
		assertThat(CaseAccessRule.change(ADMIN, LONDON_CASE).isGranted()).isTrue();
	}

	private static final CurrentUser UNPAID_WORK = user(Role.UNPAID_WORK, null, null, null, LONDON);

	@Test
	void unpaidWorkStaffRunTheUnpaidWorkOfTheirProvidersCasesButChangeNothingElse() {
		assertThat(CaseAccessRule.unpaidWork(UNPAID_WORK, LONDON_CASE).isGranted()).isTrue();
		assertThat(CaseAccessRule.change(UNPAID_WORK, LONDON_CASE).isGranted()).isFalse();
		assertThat(CaseAccessRule.unpaidWork(UNPAID_WORK, new CaseOwner(OTHER_PROVIDER, null, null, null)))
			.isInstanceOfSatisfying(AccessDecision.Refused.class,
					r -> assertThat(r.ground()).isEqualTo(AccessDecision.Ground.OTHER_PROVIDER));
		// anyone else runs a case's unpaid work only where they may change the case
		assertThat(CaseAccessRule.unpaidWork(RESPONSIBLE_OFFICER, LONDON_CASE).isGranted()).isTrue();
		assertThat(CaseAccessRule.unpaidWork(COLLEAGUE, LONDON_CASE).isGranted()).isFalse();
	}

	@Test
	void anExcludedUserIsRefusedEveryUseWhateverTheirRoleWithTheReasonButNotThePerson() {
		CaseOwner excluded = new CaseOwner(LONDON, 5L, 10L, 100L, false, Set.of(),
				java.util.Map.of("unpaid_work", "Knows the family", "admin", "Knows the family", "spo", "Relative"),
				false);
		CurrentUser unpaidWork = new CurrentUser(1, "unpaid_work", "U", Set.of(Role.UNPAID_WORK), null, null, null,
				LONDON);
		CurrentUser admin = new CurrentUser(2, "admin", "A", Set.of(Role.ADMIN), null, null, null, null);
		CurrentUser spo = new CurrentUser(3, "spo", "S", Set.of(Role.SPO), 300L, 10L, 5L, LONDON);
		for (CurrentUser user : java.util.List.of(unpaidWork, admin, spo)) {
			for (AccessDecision decision : java.util.List.of(CaseAccessRule.read(user, excluded),
					CaseAccessRule.change(user, excluded), CaseAccessRule.unpaidWork(user, excluded))) {
				assertThat(decision).isInstanceOfSatisfying(AccessDecision.Refused.class, r -> {
					assertThat(r.ground()).isEqualTo(AccessDecision.Ground.EXCLUDED);
					assertThat(r.reason()).startsWith("You are excluded from this case: ");
				});
			}
		}
	}

	@Test
	void aRestrictedCaseIsOpenOnlyToItsNamedUsers() {
		CaseOwner restricted = new CaseOwner(LONDON, 5L, 10L, 100L, true, Set.of("officer"), java.util.Map.of(), false);
		CurrentUser named = new CurrentUser(1, "officer", "O", Set.of(Role.PRACTITIONER), 100L, 10L, 5L, LONDON);
		assertThat(CaseAccessRule.change(named, restricted).isGranted()).isTrue();
		for (CurrentUser user : java.util.List.of(TEAM_MANAGER, AREA_MANAGER, ADMIN, INSPECTOR, UNPAID_WORK)) {
			assertThat(CaseAccessRule.read(user, restricted)).isInstanceOfSatisfying(AccessDecision.Refused.class,
					r -> assertThat(r.ground()).isEqualTo(AccessDecision.Ground.RESTRICTED));
			assertThat(CaseAccessRule.unpaidWork(user, restricted).isGranted()).isFalse();
		}
	}

	@Test
	void aCaseTransferredOutIsReadButChangedByNobody() {
		CaseOwner transferred = new CaseOwner(LONDON, 5L, 10L, 100L, false, Set.of(), java.util.Map.of(), true);
		assertThat(CaseAccessRule.read(TEAM_MANAGER, transferred).isGranted()).isTrue();
		for (CurrentUser user : java.util.List.of(RESPONSIBLE_OFFICER, TEAM_MANAGER, AREA_MANAGER, ADMIN)) {
			assertThat(CaseAccessRule.change(user, transferred)).isInstanceOfSatisfying(AccessDecision.Refused.class,
					r -> assertThat(r.ground()).isEqualTo(AccessDecision.Ground.TRANSFERRED));
		}
		assertThat(CaseAccessRule.unpaidWork(UNPAID_WORK, transferred).isGranted()).isFalse();
	}

	@Property
	void anExcludedUserNeverPassesWhateverTheRoleAndTheCase(@ForAll("everyUser") CurrentUser user,
			@ForAll("owners") CaseOwner owner) {
		CaseOwner excluded = new CaseOwner(owner.providerId(), owner.areaId(), owner.teamId(), owner.officerStaffId(),
				owner.restricted(), Set.of(user.username()), java.util.Map.of(user.username(), "Conflict of interest"),
				owner.transferredOut());
		assertThat(CaseAccessRule.read(user, excluded).isGranted()).isFalse();
		assertThat(CaseAccessRule.change(user, excluded).isGranted()).isFalse();
		assertThat(CaseAccessRule.unpaidWork(user, excluded).isGranted()).isFalse();
	}

	@Property
	void nothingIsGrantedOnARestrictedCaseToAUserNotNamedOnIt(@ForAll("everyUser") CurrentUser user,
			@ForAll("owners") CaseOwner owner) {
		CaseOwner restricted = new CaseOwner(owner.providerId(), owner.areaId(), owner.teamId(), owner.officerStaffId(),
				true, Set.of("someone-else"), java.util.Map.of(), owner.transferredOut());
		assertThat(CaseAccessRule.read(user, restricted).isGranted()).isFalse();
		assertThat(CaseAccessRule.change(user, restricted).isGranted()).isFalse();
		assertThat(CaseAccessRule.unpaidWork(user, restricted).isGranted()).isFalse();
	}

	@Property
	void whoeverRunsACasesUnpaidWorkMayReadIt(@ForAll("everyUser") CurrentUser user,
			@ForAll("owners") CaseOwner owner) {
		if (CaseAccessRule.unpaidWork(user, owner).isGranted()) {
			assertThat(CaseAccessRule.read(user, owner).isGranted()).isTrue();
		}
	}

	@Provide
	Arbitrary<CurrentUser> everyUser() {
		Arbitrary<Role> roles = Arbitraries.of(Role.class);
		Arbitrary<Long> ids = Arbitraries.longs().between(1, 3).injectNull(0.2);
		return net.jqwik.api.Combinators.combine(roles, ids, ids, ids, ids)
			.as((role, staff, team, area, provider) -> user(role, staff, team, area, provider));
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

	@Test
	void aCaseNobodyHoldsYetIsChangedByItsProvidersManagersNotItsPractitioners() {
		CaseOwner registered = new CaseOwner(LONDON, null, null, null);
		assertThat(CaseAccessRule.change(OTHER_TEAM_MANAGER, registered).isGranted()).isTrue();
		assertThat(CaseAccessRule.change(AREA_MANAGER, registered).isGranted()).isTrue();
		assertThat(CaseAccessRule.change(COLLEAGUE, registered).isGranted()).isFalse();
		assertThat(CaseAccessRule.change(QUALITY, registered).isGranted()).isFalse();
		assertThat(CaseAccessRule.change(user(Role.SPO, 900L, 90L, 9L, OTHER_PROVIDER), registered).isGranted())
			.isFalse();
	}

	@Test
	void theProviderAReferralIsSentToAnswersItWithoutReadingTheCase() {
		// an NPS case referred to a London CRC service
		CaseOwner npsCase = new CaseOwner(OTHER_PROVIDER, 7L, 70L, 700L);
		assertThat(CaseAccessRule.read(COLLEAGUE, npsCase).isGranted()).isFalse();
		assertThat(CaseAccessRule.referralReceived(COLLEAGUE, npsCase, LONDON).isGranted()).isTrue();
		assertThat(CaseAccessRule.referralReceived(TEAM_MANAGER, npsCase, LONDON).isGranted()).isTrue();
		assertThat(CaseAccessRule.referralReceived(QUALITY, npsCase, LONDON)).isInstanceOfSatisfying(
				AccessDecision.Refused.class, r -> assertThat(r.ground()).isEqualTo(AccessDecision.Ground.ROLE));
		assertThat(CaseAccessRule.referralReceived(PRACTITIONER_ELSEWHERE, LONDON_CASE, LONDON)).isInstanceOfSatisfying(
				AccessDecision.Refused.class,
				r -> assertThat(r.ground()).isEqualTo(AccessDecision.Ground.OTHER_PROVIDER));
		// a referral within one provider is the case's own rules', not this one's
		assertThat(CaseAccessRule.referralReceived(COLLEAGUE, LONDON_CASE, LONDON).isGranted()).isFalse();
	}

	@Test
	void restrictionAndExclusionComeBeforeAReferralAcrossProviders() {
		CaseOwner restricted = new CaseOwner(OTHER_PROVIDER, 7L, 70L, 700L, true, Set.of("someone.else"),
				java.util.Map.of());
		assertThat(CaseAccessRule.referralReceived(COLLEAGUE, restricted, LONDON)).isInstanceOfSatisfying(
				AccessDecision.Refused.class, r -> assertThat(r.ground()).isEqualTo(AccessDecision.Ground.RESTRICTED));
		CaseOwner excluding = new CaseOwner(OTHER_PROVIDER, 7L, 70L, 700L, false, Set.of(),
				java.util.Map.of(COLLEAGUE.username(), "a relative"));
		assertThat(CaseAccessRule.referralReceived(COLLEAGUE, excluding, LONDON)).isInstanceOfSatisfying(
				AccessDecision.Refused.class, r -> assertThat(r.ground()).isEqualTo(AccessDecision.Ground.EXCLUDED));
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
		return net.jqwik.api.Combinators
			.combine(ids, ids.injectNull(0.2), ids.injectNull(0.2), ids.injectNull(0.2), Arbitraries.of(true, false))
			.as((provider, area, team, officer, transferred) -> new CaseOwner(provider, area, team, officer, false,
					Set.of(), java.util.Map.of(), transferred));
	}

}
