package org.openprobation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The audit trail compared with the requests made, in every integration test: each
 * request that reads or changes a person's case and succeeds must have written at least
 * one audit row naming a case, by the signed-in user, while it ran. One that did not is
 * answered 500 with the reason instead of its own answer, so the test that made it fails;
 * the whole suite (API tests, forms, browser journeys) is thereby the audit completeness
 * test. Innermost of the filters, so a replayed idempotent answer or a repeated form
 * (which change nothing) are not seen.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AuditWatch {

	/**
	 * Requests about a case: its CRN in the path, or the id of something that belongs to
	 * one person (an appointment, a referral, an enforcement action, a booking on a
	 * session, an allocation, a request to the NPS).
	 */
	static final Pattern CASE = Pattern.compile("""
			.*\\{crn}.*|(/api/v1)?/appointments/\\{id}.*|(/api/v1)?/referrals/\\{id}.*|/enforcement/\\{id}.*\
			|(/api/v1)?/unpaid-work/sessions/\\{id}/(bookings|waiting-list|attendance)\
			|(/api/v1)?/teams/\\{code}/allocations/\\{id}|/transfers/\\{id}|/api/v1/transfers/\\{id}/decision""");

	/**
	 * Case requests that are not a read or change of one person's record: forms to fill
	 * (the read comes with the change), files made from pages already audited, and the
	 * inspection's own records.
	 */
	static final Pattern NOT_A_CASE_READ = Pattern.compile("""
			.*/(new|edit|form)|/inspections/.*|/api/v1/inspections/.*|/enforcement/\\{id}/letter.*""");

	private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> auditWatchFilter(JdbcClient jdbc) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(watch(jdbc));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	private static OncePerRequestFilter watch(JdbcClient jdbc) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication user = SecurityContextHolder.getContext().getAuthentication();
				if (user == null || !user.isAuthenticated() || "anonymousUser".equals(user.getName())) {
					chain.doFilter(request, response);
					return;
				}
				long before = jdbc.sql("select coalesce(max(id), 0) from access.audit_event")
					.query(Long.class)
					.single();
				Held held = new Held(response);
				chain.doFilter(request, held);
				String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
				boolean change = CHANGES.contains(request.getMethod());
				boolean succeeded = held.status < 400 && !nothingSaved(request);
				boolean watched = pattern != null && CASE.matcher(pattern).matches()
						&& (change || !NOT_A_CASE_READ.matcher(pattern).matches());
				if (watched && succeeded && !held.error) {
					int audited = jdbc.sql("""
							select count(*) from access.audit_event
							where id > :before and username = :username and crn is not null""")
						.param("before", before)
						.param("username", user.getName())
						.query(Integer.class)
						.single();
					if (audited == 0) {
						String what = request.getMethod() + " " + request.getRequestURI() + " (" + pattern + ") as "
								+ user.getName() + " answered " + held.status + " without an audit row for the case";
						response.setStatus(500);
						response.setContentType("text/plain;charset=UTF-8");
						response.getWriter().write("Audit watch: " + what);
						return;
					}
				}
				held.release();
			}
		};
	}

	/**
	 * A change refused after all (a stale version, a clash) and sent back with a notice.
	 */
	private static boolean nothingSaved(HttpServletRequest request) {
		var flash = RequestContextUtils.getOutputFlashMap(request);
		return flash != null && flash.containsKey("notice") && !flash.containsKey("success");
	}

	/**
	 * Holds back the status, a redirect and the body until the audit has been compared;
	 * errors and headers pass straight through.
	 */
	static final class Held extends HttpServletResponseWrapper {

		int status = 200;

		boolean error;

		String redirect;

		final ByteArrayOutputStream body = new ByteArrayOutputStream();

		private PrintWriter writer;

		private ServletOutputStream stream;

		Held(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int sc) {
			this.status = sc;
		}

		@Override
		public int getStatus() {
			return status;
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			this.status = sc;
			this.error = true;
			super.sendError(sc, msg);
		}

		@Override
		public void sendError(int sc) throws IOException {
			this.status = sc;
			this.error = true;
			super.sendError(sc);
		}

		@Override
		public void sendRedirect(String location) {
			this.status = 302;
			this.redirect = location;
		}

		@Override
		public boolean isCommitted() {
			return error && super.isCommitted();
		}

		@Override
		public void flushBuffer() {
		}

		@Override
		public void resetBuffer() {
			body.reset();
		}

		@Override
		public void reset() {
			body.reset();
			status = 200;
			redirect = null;
			super.reset();
		}

		@Override
		public ServletOutputStream getOutputStream() {
			if (stream == null) {
				stream = new ServletOutputStream() {
					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
					}

					@Override
					public void write(int b) {
						body.write(b);
					}

					@Override
					public void write(byte[] b, int off, int len) {
						body.write(b, off, len);
					}
				};
			}
			return stream;
		}

		@Override
		public PrintWriter getWriter() {
			if (writer == null) {
				String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
				writer = new PrintWriter(
						new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.isSupported(encoding)
								? java.nio.charset.Charset.forName(encoding) : StandardCharsets.UTF_8));
			}
			return writer;
		}

		@Override
		public void setContentLength(int len) {
		}

		@Override
		public void setContentLengthLong(long len) {
		}

		void release() throws IOException {
			if (writer != null) {
				writer.flush();
			}
			if (error) {
				return;
			}
			HttpServletResponse real = (HttpServletResponse) getResponse();
			if (redirect != null) {
				real.sendRedirect(redirect);
				return;
			}
			real.setStatus(status);
			if (body.size() > 0) {
				real.setContentLength(body.size());
				body.writeTo(real.getOutputStream());
			}
		}

	}

}
