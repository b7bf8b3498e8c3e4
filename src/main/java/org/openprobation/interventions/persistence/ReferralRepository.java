package org.openprobation.interventions.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.interventions.Referral;
import org.openprobation.interventions.ReferralStatus;
import org.openprobation.interventions.ServiceFigures;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReferralRepository {

	private static final String COLUMNS = """
			r.id, r.service_id, r.person_id, r.requirement_id, r.rar, r.reason, r.status, r.sent_on, r.accepted_on,
			r.started_on, r.ended_on, r.status_reason, r.outcome, r.referred_by, r.version
			""";

	private final JdbcClient jdbc;

	ReferralRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NewReferral(long serviceId, long personId, @Nullable Long requirementId, boolean rar, String reason,
			LocalDate sentOn, String by) {
	}

	/** Answers the new id, or empty when the person already has a live referral there. */
	public Optional<Long> insert(NewReferral referral) {
		try {
			return Optional.of(jdbc
				.sql("""
						insert into interventions.referral (service_id, person_id, requirement_id, rar, reason, status, sent_on,
						    referred_by, updated_by)
						values (:service, :person, :requirement, :rar, :reason, 'SENT', :sentOn, :by, :by) returning id
						""")
				.param("service", referral.serviceId())
				.param("person", referral.personId())
				.param("requirement", referral.requirementId())
				.param("rar", referral.rar())
				.param("reason", referral.reason())
				.param("sentOn", referral.sentOn())
				.param("by", referral.by())
				.query(Long.class)
				.single());
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	public Optional<Referral> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from interventions.referral r where r.id = :id")
			.param("id", id)
			.query(ReferralRepository::referral)
			.optional();
	}

	public List<Referral> ofPerson(long personId) {
		return jdbc.sql("select " + COLUMNS + """
				 from interventions.referral r where r.person_id = :person order by r.sent_on desc, r.id desc
				""").param("person", personId).query(ReferralRepository::referral).list();
	}

	/** Referrals of many people in the given statuses, oldest first. */
	public List<Referral> ofPeople(Collection<Long> personIds, Collection<ReferralStatus> statuses) {
		return jdbc.sql("select " + COLUMNS + """
				 from interventions.referral r where r.person_id = any(:people) and r.status = any(:statuses)
				order by r.sent_on, r.id
				""")
			.param("people", personIds.toArray(Long[]::new))
			.param("statuses", statuses.stream().map(Enum::name).toArray(String[]::new))
			.query(ReferralRepository::referral)
			.list();
	}

	/**
	 * A service's referrals in the given statuses: those waiting longest first, those
	 * under way most recently started first.
	 */
	public List<Referral> ofService(long serviceId, Collection<ReferralStatus> statuses, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from interventions.referral r where r.service_id = :service and r.status = any(:statuses)
				order by r.started_on desc nulls last, coalesce(r.accepted_on, r.sent_on), r.id limit :limit
				""")
			.param("service", serviceId)
			.param("statuses", statuses.stream().map(Enum::name).toArray(String[]::new))
			.param("limit", limit)
			.query(ReferralRepository::referral)
			.list();
	}

	/**
	 * Moves a referral on if nobody else has meanwhile; the date fills the column of the
	 * new status.
	 */
	public boolean move(long id, int version, ReferralStatus from, ReferralStatus to, LocalDate on,
			@Nullable String reason, @Nullable String outcome, String by) {
		return jdbc.sql("""
				update interventions.referral set status = :to,
				    accepted_on = case when :to = 'ACCEPTED' then :on else accepted_on end,
				    started_on = case when :to = 'STARTED' then :on else started_on end,
				    ended_on = case when :to in ('COMPLETED', 'REJECTED', 'WITHDRAWN') then :on else ended_on end,
				    status_reason = coalesce(:reason, status_reason), outcome = coalesce(:outcome, outcome),
				    updated_by = :by, version = version + 1
				where id = :id and version = :version and status = :from
				""")
			.param("to", to.name())
			.param("on", on)
			.param("reason", reason)
			.param("outcome", outcome)
			.param("by", by)
			.param("id", id)
			.param("version", version)
			.param("from", from.name())
			.update() == 1;
	}

	public void linkSession(long referralId, long contactId) {
		jdbc.sql("insert into interventions.referral_session (referral_id, contact_id) values (:referral, :contact)")
			.param("referral", referralId)
			.param("contact", contactId)
			.update();
	}

	/** The contacts that are sessions of a referral, in order. */
	public List<Long> sessionContactIds(long referralId) {
		return jdbc
			.sql("""
					select s.contact_id from interventions.referral_session s join reporting.contact c on c.id = s.contact_id
					where s.referral_id = :referral order by c.starts_at
					""")
			.param("referral", referralId)
			.query(Long.class)
			.list();
	}

	/** Sessions attended (by outcome) per referral. */
	public Map<Long, Integer> sessionsAttended(Collection<Long> referralIds) {
		Map<Long, Integer> result = new HashMap<>();
		if (referralIds.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select s.referral_id, count(*) from interventions.referral_session s
				join reporting.contact c on c.id = s.contact_id
				where s.referral_id = any(:ids) and c.outcome in (:attended)
				group by s.referral_id
				""")
			.param("ids", referralIds.toArray(Long[]::new))
			.param("attended", org.openprobation.contacts.Outcome.attendedNames())
			.query((rs, n) -> result.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return result;
	}

	/** Figures for each of the services, as of a day. */
	public Map<Long, ServiceFigures> figures(Collection<Long> serviceIds, LocalDate today) {
		Map<Long, ServiceFigures> result = new HashMap<>();
		if (serviceIds.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select r.service_id,
				       count(*) filter (where r.status = 'SENT') as awaiting,
				       count(*) filter (where r.status = 'ACCEPTED') as waiting,
				       min(r.accepted_on) filter (where r.status = 'ACCEPTED') as waiting_since,
				       count(*) filter (where r.status = 'STARTED') as started,
				       count(*) filter (where r.status = 'COMPLETED' and r.ended_on > :since) as completed,
				       count(*) filter (where r.status = 'WITHDRAWN' and r.started_on is not null
				                        and r.ended_on > :since) as withdrawn,
				       count(*) filter (where r.status = 'REJECTED' and r.ended_on > :since) as rejected
				from interventions.referral r where r.service_id = any(:ids) group by r.service_id
				""")
			.param("ids", serviceIds.toArray(Long[]::new))
			.param("since", today.minusMonths(12))
			.query((rs, n) -> result.put(rs.getLong("service_id"),
					new ServiceFigures(rs.getLong("service_id"), rs.getInt("awaiting"), rs.getInt("waiting"),
							rs.getObject("waiting_since", LocalDate.class), rs.getInt("started"),
							rs.getInt("completed"), rs.getInt("withdrawn"), rs.getInt("rejected"))))
			.list();
		return result;
	}

	private static Referral referral(ResultSet rs, int row) throws SQLException {
		return new Referral(rs.getLong("id"), rs.getLong("service_id"), rs.getLong("person_id"),
				rs.getObject("requirement_id", Long.class), rs.getBoolean("rar"), rs.getString("reason"),
				ReferralStatus.valueOf(rs.getString("status")), rs.getObject("sent_on", LocalDate.class),
				rs.getObject("accepted_on", LocalDate.class), rs.getObject("started_on", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), rs.getString("status_reason"), rs.getString("outcome"),
				rs.getString("referred_by"), rs.getInt("version"));
	}

}
