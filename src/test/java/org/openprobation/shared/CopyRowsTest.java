package org.openprobation.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyRowsTest {

	@Test
	void escapesWhatCopyTextFormatTreatsSpecially() {
		CopyRows rows = new CopyRows().add(1)
			.add("O'Brien\tthe\\second\nline")
			.add(null)
			.add(LocalDate.of(2017, 6, 30))
			.endRow();
		assertThat(rows.text()).isEqualTo("1\tO'Brien\\tthe\\\\second\\nline\t\\N\t2017-06-30\n");
		assertThat(rows.rows()).isEqualTo(1);
	}

}
