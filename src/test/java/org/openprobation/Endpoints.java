package org.openprobation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the platform, found by reflection on the request mappings, so that a
 * matrix covers what is added later without anyone remembering to add it.
 */
final class Endpoints {

	private Endpoints() {
	}

	/** Patterns that answer GET, but signing in, errors and the actuator. */
	static List<String> reads(RequestMappingHandlerMapping mappings) {
		List<String> patterns = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
				for (String pattern : info.getPatternValues()) {
					if (!pattern.equals("/login") && !pattern.startsWith("/error")
							&& !pattern.startsWith("/actuator")) {
						patterns.add(pattern);
					}
				}
			}
		}
		return patterns;
	}

	/**
	 * "METHOD pattern" of every mapping that changes something, but signing in and out.
	 */
	static List<String> changes(RequestMappingHandlerMapping mappings) {
		List<String> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (RequestMethod method : info.getMethodsCondition().getMethods()) {
				if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
					continue;
				}
				for (String pattern : info.getPatternValues()) {
					if (!pattern.equals("/login") && !pattern.equals("/logout") && !pattern.startsWith("/error")) {
						endpoints.add(method.name() + " " + pattern);
					}
				}
			}
		}
		return endpoints;
	}

}
