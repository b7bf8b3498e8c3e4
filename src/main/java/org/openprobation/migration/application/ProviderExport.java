package org.openprobation.migration.application;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.organisation.Organisation;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.ProviderDataFiles;
import org.postgresql.PGConnection;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A provider's export: every file each module contributes, written straight from
 * PostgreSQL with COPY into a ZIP, all from one consistent snapshot (a repeatable-read,
 * read-only transaction), with a manifest of each file's rows and SHA-256. Administrators
 * only, audited before the first byte; the cases hidden from the administrator
 * (restricted without naming them, or excluding them) are left out of every file, and
 * counted in {@code export.csv}.
 */
@Service
public class ProviderExport {

	/** The version of docs/data-format.md the files follow. */
	public static final String FORMAT_VERSION = "1";

	private final List<ProviderDataFiles> contributions;

	private final Organisation organisation;

	private final DataSource dataSource;

	private final AuditLog audit;

	private final Clock clock;

	private final org.openprobation.access.CaseLookup cases;

	ProviderExport(List<ProviderDataFiles> contributions, Organisation organisation, DataSource dataSource,
			AuditLog audit, Clock clock, org.openprobation.access.CaseLookup cases) {
		this.cases = cases;
		this.contributions = contributions;
		this.organisation = organisation;
		this.dataSource = dataSource;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An export about to be written: whose, the name of the ZIP, and the cases hidden
	 * from the user (left out of every file).
	 */
	public record Prepared(long providerId, String providerCode, String fileName, java.util.Set<String> hiddenCrns) {

		public Prepared {
			hiddenCrns = java.util.Set.copyOf(hiddenCrns);
		}

		/** The provider's people the user may see, as the subquery every file reads. */
		String people() {
			String hidden = hiddenCrns.stream()
				.map(String::strip)
				.filter(crn -> crn.matches("[A-Z][0-9]{6}"))
				.map(crn -> "'" + crn + "'")
				.collect(java.util.stream.Collectors.joining(","));
			return "(select id from reporting.person where provider_id = " + providerId
					+ (hidden.isEmpty() ? "" : " and crn not in (" + hidden + ")") + ")";
		}

	}

	/** Checks who asks and for which provider, and audits it; nothing is read yet. */
	public Prepared prepare(CurrentUser user, String providerCode) {
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators export a provider's data.");
		}
		String code = providerCode == null ? "" : providerCode.strip();
		long providerId = organisation.providerId(code)
			.orElseThrow(() -> new NotFound("There is no provider with the code " + code));
		audit.record(user, "EXPORT_PROVIDER", null, "every record of " + code);
		return new Prepared(providerId, code, "openprobation-" + code.toLowerCase(java.util.Locale.ROOT) + "-"
				+ java.time.LocalDate.now(clock) + ".zip", cases.hiddenFrom(user.username()));
	}

	/** Every file of the set, in order. */
	public List<ProviderDataFiles.DataFile> files() {
		List<ProviderDataFiles.DataFile> files = new ArrayList<>();
		contributions.forEach(c -> files.addAll(c.files()));
		files.sort(Comparator.comparingInt(ProviderDataFiles.DataFile::order)
			.thenComparing(ProviderDataFiles.DataFile::name));
		return files;
	}

	/** One file as written: its rows and checksum. */
	public record Written(String name, long rows, String sha256) {
	}

	/** Writes the ZIP; answers what was written. */
	public List<Written> write(Prepared export, OutputStream out) throws IOException {
		List<Written> written = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try (Statement session = connection.createStatement()) {
				session.execute("set transaction read only");
				session.execute("set local time zone 'UTC'");
				session.execute("set local datestyle = 'ISO, YMD'");
				session.execute("set local extra_float_digits = 3");
			}
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (ProviderDataFiles.DataFile file : files()) {
				zip.putNextEntry(entry(file.name()));
				MessageDigest sha = org.openprobation.migration.persistence.ImportSet.sha256();
				DigestOutputStream digest = new DigestOutputStream(new Unclosed(zip), sha);
				long rows = pg.getCopyAPI()
					.copyOut("copy (" + file.queryFor(export.providerId(), export.people())
							+ ") to stdout with (format csv, header true)", digest);
				digest.flush();
				zip.closeEntry();
				written.add(new Written(file.name(), rows, HexFormat.of().formatHex(sha.digest())));
			}
			StringBuilder manifest = new StringBuilder("file,rows,sha256\n");
			written.forEach(w -> manifest.append(w.name())
				.append(',')
				.append(w.rows())
				.append(',')
				.append(w.sha256())
				.append('\n'));
			zip.putNextEntry(entry("manifest.csv"));
			zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(entry("export.csv"));
			long leftOut;
			try (Statement count = connection.createStatement();
					java.sql.ResultSet rs = count
						.executeQuery("select count(*) from reporting.person where provider_id = " + export.providerId()
								+ " and id not in " + export.people())) {
				rs.next();
				leftOut = rs.getLong(1);
			}
			zip.write(("format_version,provider_code,exported_at,cases_left_out\n" + FORMAT_VERSION + ","
					+ export.providerCode() + "," + Instant.now(clock) + "," + leftOut + "\n")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			connection.commit();
			connection.setAutoCommit(autoCommit);
		}
		catch (SQLException ex) {
			throw new IOException("The export could not be read from the database", ex);
		}
		return written;
	}

	private static ZipEntry entry(String name) {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(0);
		return entry;
	}

	/** The ZIP stays open when one entry's stream is closed. */
	private static final class Unclosed extends FilterOutputStream {

		Unclosed(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
