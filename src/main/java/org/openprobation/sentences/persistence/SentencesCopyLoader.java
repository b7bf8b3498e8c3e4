package org.openprobation.sentences.persistence;

import javax.sql.DataSource;

import org.openprobation.sentences.SentencesBulkLoad;
import org.openprobation.shared.BulkCopy;
import org.openprobation.shared.CopyRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
class SentencesCopyLoader implements SentencesBulkLoad {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	SentencesCopyLoader(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void load(Batch b) {
		CopyRows events = new CopyRows();
		b.events()
			.forEach(e -> events.add(e.id())
				.add(e.personId())
				.add(e.eventNumber())
				.add(e.convictionDate())
				.add(e.court())
				.endRow());
		BulkCopy.into(dataSource, "sentences.event (id, person_id, event_number, conviction_date, court)", events);

		CopyRows offences = new CopyRows();
		b.offences()
			.forEach(o -> offences.add(o.eventId())
				.add(o.code())
				.add(o.description())
				.add(o.category().name())
				.add(o.main())
				.add(o.offenceDate())
				.endRow());
		BulkCopy.into(dataSource, "sentences.offence (event_id, code, description, category, main, offence_date)",
				offences);

		CopyRows sentences = new CopyRows();
		b.sentences()
			.forEach(s -> sentences.add(s.id())
				.add(s.eventId())
				.add(s.personId())
				.add(s.kind().name())
				.add(s.sentenceDate())
				.add(s.startDate())
				.add(s.expectedEndDate())
				.add(s.lengthMonths())
				.add(s.custodialTermMonths())
				.add(s.releaseDate())
				.add(s.status().name())
				.add(s.endedOn())
				.endRow());
		BulkCopy.into(dataSource,
				"sentences.sentence (id, event_id, person_id, kind, sentence_date, start_date, "
						+ "expected_end_date, length_months, custodial_term_months, release_date, status, ended_on)",
				sentences);

		CopyRows requirements = new CopyRows();
		b.requirements()
			.forEach(r -> requirements.add(r.sentenceId())
				.add(r.kind().name())
				.add(r.kind().unit().name())
				.add(r.amountOrdered())
				.add(r.amountDone())
				.add(r.status())
				.add(r.startDate())
				.add(r.endDate())
				.endRow());
		BulkCopy.into(dataSource,
				"sentences.requirement (sentence_id, kind, unit, amount_ordered, amount_done, status, "
						+ "start_date, end_date)",
				requirements);

		CopyRows history = new CopyRows();
		b.sanctionHistories()
			.forEach(h -> history.add(h.personId()).add(h.previousSanctions()).add(h.firstSanctionDate()).endRow());
		BulkCopy.into(dataSource, "sentences.sanction_history (person_id, previous_sanctions, first_sanction_date)",
				history);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void finish() {
		for (String table : new String[] { "sentences.event", "sentences.offence", "sentences.sentence",
				"sentences.requirement" }) {
			BulkCopy.resetIdentity(dataSource, table);
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void creditUnpaidWorkRegister() {
		jdbc.sql("""
				update sentences.requirement r set amount_done = greatest(0, r.amount_done - c.hours)
				from (select requirement_id, sum(minutes_credited) / 60 as hours from reporting.unpaid_work_booking
				      group by requirement_id) c
				where c.requirement_id = r.id
				""").update();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void creditRarContacts() {
		jdbc.sql("""
				update sentences.requirement r set amount_done = greatest(0, r.amount_done - c.days)
				from (select requirement_id, count(distinct starts_at::date) as days from reporting.contact
				      where requirement_id is not null and outcome in ('ATTENDED_COMPLIED', 'ATTENDED_FAILED_TO_COMPLY')
				      group by requirement_id) c
				where c.requirement_id = r.id and r.kind = 'REHABILITATION_ACTIVITY'
				""").update();
	}

}
