package org.openprobation.demo;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the demo dataset is generated. The rates are generator parameters, not product
 * constants; the defaults follow the 2018 London inspection.
 *
 * @param generate AUTO generates on the embedded database only; ALWAYS also on an
 * external one
 * @param size LONDON (one CRC, 29,473 people) or NATIONAL (28 providers, about 260,000
 * people)
 * @param seed the seed every random choice derives from
 * @param asOf the date the data is generated as at; today when not set
 * @param reset wipe the generated data and generate it again on this start
 */
@ConfigurationProperties("openprobation.demo")
public record DemoSettings(Generate generate, Size size, long seed, @Nullable LocalDate asOf, boolean reset,
		int londonPeople, int londonPractitioners, int nationalPeople, double custodialShare, double officerChangeShare,
		double femaleShare, int batchSize) {

	public DemoSettings {
		if (generate == null) {
			generate = Generate.AUTO;
		}
		if (size == null) {
			size = Size.LONDON;
		}
		if (londonPeople <= 0) {
			londonPeople = 29_473;
		}
		if (londonPractitioners <= 0) {
			londonPractitioners = 520;
		}
		if (nationalPeople <= 0) {
			nationalPeople = 260_000;
		}
		if (custodialShare <= 0) {
			custodialShare = 0.41;
		}
		if (officerChangeShare <= 0) {
			officerChangeShare = 0.41;
		}
		if (femaleShare <= 0) {
			femaleShare = 0.11;
		}
		if (batchSize <= 0) {
			batchSize = 5_000;
		}
	}

	/**
	 * Whether this start is a demo (its data generated or kept, its sign-ins on): on the
	 * embedded database unless turned off, on an external one only when asked.
	 */
	public boolean demoOn(boolean embeddedDatabase) {
		return demoOn(generate, embeddedDatabase);
	}

	/** The same, from the setting alone (for a start that reads it before the beans). */
	public static boolean demoOn(Generate generate, boolean embeddedDatabase) {
		return switch (generate) {
			case ALWAYS -> true;
			case AUTO -> embeddedDatabase;
			case NEVER -> false;
		};
	}

	public enum Generate {

		AUTO, ALWAYS, NEVER

	}

	public enum Size {

		LONDON, NATIONAL

	}

}
