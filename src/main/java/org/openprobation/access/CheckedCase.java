package org.openprobation.access;

import org.openprobation.shared.Crn;

/**
 * A case the {@link CaseGate} has let one user through to, for one {@link CaseUse}. Only
 * the gate makes one, so a use case that takes a {@code CheckedCase} cannot be reached
 * without the check; a use case that changes the case asks {@link #require(CaseUse)} so a
 * handle opened for reading cannot be used to change it.
 */
public final class CheckedCase {

	private final long personId;

	private final Crn crn;

	private final CaseOwner owner;

	private final CurrentUser user;

	private final CaseUse use;

	CheckedCase(long personId, Crn crn, CaseOwner owner, CurrentUser user, CaseUse use) {
		this.personId = personId;
		this.crn = crn;
		this.owner = owner;
		this.user = user;
		this.use = use;
	}

	public long personId() {
		return personId;
	}

	public Crn crn() {
		return crn;
	}

	public CaseOwner owner() {
		return owner;
	}

	public CurrentUser user() {
		return user;
	}

	public CaseUse use() {
		return use;
	}

	/** Whether the same user may also change this case (to offer the link or button). */
	public boolean mayChange() {
		return CaseUse.CHANGE.decide(user, owner).isGranted();
	}

	/**
	 * Throws unless this handle was opened for {@code wanted}: a programming error, not a
	 * refusal, since the gate decides refusals.
	 */
	public CheckedCase require(CaseUse wanted) {
		if (!use.covers(wanted)) {
			throw new IllegalStateException("The case was opened for " + use + ", not " + wanted);
		}
		return this;
	}

	@Override
	public String toString() {
		return "CheckedCase[" + crn.value() + " for " + use + " by " + user.username() + "]";
	}

}
