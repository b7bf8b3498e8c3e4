package org.openprobation.oversight;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.inspection.SelfInspections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Equality monitoring, workforce information, the national view and self-inspection. */
@IntegrationTest
class MonitoringTest {

	@Autowired
	Oversight oversight;

	@Autowired
	EqualityMonitoring equality;

	@Autowired
	WorkforceInformation workforce;

	@Autowired
	org.openprobation.allocation.Workloads workloads;

	@Autowired
	NationalView national;

	@Autowired
	SelfInspections selfInspections;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyCharacteristicSplitsTheWholePopulationAndGroupsAreTestedAgainstTheRest() {
		CurrentUser quality = users.find("quality").orElseThrow();
		Scope provider = oversight.home(quality);
		// other tests change the record; the figures here must be gathered now
		oversight.refresh();
		EqualityMonitoring.Report report = equality.report(quality, provider);
		assertThat(report.outcomes()).hasSize(5 * 5);
		int supervised = jdbc.sql("select count(*) from reporting.person_under_supervision where provider_id = :p")
			.param("p", provider.providerId())
			.query(Integer.class)
			.single();
		for (EqualityMonitoring.Table t : report.outcomes()) {
			int people = t.groups().stream().mapToInt(EqualityMonitoring.Group::people).sum();
			int with = t.groups().stream().mapToInt(EqualityMonitoring.Group::withOutcome).sum();
			if (t.population().equals("people under supervision")) {
				assertThat(people).as(t.outcome() + " by " + t.characteristic()).isEqualTo(supervised);
			}
			for (EqualityMonitoring.Group g : t.groups()) {
				assertThat(g.people() + g.restPeople()).isEqualTo(people);
				assertThat(g.withOutcome() + g.restWithOutcome()).isEqualTo(with);
				assertThat(g.differs()).isEqualTo(g.enoughToSay() && Math.abs(g.z()) >= 1.959964);
			}
		}
		assertThat(report.outcomes()).filteredOn(t -> t.characteristic().equals("Ethnicity"))
			.allMatch(t -> t.groups().stream().anyMatch(g -> g.name().equals("White")));
		assertThat(report.staff()).hasSize(2 * 4);
		int staff = jdbc.sql("select count(*) from reporting.workforce where provider_id = :p")
			.param("p", provider.providerId())
			.query(Integer.class)
			.single();
		assertThat(report.staff().get(0).groups().stream().mapToInt(EqualityMonitoring.Group::people).sum())
			.isEqualTo(staff);
	}

	@Test
	void workforceFiguresEqualTheStaffRecord() {
		CurrentUser quality = users.find("quality").orElseThrow();
		Scope provider = oversight.home(quality);
		WorkforceInformation.Report report = workforce.report(quality, provider);
		int staff = jdbc.sql("select count(*) from reporting.workforce where provider_id = :p")
			.param("p", provider.providerId())
			.query(Integer.class)
			.single();
		int agency = jdbc
			.sql("select count(*) from reporting.workforce where provider_id = :p and employment = 'AGENCY'")
			.param("p", provider.providerId())
			.query(Integer.class)
			.single();
		assertThat(report.total().inPost()).isEqualTo(staff);
		assertThat(report.total().agency()).isEqualTo(agency);
		// full-time equivalents are contracted hours over the provider's full-time week
		java.math.BigDecimal hours = jdbc
			.sql("select coalesce(sum(contracted_hours), 0) from reporting.workforce where provider_id = :p")
			.param("p", provider.providerId())
			.query(java.math.BigDecimal.class)
			.single();
		assertThat(report.total().fullTimeEquivalent()).isEqualByComparingTo(
				hours.divide(workloads.fullTimeHours(provider.providerId()), 1, java.math.RoundingMode.HALF_UP));
		assertThat(workloads.fullTimeHours(provider.providerId())).isEqualByComparingTo("37");
		WorkforceInformation.GradeRow officers = report.grades()
			.stream()
			.filter(g -> g.grade().equals("Probation officer"))
			.findFirst()
			.orElseThrow();
		assertThat(officers.posts()).isGreaterThanOrEqualTo(officers.inPost());
		assertThat(officers.vacancies()).isEqualTo(officers.posts() - officers.inPost()).isPositive();
		assertThat(officers.averageCaseload()).isGreaterThan(20);
		assertThat(report.teams()).isNotEmpty();
	}

	@Test
	void theNationalViewIsForInspectorsAndShowsRecordedFigures() {
		assertThatThrownBy(() -> national.table(users.find("quality").orElseThrow()))
			.isInstanceOf(AccessDeniedException.class);
		NationalView.Table table = national.table(users.find("inspector").orElseThrow());
		assertThat(table.providers()).hasSize(1);
		NationalView.Row london = table.providers().get(0);
		assertThat(london.figure(Metric.CONTACT_OVERDUE)).isNotNull();
		assertThat(london.figure(Metric.CONTACT_OVERDUE).denominator()).isPositive();
		assertThat(table.metrics()).contains(Metric.COMPLETION_COMMUNITY);
	}

	@Test
	void selfInspectionProjectsEachStandardFromTheLastThreeMonths() {
		CurrentUser quality = users.find("quality").orElseThrow();
		SelfInspections.Dashboard d = selfInspections.dashboard(quality, quality.providerId());
		assertThat(d.months()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(d.projected()).extracting(SelfInspections.StandardProjection::code)
			.containsExactly("2.1", "2.2", "2.3", "2.4");
		assertThat(d.pooledCases()).isGreaterThanOrEqualTo(36);
		for (SelfInspections.StandardProjection s : d.projected()) {
			assertThat(s.rating()).isNotNull();
			for (SelfInspections.QuestionProjection q : s.questions()) {
				assertThat(q.low()).isLessThanOrEqualTo(q.percent() / 100.0 + 0.005);
				assertThat(q.high()).isGreaterThanOrEqualTo(q.percent() / 100.0 - 0.005);
			}
		}
		assertThat(d.areas()).isNotEmpty();
		assertThat(d.teams()).isNotEmpty();
		assertThatThrownBy(() -> selfInspections.dashboard(users.find("practitioner").orElseThrow(), 1L))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(List.of(d.mayDraw())).containsExactly(true);
	}

}
