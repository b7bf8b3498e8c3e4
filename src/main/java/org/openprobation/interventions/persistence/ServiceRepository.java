package org.openprobation.interventions.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.interventions.Need;
import org.openprobation.interventions.Service;
import org.openprobation.shared.ProviderCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ServiceRepository {

	private final JdbcClient jdbc;

	ServiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Services of a provider (or all), for a need and a borough when given, shortest wait
	 * first.
	 */
	public List<Service> search(@Nullable Long providerId, @Nullable Need need, @Nullable Long boroughId) {
		return query(providerId, need, boroughId, null);
	}

	public int version(long id) {
		return jdbc.sql("select version from interventions.service where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	public long insert(long providerId, String name, Need need, String deliverer, boolean accredited,
			@Nullable Integer sessions, String highestRosh, String gender, int pricePence, int places, int waitingWeeks,
			List<Long> boroughIds, String by, java.time.Instant at) {
		long id = jdbc
			.sql("""
					insert into interventions.service (provider_id, name, need, deliverer, accredited, sessions, highest_rosh,
					    gender, price_pence, capacity, waiting_weeks, updated_at, updated_by)
					values (:provider, :name, :need, :deliverer, :accredited, :sessions, :rosh, :gender, :price, :places,
					    :waiting, :at, :by) returning id""")
			.param("provider", providerId)
			.param("name", name)
			.param("need", need.name())
			.param("deliverer", deliverer)
			.param("accredited", accredited)
			.param("sessions", sessions)
			.param("rosh", highestRosh)
			.param("gender", gender)
			.param("price", pricePence)
			.param("places", places)
			.param("waiting", waitingWeeks)
			.param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.param("by", by)
			.query(Long.class)
			.single();
		boroughs(id, boroughIds);
		return id;
	}

	/** Saves the change if nobody changed the service since the version read. */
	public boolean update(long id, String name, Need need, String deliverer, boolean accredited,
			@Nullable Integer sessions, String highestRosh, String gender, int pricePence, int places, int waitingWeeks,
			List<Long> boroughIds, int version, String by, java.time.Instant at) {
		int updated = jdbc.sql("""
				update interventions.service set name = :name, need = :need, deliverer = :deliverer,
				    accredited = :accredited, sessions = :sessions, highest_rosh = :rosh, gender = :gender,
				    price_pence = :price, capacity = :places, waiting_weeks = :waiting, version = version + 1,
				    updated_at = :at, updated_by = :by
				where id = :id and version = :version""")
			.param("name", name)
			.param("need", need.name())
			.param("deliverer", deliverer)
			.param("accredited", accredited)
			.param("sessions", sessions)
			.param("rosh", highestRosh)
			.param("gender", gender)
			.param("price", pricePence)
			.param("places", places)
			.param("waiting", waitingWeeks)
			.param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.param("by", by)
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("delete from interventions.service_borough where service_id = :id").param("id", id).update();
		boroughs(id, boroughIds);
		return true;
	}

	public void retire(long id, java.time.LocalDate on, String by, java.time.Instant at) {
		jdbc.sql(
				"""
						update interventions.service set retired_on = :on, version = version + 1, updated_at = :at, updated_by = :by
						where id = :id and retired_on is null""")
			.param("on", on)
			.param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.param("by", by)
			.param("id", id)
			.update();
	}

	private void boroughs(long id, List<Long> boroughIds) {
		for (Long borough : new java.util.LinkedHashSet<>(boroughIds)) {
			jdbc.sql("insert into interventions.service_borough (service_id, borough_id) values (:id, :borough)")
				.param("id", id)
				.param("borough", borough)
				.update();
		}
	}

	public java.util.Optional<Service> find(long id) {
		return query(null, null, null, List.of(id)).stream().findFirst();
	}

	/** Services by id, in two queries. */
	public Map<Long, Service> findAll(java.util.Collection<Long> ids) {
		Map<Long, Service> result = new HashMap<>();
		if (!ids.isEmpty()) {
			query(null, null, null, ids).forEach(s -> result.put(s.id(), s));
		}
		return result;
	}

	private List<Service> query(@Nullable Long providerId, @Nullable Need need, @Nullable Long boroughId,
			java.util.@Nullable Collection<Long> serviceIds) {
		record Row(long id, long providerId, String name, Need need, String deliverer, boolean accredited,
				@Nullable Integer sessions, String rosh, String gender, int price, int capacity, int waiting,
				java.time.@Nullable LocalDate retiredOn) {
		}
		List<Row> rows = jdbc
			.sql("""
					select s.id, s.provider_id, s.name, s.need, s.deliverer, s.accredited, s.sessions, s.highest_rosh, s.gender,
					       s.price_pence, s.capacity, s.waiting_weeks, s.retired_on
					from interventions.service s
					where %s
					  and (:need::text is null or s.need = :need)
					  and (:all or s.id = any(:ids))
					  and (not :all or s.retired_on is null)
					  and (:borough::bigint is null or exists (select 1 from interventions.service_borough b
					                                          where b.service_id = s.id and b.borough_id = :borough))
					order by s.waiting_weeks, s.name limit 200
					"""
				.formatted(ProviderCondition.of("s.provider_id", providerId)))
			.param("provider", providerId)
			.param("need", need == null ? null : need.name())
			.param("borough", boroughId)
			.param("all", serviceIds == null)
			.param("ids", serviceIds == null ? new Long[0] : serviceIds.toArray(Long[]::new))
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("name"),
					Need.valueOf(rs.getString("need")), rs.getString("deliverer"), rs.getBoolean("accredited"),
					rs.getObject("sessions", Integer.class), rs.getString("highest_rosh"), rs.getString("gender"),
					rs.getInt("price_pence"), rs.getInt("capacity"), rs.getInt("waiting_weeks"),
					rs.getObject("retired_on", java.time.LocalDate.class)))
			.list();
		Map<Long, List<String>> boroughs = new HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("""
					select sb.service_id, b.name from interventions.service_borough sb
					join reporting.borough b on b.id = sb.borough_id where sb.service_id = any(:ids) order by b.name
					""")
				.param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
				.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
				.list()
				.forEach(e -> boroughs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		}
		return rows.stream()
			.map(r -> new Service(r.id(), r.providerId(), r.name(), r.need(), r.deliverer(), r.accredited(),
					r.sessions(), r.rosh(), r.gender(), r.price(), r.capacity(), r.waiting(),
					boroughs.getOrDefault(r.id(), List.of()), r.retiredOn()))
			.toList();
	}

	/** The boroughs a provider covers, by name, for choosing one. */
	public Map<Long, String> boroughs(@Nullable Long providerId) {
		Map<Long, String> result = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				select b.id, b.name from reporting.borough b join reporting.area a on a.id = b.area_id
				where %s order by b.name
				""".formatted(ProviderCondition.of("a.provider_id", providerId)))
			.param("provider", providerId)
			.query((rs, n) -> result.put(rs.getLong(1), rs.getString(2)))
			.list();
		return result;
	}

}
