package org.openprobation;

import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit watch itself: it stops what it should, and lets through what it should. */
@IntegrationTest
class AuditWatchTest {

	@Autowired
	FilterRegistrationBean<OncePerRequestFilter> auditWatchFilter;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void signIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("practitioner", null, List.of()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private MockHttpServletResponse call(String method, String pattern, FilterChain handler) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, pattern.replace("{crn}", "X000001"));
		request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
		MockHttpServletResponse response = new MockHttpServletResponse();
		auditWatchFilter.getFilter().doFilter(request, response, handler);
		return response;
	}

	private void audit(String crn) {
		jdbc.sql("insert into access.audit_event (username, action, crn) values ('practitioner', 'WATCH_TEST', :crn)")
			.param("crn", crn)
			.update();
	}

	@Test
	void aCaseChangedOrReadWithoutAnAuditRowIsAServerError() throws Exception {
		MockHttpServletResponse change = call("POST", "/cases/{crn}/plan/agreement",
				(req, res) -> ((HttpServletResponse) res).sendRedirect("/cases/X000001/plan"));
		assertThat(change.getStatus()).isEqualTo(500);
		assertThat(change.getRedirectedUrl()).isNull();
		assertThat(change.getContentAsString()).contains("without an audit row", "/cases/{crn}/plan/agreement");

		MockHttpServletResponse read = call("GET", "/cases/{crn}",
				(req, res) -> res.getWriter().write("<h1>Case</h1>"));
		assertThat(read.getStatus()).isEqualTo(500);
		assertThat(read.getContentAsString()).doesNotContain("<h1>Case</h1>");

		// an audit row by someone else, or about no case, does not count
		jdbc.sql("insert into access.audit_event (username, action, crn) values ('manager', 'WATCH_TEST', 'X000001')")
			.update();
		MockHttpServletResponse others = call("PUT", "/api/v1/appointments/{id}/outcome", (req, res) -> {
			jdbc.sql("insert into access.audit_event (username, action) values ('practitioner', 'WATCH_TEST')")
				.update();
			((HttpServletResponse) res).setStatus(200);
		});
		assertThat(others.getStatus()).isEqualTo(500);
	}

	@Test
	void anAuditedChangeARefusalAndWhatIsNotACaseGoThroughUntouched() throws Exception {
		MockHttpServletResponse change = call("POST", "/cases/{crn}/plan/agreement", (req, res) -> {
			audit("X000001");
			((HttpServletResponse) res).sendRedirect("/cases/X000001/plan");
		});
		assertThat(change.getStatus()).isEqualTo(302);
		assertThat(change.getRedirectedUrl()).isEqualTo("/cases/X000001/plan");

		MockHttpServletResponse read = call("GET", "/cases/{crn}", (req, res) -> {
			audit("X000001");
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write("<h1>Case – £5</h1>");
		});
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat(read.getContentAsString()).isEqualTo("<h1>Case – £5</h1>");

		MockHttpServletResponse invalid = call("POST", "/cases/{crn}/plan/agreement", (req, res) -> {
			((HttpServletResponse) res).setStatus(400);
			res.getWriter().write("There is a problem");
		});
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(invalid.getContentAsString()).isEqualTo("There is a problem");

		MockHttpServletResponse notACase = call("POST", "/unpaid-work/projects",
				(req, res) -> ((HttpServletResponse) res).sendRedirect("/unpaid-work/projects"));
		assertThat(notACase.getStatus()).isEqualTo(302);
	}

}
