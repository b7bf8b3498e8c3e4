package org.openprobation.people;

/** The 2011 census ethnic groups, as recorded on probation case records. */
public enum Ethnicity {

	W1("White", "English, Welsh, Scottish, Northern Irish or British"), W2("White", "Irish"),
	W3("White", "Gypsy or Irish Traveller"), W4("White", "Any other White background"),
	M1("Mixed or multiple ethnic groups", "White and Black Caribbean"),
	M2("Mixed or multiple ethnic groups", "White and Black African"),
	M3("Mixed or multiple ethnic groups", "White and Asian"),
	M4("Mixed or multiple ethnic groups", "Any other Mixed or multiple ethnic background"),
	A1("Asian or Asian British", "Indian"), A2("Asian or Asian British", "Pakistani"),
	A3("Asian or Asian British", "Bangladeshi"), A4("Asian or Asian British", "Chinese"),
	A5("Asian or Asian British", "Any other Asian background"),
	B1("Black, African, Caribbean or Black British", "African"),
	B2("Black, African, Caribbean or Black British", "Caribbean"),
	B3("Black, African, Caribbean or Black British", "Any other Black, African or Caribbean background"),
	O1("Other ethnic group", "Arab"), O9("Other ethnic group", "Any other ethnic group"),
	NS("Not stated", "Not stated");

	private final String group;

	private final String category;

	Ethnicity(String group, String category) {
		this.group = group;
		this.category = category;
	}

	public String group() {
		return group;
	}

	/** Whether the person stated their ethnicity. */
	public boolean stated() {
		return this != NS;
	}

	/**
	 * A stated ethnicity outside the White groups (the inspection's minority ethnic
	 * stratum).
	 */
	public boolean minorityEthnic() {
		return stated() && !group.equals(W1.group);
	}

	public String label() {
		return this == NS ? category : group + ": " + category;
	}

}
