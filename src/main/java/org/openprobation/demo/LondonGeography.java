package org.openprobation.demo;

import java.util.List;

/**
 * London CRC's five areas of contiguous boroughs (32 boroughs and the City), its 25
 * offices and the boroughs each serves. Borough weights stand for each borough's share of
 * the caseload, larger in inner London.
 */
final class LondonGeography {

	private LondonGeography() {
	}

	record BoroughSpec(String code, String name, boolean inner, double weight, String postcode) {
	}

	record AreaSpec(String code, String name, List<BoroughSpec> boroughs) {
	}

	/** An office in one borough, serving that borough and any others listed. */
	record OfficeSpec(String code, String name, String boroughCode, String address, List<String> serves) {
	}

	static final List<AreaSpec> AREAS = List.of(
			new AreaSpec("LDN-N", "North London",
					List.of(b("BAR", "Barnet", false, 1.0, "N12"), b("ENF", "Enfield", false, 1.2, "EN1"),
							b("HGY", "Haringey", true, 1.2, "N17"), b("ISL", "Islington", true, 1.0, "N7"),
							b("CMD", "Camden", true, 1.0, "NW1"), b("HCK", "Hackney", true, 1.2, "E8"))),
			new AreaSpec("LDN-E", "East London", List.of(b("COL", "City of London", true, 0.2, "EC2"),
					b("TWH", "Tower Hamlets", true, 1.2, "E1"), b("NWM", "Newham", true, 1.4, "E15"),
					b("WFT", "Waltham Forest", false, 1.0, "E17"), b("RDB", "Redbridge", false, 0.8, "IG1"),
					b("BDG", "Barking and Dagenham", false, 1.0, "RM10"), b("HAV", "Havering", false, 0.8, "RM1"))),
			new AreaSpec("LDN-SE", "South East London",
					List.of(b("SWK", "Southwark", true, 1.4, "SE15"), b("LBH", "Lambeth", true, 1.5, "SW9"),
							b("LEW", "Lewisham", true, 1.2, "SE13"), b("GRE", "Greenwich", false, 1.1, "SE18"),
							b("BEX", "Bexley", false, 0.7, "DA5"), b("BRM", "Bromley", false, 0.8, "BR1"))),
			new AreaSpec("LDN-SW", "South West London",
					List.of(b("WND", "Wandsworth", true, 1.0, "SW18"), b("MRT", "Merton", false, 0.6, "SW19"),
							b("STN", "Sutton", false, 0.6, "SM1"), b("CRY", "Croydon", false, 1.5, "CR0"),
							b("KTT", "Kingston upon Thames", false, 0.5, "KT1"),
							b("RIC", "Richmond upon Thames", false, 0.4, "TW9"))),
			new AreaSpec("LDN-W", "West London",
					List.of(b("WSM", "Westminster", true, 1.3, "W2"),
							b("KEC", "Kensington and Chelsea", true, 0.6, "W11"),
							b("HMF", "Hammersmith and Fulham", true, 0.8, "W6"), b("EAL", "Ealing", false, 1.2, "W5"),
							b("BRT", "Brent", false, 1.2, "NW10"), b("HRW", "Harrow", false, 0.6, "HA1"),
							b("HIL", "Hillingdon", false, 0.9, "UB8"), b("HNS", "Hounslow", false, 0.9, "TW3"))));

	static final List<OfficeSpec> OFFICES = List.of(o("BAR", "Barnet office", "BAR", "Barnet", List.of()),
			o("ENF", "Enfield office", "ENF", "Enfield", List.of()),
			o("TOT", "Tottenham office", "HGY", "Tottenham", List.of()),
			o("ISL", "Islington office", "ISL", "Holloway", List.of("CMD")),
			o("HCK", "Hackney office", "HCK", "Hackney", List.of()),
			o("STR", "Stratford office", "NWM", "Stratford", List.of()),
			o("WCH", "Whitechapel office", "TWH", "Whitechapel", List.of("COL")),
			o("WAL", "Walthamstow office", "WFT", "Walthamstow", List.of()),
			o("ILF", "Ilford office", "RDB", "Ilford", List.of()),
			o("BKG", "Barking office", "BDG", "Barking", List.of("HAV")),
			o("SWK", "Southwark office", "SWK", "Peckham", List.of()),
			o("BRX", "Brixton office", "LBH", "Brixton", List.of()),
			o("LEW", "Lewisham office", "LEW", "Lewisham", List.of()),
			o("WOL", "Woolwich office", "GRE", "Woolwich", List.of("BEX")),
			o("BRM", "Bromley office", "BRM", "Bromley", List.of()),
			o("WND", "Wandsworth office", "WND", "Wandsworth", List.of()),
			o("MRT", "Merton office", "MRT", "Wimbledon", List.of()),
			o("STN", "Sutton office", "STN", "Sutton", List.of()),
			o("CRY", "Croydon office", "CRY", "Croydon", List.of()),
			o("KTT", "Kingston office", "KTT", "Kingston", List.of("RIC")),
			o("WSM", "Westminster office", "WSM", "Marylebone", List.of("KEC")),
			o("HMF", "Hammersmith office", "HMF", "Hammersmith", List.of()),
			o("EAL", "Ealing office", "EAL", "Ealing", List.of("HNS")),
			o("BRT", "Brent office", "BRT", "Wembley", List.of("HRW")),
			o("UXB", "Uxbridge office", "HIL", "Uxbridge", List.of()));

	static final List<String> COURTS_MAGISTRATES = List.of("Highbury Corner Magistrates' Court",
			"Westminster Magistrates' Court", "Thames Magistrates' Court", "Stratford Magistrates' Court",
			"Bromley Magistrates' Court", "Croydon Magistrates' Court", "Wimbledon Magistrates' Court",
			"Uxbridge Magistrates' Court", "Willesden Magistrates' Court", "Hendon Magistrates' Court",
			"Barkingside Magistrates' Court", "Lavender Hill Magistrates' Court", "Ealing Magistrates' Court");

	static final List<String> COURTS_CROWN = List.of("Wood Green Crown Court", "Snaresbrook Crown Court",
			"Inner London Crown Court", "Southwark Crown Court", "Isleworth Crown Court", "Croydon Crown Court",
			"Woolwich Crown Court", "Harrow Crown Court", "Kingston Crown Court");

	private static BoroughSpec b(String code, String name, boolean inner, double weight, String postcode) {
		return new BoroughSpec(code, name, inner, weight, postcode);
	}

	private static OfficeSpec o(String code, String name, String borough, String street, List<String> alsoServes) {
		List<String> serves = new java.util.ArrayList<>();
		serves.add(borough);
		serves.addAll(alsoServes);
		return new OfficeSpec(code, name, borough, "1 " + street + " High Street", List.copyOf(serves));
	}

}
