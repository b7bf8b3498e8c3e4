package org.openprobation.allocation.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.ProviderCondition;
import org.openprobation.allocation.domain.TransferDecision;
import org.openprobation.allocation.domain.TransferKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runs of the NPS/CRC rule, transfer requests and escalations, and policy settings. */
@Repository
public class TransferRepository {

	private final JdbcClient jdbc;

	TransferRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record ProviderAllocationRow(long personId, long sentenceId, String occasion, @Nullable String roshLevel,
			boolean mappaEligible, boolean courtAssessment, boolean safeguardingCheckDone,
			boolean domesticAbuseCheckDone, String decidedType, String basis, String recordedBy) {
	}

	public long recordProviderAllocation(ProviderAllocationRow r) {
		return jdbc
			.sql("""
					insert into allocation.provider_allocation (person_id, sentence_id, occasion, rosh_level, mappa_eligible,
					    court_assessment, safeguarding_check_done, domestic_abuse_check_done, decided_type, basis, recorded_by)
					values (:person, :sentence, :occasion, :rosh, :mappa, :court, :safeguarding, :da, :type, :basis, :by)
					returning id
					""")
			.param("person", r.personId())
			.param("sentence", r.sentenceId())
			.param("occasion", r.occasion())
			.param("rosh", r.roshLevel())
			.param("mappa", r.mappaEligible())
			.param("court", r.courtAssessment())
			.param("safeguarding", r.safeguardingCheckDone())
			.param("da", r.domesticAbuseCheckDone())
			.param("type", r.decidedType())
			.param("basis", r.basis())
			.param("by", r.recordedBy())
			.query(Long.class)
			.single();
	}

	public record Transfer(long id, long personId, long fromProviderId, TransferKind kind, String reasons,
			@Nullable String roshLevel, LocalDate requestedOn, String requestedBy, LocalDate decisionDueOn,
			@Nullable TransferDecision decision, @Nullable String decisionReasons, @Nullable LocalDate decidedOn,
			@Nullable String decidedBy, @Nullable LocalDate transferredOn) {
	}

	private static final String TRANSFER_SELECT = """
			select id, person_id, from_provider_id, kind, reasons, rosh_level, requested_on, requested_by, decision_due_on,
			       decision, decision_reasons, decided_on, decided_by, transferred_on
			from allocation.transfer_request
			""";

	public long requestTransfer(long personId, long fromProviderId, TransferKind kind, String reasons,
			@Nullable String roshLevel, LocalDate requestedOn, String requestedBy, LocalDate dueOn) {
		return jdbc.sql("""
				insert into allocation.transfer_request (person_id, from_provider_id, kind, reasons, rosh_level,
				    requested_on, requested_by, decision_due_on)
				values (:person, :provider, :kind, :reasons, :rosh, :on, :by, :due)
				returning id
				""")
			.param("person", personId)
			.param("provider", fromProviderId)
			.param("kind", kind.name())
			.param("reasons", reasons)
			.param("rosh", roshLevel)
			.param("on", requestedOn)
			.param("by", requestedBy)
			.param("due", dueOn)
			.query(Long.class)
			.single();
	}

	public Optional<Transfer> open(long personId) {
		return jdbc.sql(TRANSFER_SELECT + " where person_id = :p and decision is null")
			.param("p", personId)
			.query(TransferRepository::transfer)
			.optional();
	}

	/** The undecided requests about any of these cases. */
	public List<Transfer> open(java.util.Collection<Long> personIds) {
		return jdbc
			.sql(TRANSFER_SELECT + " where person_id = any(:ids) and decision is null order by decision_due_on, id")
			.param("ids", personIds.toArray(Long[]::new))
			.query(TransferRepository::transfer)
			.list();
	}

	public Optional<Transfer> find(long id) {
		return jdbc.sql(TRANSFER_SELECT + " where id = :id")
			.param("id", id)
			.query(TransferRepository::transfer)
			.optional();
	}

	/**
	 * Open requests first (oldest first), then decided ones (latest first), of one
	 * provider or all.
	 */
	public List<Transfer> ofProvider(@Nullable Long providerId, int limit) {
		return jdbc
			.sql(TRANSFER_SELECT
					+ """
							 where %s
							order by decision is not null, case when decision is null then requested_on end, decided_on desc, id desc
							limit :limit
							"""
						.formatted(ProviderCondition.of("from_provider_id", providerId)))
			.param("provider", providerId)
			.param("limit", limit)
			.query(TransferRepository::transfer)
			.list();
	}

	public List<Transfer> ofPerson(long personId) {
		return jdbc.sql(TRANSFER_SELECT + " where person_id = :p order by requested_on desc, id desc")
			.param("p", personId)
			.query(TransferRepository::transfer)
			.list();
	}

	/** Records the decision; false when it was already decided. */
	public boolean decide(long id, TransferDecision decision, String reasons, LocalDate on, String by,
			@Nullable LocalDate transferredOn) {
		return jdbc.sql("""
				update allocation.transfer_request
				set decision = :decision, decision_reasons = :reasons, decided_on = :on, decided_by = :by,
				    transferred_on = :transferred
				where id = :id and decision is null
				""")
			.param("decision", decision.name())
			.param("reasons", reasons)
			.param("on", on)
			.param("by", by)
			.param("transferred", transferredOn)
			.param("id", id)
			.update() == 1;
	}

	public List<String[]> settings(long providerId) {
		return jdbc.sql("""
				select key, value from allocation.policy_setting where provider_id is null or provider_id = :p
				order by provider_id nulls first
				""").param("p", providerId).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
	}

	public void saveSetting(long providerId, String key, String value, String by) {
		jdbc.sql("""
				insert into allocation.policy_setting (provider_id, key, value, changed_by) values (:p, :k, :v, :by)
				on conflict (coalesce(provider_id, 0), key) do update set value = excluded.value,
				    changed_by = excluded.changed_by, changed_at = now()
				""").param("p", providerId).param("k", key).param("v", value).param("by", by).update();
	}

	private static Transfer transfer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Transfer(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("from_provider_id"),
				TransferKind.valueOf(rs.getString("kind")), rs.getString("reasons"), rs.getString("rosh_level"),
				rs.getObject("requested_on", LocalDate.class), rs.getString("requested_by"),
				rs.getObject("decision_due_on", LocalDate.class),
				rs.getString("decision") == null ? null : TransferDecision.valueOf(rs.getString("decision")),
				rs.getString("decision_reasons"), rs.getObject("decided_on", LocalDate.class),
				rs.getString("decided_by"), rs.getObject("transferred_on", LocalDate.class));
	}

}
