package org.openprobation.shell.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/. */
@Configuration(proxyBeanMethods = false)
class FrontendAssets implements WebMvcConfigurer {

	private final String govukVersion;

	FrontendAssets(@Value("${openprobation.govuk-frontend-version}") String govukVersion) {
		this.govukVersion = govukVersion;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(
					"classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/assets/");
	}

}
