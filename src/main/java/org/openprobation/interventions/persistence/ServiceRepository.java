package org.openprobation.interventions.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.interventions.InterventionsBulkLoad;
import org.openprobation.interventions.Need;
import org.openprobation.interventions.Service;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ServiceRepository implements InterventionsBulkLoad {

	private final JdbcClient jdbc;

	ServiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Services of a provider (or all), for a need and a borough when given, shortest wait
	 * first.
	 */
	public List<Service> search(@Nullable Long providerId, @Nullable Need need, @Nullable Long boroughId) {
		record Row(long id, String name, Need need, String deliverer, boolean accredited, @Nullable Integer sessions,
				String rosh, String gender, int price, int capacity, int waiting) {
		}
		List<Row> rows = jdbc.sql("""
				select s.id, s.name, s.need, s.deliverer, s.accredited, s.sessions, s.highest_rosh, s.gender,
				       s.price_pence, s.capacity, s.waiting_weeks
				from interventions.service s
				where (:provider::bigint is null or s.provider_id = :provider)
				  and (:need::text is null or s.need = :need)
				  and (:borough::bigint is null or exists (select 1 from interventions.service_borough b
				                                          where b.service_id = s.id and b.borough_id = :borough))
				order by s.waiting_weeks, s.name limit 200
				""")
			.param("provider", providerId)
			.param("need", need == null ? null : need.name())
			.param("borough", boroughId)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), Need.valueOf(rs.getString("need")),
					rs.getString("deliverer"), rs.getBoolean("accredited"), rs.getObject("sessions", Integer.class),
					rs.getString("highest_rosh"), rs.getString("gender"), rs.getInt("price_pence"),
					rs.getInt("capacity"), rs.getInt("waiting_weeks")))
			.list();
		Map<Long, List<String>> boroughs = new HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("""
					select sb.service_id, b.name from interventions.service_borough sb
					join organisation.borough b on b.id = sb.borough_id where sb.service_id = any(:ids) order by b.name
					""")
				.param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
				.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
				.list()
				.forEach(e -> boroughs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		}
		return rows.stream()
			.map(r -> new Service(r.id(), r.name(), r.need(), r.deliverer(), r.accredited(), r.sessions(), r.rosh(),
					r.gender(), r.price(), r.capacity(), r.waiting(), boroughs.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/** The boroughs a provider covers, by name, for choosing one. */
	public Map<Long, String> boroughs(@Nullable Long providerId) {
		Map<Long, String> result = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				select b.id, b.name from organisation.borough b join organisation.area a on a.id = b.area_id
				where :provider::bigint is null or a.provider_id = :provider order by b.name
				""").param("provider", providerId).query((rs, n) -> result.put(rs.getLong(1), rs.getString(2))).list();
		return result;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int generateDirectory(long seed) {
		int services = jdbc
			.sql("""
					insert into interventions.service (provider_id, name, need, deliverer, accredited, sessions, highest_rosh,
					    gender, price_pence, capacity, waiting_weeks)
					select p.id, n.name || ' (' || a.name || ')', n.need, n.deliverer, n.accredited, n.sessions,
					       case when n.need = 'DOMESTIC_ABUSE' then 'HIGH' else 'VERY_HIGH' end,
					       case when n.need = 'WOMENS_SERVICES' then 'WOMEN' else 'ANY' end,
					       n.price + abs(hashtext(a.code || n.name || :seed)) % 5000,
					       8 + abs(hashtext(a.code || n.name || :seed)) % 40,
					       abs(hashtext(n.name || a.code || :seed)) % 14
					from organisation.area a
					join organisation.provider p on p.id = a.provider_id
					cross join (values
					    ('Housing advice and tenancy support', 'ACCOMMODATION', 'Partner charity', false, null::int, 45000),
					    ('Employment and skills coaching', 'EDUCATION_TRAINING_EMPLOYMENT', 'Partner charity', false, null, 60000),
					    ('Debt and benefits advice', 'FINANCE', 'Citizens advice partner', false, null, 25000),
					    ('Family relationships service', 'RELATIONSHIPS', 'Partner charity', false, 8, 40000),
					    ('Mentoring through the gate', 'LIFESTYLE', 'Peer mentors', false, null, 30000),
					    ('Drug treatment liaison', 'DRUGS', 'NHS substance misuse service', false, null, 50000),
					    ('Alcohol brief intervention', 'ALCOHOL', 'NHS substance misuse service', false, 6, 20000),
					    ('Thinking Skills Programme', 'THINKING_AND_BEHAVIOUR', 'Provider programmes team', true, 19, 120000),
					    ('Attitudes to offending group', 'ATTITUDES', 'Provider programmes team', false, 10, 70000),
					    ('Emotional wellbeing service', 'EMOTIONAL_WELLBEING', 'Mental health partner', false, 12, 55000),
					    ('Women''s centre', 'WOMENS_SERVICES', 'Women''s centre partner', false, null, 65000),
					    ('Building Better Relationships', 'DOMESTIC_ABUSE', 'Provider programmes team', true, 24, 150000)
					) as n(name, need, deliverer, accredited, sessions, price)
					""")
			.param("seed", String.valueOf(seed))
			.update();
		jdbc.sql("""
				insert into interventions.service_borough (service_id, borough_id)
				select s.id, b.id from interventions.service s
				join organisation.area a on s.name like '%(' || a.name || ')'
				join organisation.borough b on b.area_id = a.id
				""").update();
		return services;
	}

}
