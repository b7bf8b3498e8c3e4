package org.openprobation.policy;

/**
 * One value of a policy: its name, label, unit ("working days", "minutes") and the range
 * a provider may set.
 */
public record PolicyField(String name, String label, String unit, int min, int max) {

	public PolicyField {
		if (!name.matches("[a-z][A-Za-z0-9]{1,60}") || min > max) {
			throw new IllegalArgumentException("Not a policy field: " + name);
		}
	}

	public String hint() {
		return "In " + unit + ", from " + min + " to " + max;
	}

}
