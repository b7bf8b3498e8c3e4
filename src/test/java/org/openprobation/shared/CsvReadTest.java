package org.openprobation.shared;

import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReadTest {

	@Test
	void readsQuotedCommasDoubledQuotesLineBreaksAndEitherLineEnd() {
		List<Csv.Record> records = Csv
			.read("\uFEFFcode,name\r\nA1,\"Okafor, Ada\"\nA2,\"Say \"\"hi\"\"\nthere\"\r\n\r\nA3,");

		assertThat(records).extracting(Csv.Record::line).containsExactly(1, 2, 3, 5, 6);
		assertThat(records.get(0).fields()).containsExactly("code", "name");
		assertThat(records.get(1).fields()).containsExactly("A1", "Okafor, Ada");
		assertThat(records.get(2).fields()).containsExactly("A2", "Say \"hi\"\nthere");
		assertThat(records.get(3).blank()).isTrue();
		assertThat(records.get(4).fields()).containsExactly("A3", "");
	}

	@Test
	void aQuoteLeftOpenIsRefusedNamingItsLine() {
		assertThatThrownBy(() -> Csv.read("code,name\nA1,\"Okafor\nA2,Ben\n")).isInstanceOf(BadRequest.class)
			.hasMessage("Line 2 opens a quoted value that is never closed");
	}

	@Test
	void nothingReadsAsNoRecords() {
		assertThat(Csv.read("")).isEmpty();
		assertThat(Csv.read("\uFEFF")).isEmpty();
	}

	@Property
	void whatIsWrittenQuotedReadsBackTheSame(
			@ForAll @Size(min = 1, max = 6) List<@Size(min = 1, max = 5) List<String>> rows, @ForAll boolean crlf) {
		String text = rows.stream()
			.map(row -> row.stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
			.collect(Collectors.joining(crlf ? "\r\n" : "\n"));
		List<Csv.Record> records = Csv.read(text);
		assertThat(records).extracting(Csv.Record::fields).containsExactlyElementsOf(rows);
	}

	@Property
	void anyTextIsReadOrRefusedAsBadInputNeverAnythingElse(@ForAll String text) {
		try {
			Csv.read(text);
		}
		catch (BadRequest refused) {
			assertThat(refused.problems()).hasSize(1);
		}
	}

}
