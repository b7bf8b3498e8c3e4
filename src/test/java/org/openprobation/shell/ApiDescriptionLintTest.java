package org.openprobation.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description passes the standard OpenAPI parser's validation and the rules a
 * linter's recommended set asks of it (those of Spectral's {@code oas} ruleset that
 * apply): described, with servers, security schemes, tags defined, an operation id,
 * summary and success answer for every operation, every path parameter declared, a schema
 * for every request body, and the problem answers a client can meet.
 */
@IntegrationTest
class ApiDescriptionLintTest {

	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	@Value("${local.server.port}")
	int port;

	private OpenAPI api;

	private SwaggerParseResult parsed;

	@BeforeEach
	void read() {
		TestHttp.Response docs = TestHttp.anonymous(port).get("/v3/api-docs", "admin");
		assertThat(docs.status()).isEqualTo(200);
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		parsed = new OpenAPIParser().readContents(docs.body(), null, options);
		writeForSpectral(docs.body());
		api = parsed.getOpenAPI();
	}

	/** The build lints this file with Spectral after the tests (tools/openapi-lint). */
	private static void writeForSpectral(String description) {
		try {
			java.nio.file.Path file = java.nio.file.Path.of("target", "openapi", "openapi.json");
			java.nio.file.Files.createDirectories(file.getParent());
			java.nio.file.Files.writeString(file, description);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void theParserFindsNothingWrong() {
		assertThat(parsed.getMessages()).isEmpty();
		assertThat(api).isNotNull();
	}

	@Test
	void theApiSaysWhatItIsWhereItIsAndHowToSignIn() {
		assertThat(api.getInfo().getTitle()).isNotBlank();
		assertThat(api.getInfo().getDescription()).isNotBlank();
		assertThat(api.getInfo().getContact()).isNotNull();
		assertThat(api.getInfo().getLicense().getName()).isNotBlank();
		assertThat(api.getServers()).isNotEmpty();
		assertThat(api.getComponents().getSecuritySchemes()).containsKeys("basic", "session");
		assertThat(api.getSecurity()).isNotEmpty();
		assertThat(api.getComponents().getSchemas()).containsKey("Problem");
	}

	@Test
	void everyOperationIsLinted() {
		Set<String> tags = new HashSet<>(api.getTags().stream().map(Tag::getName).toList());
		Set<String> operationIds = new HashSet<>();
		List<String> problems = new ArrayList<>();
		int operations = 0;
		for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
			for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
				operations++;
				String where = entry.getKey() + " " + path.getKey();
				Operation operation = entry.getValue();
				if (operation.getOperationId() == null || !operationIds.add(operation.getOperationId())) {
					problems.add(where + ": operation id missing or not unique");
				}
				if (operation.getSummary() == null || operation.getSummary().isBlank()) {
					problems.add(where + ": no summary");
				}
				if (operation.getTags() == null || operation.getTags().isEmpty()
						|| !tags.containsAll(operation.getTags())) {
					problems.add(where + ": tag missing or not defined globally");
				}
				Set<String> answers = operation.getResponses().keySet();
				if (answers.stream().noneMatch(code -> code.startsWith("2"))) {
					problems.add(where + ": no success answer");
				}
				for (String code : List.of("400", "401", "403", "503")) {
					if (!answers.contains(code)) {
						problems.add(where + ": does not describe " + code);
					}
				}
				if (path.getKey().contains("{") && !answers.contains("404")) {
					problems.add(where + ": does not describe 404");
				}
				if (entry.getKey() != PathItem.HttpMethod.GET && !answers.contains("409")) {
					problems.add(where + ": does not describe 409");
				}
				Set<String> declared = new HashSet<>();
				for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of()
						: operation.getParameters()) {
					if ("path".equals(parameter.getIn())) {
						declared.add(parameter.getName());
					}
				}
				Matcher named = PATH_PARAMETER.matcher(path.getKey());
				while (named.find()) {
					if (!declared.contains(named.group(1))) {
						problems.add(where + ": path parameter " + named.group(1) + " not declared");
					}
				}
				if (operation.getRequestBody() != null) {
					if (operation.getRequestBody().getContent() == null
							|| operation.getRequestBody().getContent().isEmpty()) {
						problems.add(where + ": request body has no media type");
					}
					else {
						operation.getRequestBody().getContent().forEach((type, media) -> {
							boolean described = media.getSchema() != null
									&& (media.getSchema().get$ref() != null || media.getSchema().getProperties() != null
											|| (!type.contains("json") && (media.getSchema().getType() != null
													|| (media.getSchema().getTypes() != null
															&& !media.getSchema().getTypes().isEmpty()))));
							if (!described) {
								problems.add(where + ": request body (" + type + ") has no schema");
							}
						});
					}
				}
			}
		}
		assertThat(operations).isGreaterThan(30);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyRequestSchemaNamesItsFields() {
		List<String> empty = new ArrayList<>();
		api.getComponents().getSchemas().forEach((name, schema) -> {
			if (name.endsWith("Request") && (schema.getProperties() == null || schema.getProperties().isEmpty())) {
				empty.add(name);
			}
		});
		assertThat(empty).isEmpty();
		assertThat(api.getComponents().getSchemas()).containsKeys("Ogrs3Request", "TierRequest", "AppointmentRequest",
				"SentenceRequest");
	}

}
