package org.openprobation.assessment.safeguarding;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openprobation.assessment.safeguarding.domain.SafeguardingTimeline;
import org.openprobation.assessment.safeguarding.domain.SafeguardingTimeline.Settings;
import org.openprobation.assessment.safeguarding.domain.SafeguardingTimeline.Stage;

import static org.assertj.core.api.Assertions.assertThat;

class SafeguardingTimelineTest {

	private static final Settings POLICY = Settings.defaults();

	private static final LocalDate SENT = LocalDate.of(2026, 11, 2); // a Monday

	@Test
	void aRequestIsDueTenWorkingDaysAfterItIsSent() {
		assertThat(SafeguardingTimeline.dueOn(SENT, POLICY)).isEqualTo(LocalDate.of(2026, 11, 16));
	}

	@Test
	void itAwaitsAReplyUntilDueThenIsChasedThenEscalated() {
		assertThat(SafeguardingTimeline.stage(SENT, null, LocalDate.of(2026, 11, 16), POLICY))
			.isEqualTo(Stage.AWAITING);
		assertThat(SafeguardingTimeline.stage(SENT, null, LocalDate.of(2026, 11, 17), POLICY))
			.isEqualTo(Stage.CHASE_DUE);
		assertThat(SafeguardingTimeline.stage(SENT, null, LocalDate.of(2026, 11, 27), POLICY))
			.isEqualTo(Stage.CHASE_DUE);
		assertThat(SafeguardingTimeline.stage(SENT, null, LocalDate.of(2026, 11, 30), POLICY))
			.isEqualTo(Stage.ESCALATION_DUE);
	}

	@Test
	void anAnsweredRequestIsNoLongerOutstanding() {
		assertThat(SafeguardingTimeline.stage(SENT, LocalDate.of(2026, 12, 20), LocalDate.of(2027, 3, 1), POLICY))
			.isEqualTo(Stage.ANSWERED);
	}

	@Property
	void anUnansweredRequestNeverGoesBackAStage(@ForAll @IntRange(min = 0, max = 200) int day) {
		Stage today = SafeguardingTimeline.stage(SENT, null, SENT.plusDays(day), POLICY);
		Stage tomorrow = SafeguardingTimeline.stage(SENT, null, SENT.plusDays(day + 1), POLICY);
		assertThat(tomorrow.ordinal()).isGreaterThanOrEqualTo(today.ordinal());
	}

}
