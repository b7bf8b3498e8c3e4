package org.openprobation.access.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PerThreadRandomTest {

	@Test
	void tokensHaveTheFormOfAUuidAndDoNotRepeatAcrossThreads() {
		Set<String> tokens = ConcurrentHashMap.newKeySet();
		IntStream.range(0, 8_000).parallel().forEach(i -> tokens.add(PerThreadRandom.token()));

		assertThat(tokens).hasSize(8_000)
			.allMatch(t -> t.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
	}

	@Test
	void randomBytesAreDrawnFromEachThreadsOwnGenerator() {
		byte[] first = new byte[32];
		byte[] second = new byte[32];
		PerThreadRandom.INSTANCE.nextBytes(first);
		PerThreadRandom.INSTANCE.nextBytes(second);
		assertThat(first).isNotEqualTo(second).isNotEqualTo(new byte[32]);
	}

}
