package org.openprobation.access.web;

import tools.jackson.core.StreamReadConstraints;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds what a JSON body may make the server do: no request of the API nests deeper than
 * a few levels or needs more than a few thousand values, so a body nested 32 deep, with
 * over 100,000 tokens (which bounds every array), a string over 1 MB or a number over 100
 * digits is refused as unreadable (400) before it is built in memory.
 */
@Configuration(proxyBeanMethods = false)
class JsonReadLimits {

	static final int MAX_NESTING = 32;

	static final long MAX_TOKENS = 100_000;

	@Bean
	JsonFactoryBuilderCustomizer boundedJsonReading() {
		return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
			.maxNestingDepth(MAX_NESTING)
			.maxTokenCount(MAX_TOKENS)
			.maxStringLength(1_000_000)
			.maxNumberLength(100)
			.maxNameLength(1_000)
			.build());
	}

}
