package org.openprobation.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderConditionTest {

	@Test
	void oneProviderIsAnEqualityTheIndexCanServe() {
		assertThat(ProviderCondition.of("p.provider_id", 7L)).isEqualTo("p.provider_id = :provider");
	}

	@Test
	void everyProviderIsNoConditionAtAll() {
		assertThat(ProviderCondition.of("p.provider_id", null)).isEqualTo("true");
	}

}
