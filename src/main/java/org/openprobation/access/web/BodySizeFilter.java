package org.openprobation.access.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what a request may send before anything parses it: a body over
 * {@code openprobation.requests.max-body} (1 MB), or over
 * {@code openprobation.requests.max-import-body} for the staff imports, or over
 * {@code openprobation.requests.max-provider-import} (4 GB) for a provider's import set
 * (streamed, never held), or over {@code openprobation.documents.max-size} and a form's
 * envelope for a document (streamed to the upload, which reads at most the limit),
 * answers 413. A declared length is refused unread; an API body of unknown length is read
 * only up to the limit. API bodies are kept in memory once read, so that the idempotency
 * check can compare a retry's body with the first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodySizeFilter extends OncePerRequestFilter {

	static final Set<String> IMPORTS = Set.of("/api/v1/staff/imports", "/organisation/staff/import");

	/**
	 * A provider's import set: hundreds of megabytes, streamed to a file by the import,
	 * never held in memory.
	 */
	static final Set<String> PROVIDER_IMPORTS = Set.of("/api/v1/imports", "/settings/imports");

	/**
	 * A document's upload, from a page (a form of the file) or the API (the file as the
	 * body): up to {@code openprobation.documents.max-size} (20 MB) and a form's
	 * envelope, streamed to the upload, not held here.
	 */
	static final java.util.regex.Pattern DOCUMENTS = java.util.regex.Pattern
		.compile("/(api/v1/people/[^/]+/documents|api/v1/documents/[^/]+/versions|cases/[^/]+/documents"
				+ "|documents/[^/]+/versions)");

	static boolean document(String path) {
		return DOCUMENTS.matcher(path).matches();
	}

	private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final long maxBody;

	private final long maxImportBody;

	private final long maxProviderImport;

	/** What a form adds around a file: its other fields and the parts' headers. */
	private static final long ENVELOPE = 1024 * 1024;

	private final long maxDocument;

	BodySizeFilter(@Value("${openprobation.requests.max-body:1MB}") DataSize maxBody,
			@Value("${openprobation.requests.max-import-body:5MB}") DataSize maxImportBody,
			@Value("${openprobation.requests.max-provider-import:4GB}") DataSize maxProviderImport,
			@Value("${openprobation.documents.max-size:20MB}") DataSize maxDocument) {
		this.maxDocument = maxDocument.toBytes() + ENVELOPE;
		this.maxBody = maxBody.toBytes();
		this.maxImportBody = maxImportBody.toBytes();
		this.maxProviderImport = maxProviderImport.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !CHANGES.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean providerImport = PROVIDER_IMPORTS.contains(path);
		boolean document = document(path);
		long limit = providerImport ? maxProviderImport
				: document ? maxDocument : IMPORTS.contains(path) ? maxImportBody : maxBody;
		if (request.getContentLengthLong() > limit) {
			tooLarge(request, response, limit);
			return;
		}
		if (!path.startsWith("/api/") || providerImport || document) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = read(request.getInputStream(), limit);
		if (body == null) {
			tooLarge(request, response, limit);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/** The whole body, or null when it is longer than {@code limit}. */
	private static byte[] read(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		for (int n; (n = in.read(buffer)) != -1;) {
			out.write(buffer, 0, n);
			if (out.size() > limit) {
				return null;
			}
		}
		return out.toByteArray();
	}

	private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
			throws IOException {
		String detail = "The request is larger than "
				+ (limit >= 1024 * 1024 ? (limit / (1024 * 1024)) + " MB" : (limit / 1024) + " KB")
				+ ": nothing was read or changed.";
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setHeader("Connection", "close");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			org.openprobation.shared.Problems.write(response, org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
					detail);
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"en\"><head><title>Too large – OpenProbation</title></head>"
						+ "<body><main><h1>The request is too large</h1><p>" + detail
						+ "</p><p><a href=\"javascript:history.back()\">Go back</a></p></main></body></html>");
		}
	}

	/** A request whose body has been read once, replayed to whatever reads it next. */
	static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		byte[] body() {
			return body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() throws java.io.UnsupportedEncodingException {
			String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
		}

	}

}
