package org.openprobation.people.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ResponsibleOfficerRepository {

	private final JdbcClient jdbc;

	ResponsibleOfficerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Ends the current period on the day before {@code on}, or on it if it began that
	 * day.
	 */
	public void endCurrent(long personId, LocalDate on) {
		jdbc.sql("""
				update people.responsible_officer set to_date = greatest(from_date, :on::date - 1)
				where person_id = :person and to_date is null
				""").param("person", personId).param("on", on).update();
	}

	public void start(long personId, long staffId, LocalDate from, String reason) {
		jdbc.sql("""
				insert into people.responsible_officer (person_id, staff_id, from_date, reason)
				values (:person, :staff, :from, :reason)
				""")
			.param("person", personId)
			.param("staff", staffId)
			.param("from", from)
			.param("reason", reason)
			.update();
		jdbc.sql("update people.person set version = version + 1 where id = :id").param("id", personId).update();
	}

	public void markTransferredOut(long personId, LocalDate on, String transferredTo) {
		jdbc.sql("""
				update people.person set transferred_out_on = :on, transferred_to = :to, version = version + 1
				where id = :id
				""").param("on", on).param("to", transferredTo).param("id", personId).update();
	}

	public List<Long> removeOnlyOfficer(Collection<Long> personIds) {
		return jdbc
			.sql("""
					delete from people.responsible_officer ro
					where ro.person_id = any(:ids) and ro.to_date is null
					  and not exists (select 1 from people.responsible_officer o where o.person_id = ro.person_id and o.id <> ro.id)
					returning ro.person_id
					""")
			.param("ids", personIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

}
