package org.openprobation.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.openprobation.inspection.domain.Framework;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The inspection frameworks, loaded as data from {@code inspection/frameworks/*.json}: a
 * later framework is a new file, not a release of code.
 */
@Component
public class Frameworks {

	private final Map<String, Framework> frameworks = new TreeMap<>();

	Frameworks() {
		JsonMapper json = JsonMapper.builder().build();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:inspection/frameworks/*.json")) {
				try (InputStream in = resource.getInputStream()) {
					Framework framework = json.readValue(in, Framework.class);
					frameworks.put(framework.code(), framework);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<Framework> find(String code) {
		return Optional.ofNullable(frameworks.get(code));
	}

	public java.util.Set<String> codes() {
		return frameworks.keySet();
	}

}
