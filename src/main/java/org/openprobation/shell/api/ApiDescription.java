package org.openprobation.shell.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI description says besides the operations: who the API is for, how to
 * sign in (HTTP Basic with an OpenProbation account, or the session of a signed-in
 * browser), and the problem+json answers every operation can give, so a client knows them
 * before it meets them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String PROBLEM = "Problem";

	@Bean
	OpenApiCustomizer openProbationDescription() {
		return openApi -> {
			openApi.info(new Info().title("OpenProbation API")
				.version("v1")
				.description("Probation case management: people on probation, their appointments, referrals, "
						+ "unpaid work, allocation and inspection. Every read and change of a case passes the "
						+ "case-access gate and is audited. Errors are application/problem+json (RFC 9457); "
						+ "bad input names each field under errors.")
				.contact(new Contact().name("OpenProbation").url("https://github.com/openprobation/openprobation"))
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
			openApi.servers(List.of(new Server().url("/").description("This OpenProbation")));
			Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
			components.addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("The username and password of an OpenProbation account"));
			components.addSecuritySchemes("session",
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.COOKIE)
						.name("OPENPROBATION_SESSION")
						.description("The session of a browser signed in to OpenProbation"));
			components.addSchemas(PROBLEM, problemSchema());
			openApi.components(components);
			openApi.security(
					List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("session")));
			Map<String, Tag> tags = new TreeMap<>();
			if (openApi.getTags() != null) {
				openApi.getTags().forEach(t -> tags.put(t.getName(), t));
			}
			if (openApi.getPaths() != null) {
				openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
					describeErrors(path, method, operation);
					if (operation.getTags() != null) {
						operation.getTags()
							.forEach(name -> tags.computeIfAbsent(name,
									n -> new Tag().name(n).description("Operations on " + n.replace('-', ' '))));
					}
				}));
			}
			openApi.tags(List.copyOf(tags.values()));
		};
	}

	private static void describeErrors(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		responses.putIfAbsent("400", problem("A value cannot be used: errors names each field"));
		responses.putIfAbsent("401", problem("Not signed in: send HTTP Basic credentials"));
		responses.putIfAbsent("403",
				problem("The account may not do this, or not for this case (the refusal never names the person)"));
		if (path.contains("{")) {
			responses.putIfAbsent("404", problem("Nothing of that id, or not one this account may see"));
		}
		if (method != PathItem.HttpMethod.GET) {
			responses.putIfAbsent("409", problem("The change conflicts with the record as it is now"));
		}
		responses.putIfAbsent("503", problem("The database is unavailable: try again after Retry-After seconds"));
		operation.setResponses(responses);
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Schema fieldProblem = new ObjectSchema().addProperty("field", new StringSchema().example("dateOfBirth"))
			.addProperty("message", new StringSchema().example("must be a real date as YYYY-MM-DD"));
		fieldProblem.setRequired(List.of("field", "message"));
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Bad Request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("errors", new ArraySchema().items(fieldProblem));
	}

}
