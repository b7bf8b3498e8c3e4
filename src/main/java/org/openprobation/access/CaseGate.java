package org.openprobation.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Service;

/**
 * The one gate to a person's case. Every use case that reads or changes anything about a
 * person opens the case here first, by CRN or by the person's id (for requests that name
 * an allocation, a booking, a transfer or any other record of a case): the gate finds who
 * holds the case, applies the {@link CaseUse}'s rule and either hands back a
 * {@link CheckedCase} or refuses with {@link CaseAccessDenied}. A refusal never names the
 * person, and is audited in a transaction of its own, so it is kept whatever the caller's
 * transaction then does.
 */
@Service
public class CaseGate {

	private final CaseLookup cases;

	private final AuditLog audit;

	CaseGate(CaseLookup cases, AuditLog audit) {
		this.cases = cases;
		this.audit = audit;
	}

	public CheckedCase read(CurrentUser user, Crn crn, String purpose) {
		return open(user, crn, CaseUse.READ, purpose);
	}

	public CheckedCase change(CurrentUser user, Crn crn, String purpose) {
		return open(user, crn, CaseUse.CHANGE, purpose);
	}

	/**
	 * The person's id if the user may read the case, without an audit row: for what a
	 * page shows around its content (the case's header, a warrant banner), where the
	 * page's own use case has opened the case and audited the read.
	 */
	public java.util.OptionalLong readable(CurrentUser user, Crn crn) {
		java.util.Optional<CaseLookup.Found> opened = openedInThisRequest(crn);
		return (opened.isPresent() ? opened : cases.byCrn(crn))
			.filter(found -> CaseUse.READ.decide(user, found.owner()).isGranted())
			.map(found -> java.util.OptionalLong.of(found.personId()))
			.orElse(java.util.OptionalLong.empty());
	}

	public CheckedCase open(CurrentUser user, Crn crn, CaseUse use, String purpose) {
		CaseLookup.Found found = cases.byCrn(crn)
			.orElseThrow(() -> new NotFound("No person on probation has the CRN " + crn.value()));
		return decide(user, found, use, purpose);
	}

	/**
	 * The case a record belongs to (an allocation, booking, transfer, referral...), by
	 * its person's id.
	 */
	public CheckedCase openPerson(CurrentUser user, long personId, CaseUse use, String purpose) {
		CaseLookup.Found found = cases.byPersonId(personId)
			.orElseThrow(() -> new NotFound("That case is no longer on the record."));
		return decide(user, found, use, purpose);
	}

	/**
	 * The decision alone, for a case the caller has found, with nothing audited: for
	 * pages that offer or hide a change.
	 */
	public AccessDecision decision(CurrentUser user, CaseOwner owner, CaseUse use) {
		return use.decide(user, owner);
	}

	/**
	 * The rows of a list about people that this user may see, by each row's person: the
	 * cases they are excluded from, restricted cases they are not named on, and other
	 * providers' cases (unless they read every provider) are left out, and counted.
	 */
	public <T> Shown<T> shown(CurrentUser user, List<T> rows, ToLongFunction<T> personId) {
		if (rows.isEmpty()) {
			return new Shown<>(rows, 0, List.of());
		}
		java.util.Set<Long> ids = new java.util.HashSet<>();
		rows.forEach(r -> ids.add(personId.applyAsLong(r)));
		Map<Long, String> visible = visibleCrns(user, ids);
		List<T> kept = rows.stream().filter(r -> visible.containsKey(personId.applyAsLong(r))).toList();
		java.util.Set<String> crns = new java.util.TreeSet<>();
		kept.forEach(r -> crns.add(visible.get(personId.applyAsLong(r))));
		return new Shown<>(kept, rows.size() - kept.size(), List.copyOf(crns));
	}

	/**
	 * A page's list of people as the user may see it ({@link #shown}), with one audit row
	 * that records the CRNs it showed.
	 */
	public <T> Shown<T> list(CurrentUser user, List<T> rows, ToLongFunction<T> personId, String action, String what) {
		Shown<T> shown = shown(user, rows, personId);
		audit.recordShown(user, action, what + ": " + shown.rows().size() + " shown"
				+ (shown.hidden() == 0 ? "" : ", " + shown.hidden() + " not shown"), shown.crns());
		return shown;
	}

	/**
	 * Opens a referral sent to the user's provider about a case another provider holds,
	 * for reading and answering that referral only: the answer is the case's CRN, never a
	 * {@link CheckedCase}, so nothing else about the case can be reached with it. A
	 * refusal is audited and names nobody.
	 */
	public Crn openReferralReceived(CurrentUser user, long personId, long receivingProviderId, String purpose) {
		CaseLookup.Found found = cases.byPersonId(personId)
			.orElseThrow(() -> new NotFound("That case is no longer on the record."));
		AccessDecision decision = org.openprobation.access.domain.CaseAccessRule.referralReceived(user, found.owner(),
				receivingProviderId);
		if (decision instanceof AccessDecision.Refused refused) {
			audit.recordRefusal(user, found.crn().value(), purpose + ": " + refused.reason());
			throw new CaseAccessDenied(refused.reason());
		}
		return found.crn();
	}

	/**
	 * A list of referrals to one provider's service as the user may see it: the rows
	 * whose case they may read, and those sent to their provider by another that they may
	 * answer; one audit row records the CRNs shown.
	 */
	public <T> Shown<T> listReferred(CurrentUser user, List<T> rows, ToLongFunction<T> personId,
			long receivingProviderId, String action, String what) {
		java.util.Set<Long> ids = new java.util.HashSet<>();
		rows.forEach(r -> ids.add(personId.applyAsLong(r)));
		Map<Long, CaseLookup.Found> owners = ids.isEmpty() ? Map.of() : cases.readingOwnersOf(ids);
		java.util.Set<String> crns = new java.util.TreeSet<>();
		List<T> kept = rows.stream().filter(r -> {
			CaseLookup.Found found = owners.get(personId.applyAsLong(r));
			boolean seen = found != null && (CaseUse.READ.decide(user, found.owner()).isGranted()
					|| org.openprobation.access.domain.CaseAccessRule
						.referralReceived(user, found.owner(), receivingProviderId)
						.isGranted());
			if (seen) {
				crns.add(found.crn().value());
			}
			return seen;
		}).toList();
		Shown<T> shown = new Shown<>(kept, rows.size() - kept.size(), List.copyOf(crns));
		audit.recordShown(user, action, what + ": " + shown.rows().size() + " shown"
				+ (shown.hidden() == 0 ? "" : ", " + shown.hidden() + " not shown"), shown.crns());
		return shown;
	}

	/** Of these people, those whose case this user may read. */
	public java.util.Set<Long> visible(CurrentUser user, Collection<Long> personIds) {
		return visibleCrns(user, personIds).keySet();
	}

	private Map<Long, String> visibleCrns(CurrentUser user, Collection<Long> personIds) {
		Map<Long, String> visible = new java.util.HashMap<>();
		if (personIds.isEmpty()) {
			return visible;
		}
		cases.readingOwnersOf(personIds).forEach((id, found) -> {
			if (CaseUse.READ.decide(user, found.owner()).isGranted()) {
				visible.put(id, found.crn().value());
			}
		});
		return visible;
	}

	/**
	 * A list as the user may see it, how many rows were left out, and the CRNs it shows
	 * (for the audit trail).
	 */
	public record Shown<T>(List<T> rows, int hidden, List<String> crns) {

		public Shown {
			rows = List.copyOf(rows);
			crns = List.copyOf(crns);
		}

	}

	/**
	 * The case this request's use case looked up, so that the header of its page decides
	 * on the same finding instead of looking the case up again (three to five
	 * statements). The decision itself is always made afresh; only the finding is shared,
	 * and only within one request.
	 */
	private static java.util.Optional<CaseLookup.Found> openedInThisRequest(Crn crn) {
		org.springframework.web.context.request.RequestAttributes request = org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes();
		Object found = request == null ? null : request.getAttribute(OPENED + crn.value(),
				org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
		return java.util.Optional.ofNullable((CaseLookup.Found) found);
	}

	private static final String OPENED = CaseGate.class.getName() + ".opened.";

	private static void remember(CaseLookup.Found found) {
		org.springframework.web.context.request.RequestAttributes request = org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes();
		if (request != null) {
			request.setAttribute(OPENED + found.crn().value(), found,
					org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
		}
	}

	private CheckedCase decide(CurrentUser user, CaseLookup.Found found, CaseUse use, String purpose) {
		remember(found);
		AccessDecision decision = use.decide(user, found.owner());
		if (decision instanceof AccessDecision.Refused refused) {
			audit.recordRefusal(user, found.crn().value(), purpose + ": " + refused.reason());
			throw new CaseAccessDenied(refused.reason());
		}
		return new CheckedCase(found.personId(), found.crn(), found.owner(), user, use);
	}

}
