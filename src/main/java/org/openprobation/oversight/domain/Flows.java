package org.openprobation.oversight.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.openprobation.oversight.Metric;

/**
 * The flow figures of one scope (events that happen, such as enforcement on time or an
 * order completed), counted in one pass: over the 12 months to the data's date for the
 * figure, and month by month over the last 12 calendar months for its trend. Each count
 * is {@code {counted, of}}.
 */
public record Flows(Map<Metric, int[]> windows, Map<Metric, Map<YearMonth, int[]>> months) {

	/** One event of a flow figure, already in the scope. */
	public interface Event {

		Metric metric();

		LocalDate on();

		boolean counted();

	}

	/** The count over the 12 months to the data's date. */
	public int[] window(Metric metric) {
		return windows.getOrDefault(metric, new int[2]);
	}

	/** The count of one calendar month. */
	public int[] month(Metric metric, YearMonth month) {
		return months.getOrDefault(metric, Map.of()).getOrDefault(month, new int[2]);
	}

	/** Counts the events of a scope as at {@code to}; later events are left out. */
	public static Flows of(LocalDate to, Iterable<? extends Event> events) {
		LocalDate windowFrom = to.minusMonths(12).plusDays(1);
		LocalDate trendFrom = YearMonth.from(to).minusMonths(11).atDay(1);
		Map<Metric, int[]> windows = new EnumMap<>(Metric.class);
		Map<Metric, Map<YearMonth, int[]>> months = new EnumMap<>(Metric.class);
		for (Event e : events) {
			if (e.on().isAfter(to) || (e.on().isBefore(windowFrom) && e.on().isBefore(trendFrom))) {
				continue;
			}
			if (!e.on().isBefore(windowFrom)) {
				int[] w = windows.computeIfAbsent(e.metric(), m -> new int[2]);
				w[1]++;
				w[0] += e.counted() ? 1 : 0;
			}
			if (!e.on().isBefore(trendFrom)) {
				int[] m = months.computeIfAbsent(e.metric(), k -> new HashMap<>())
					.computeIfAbsent(YearMonth.from(e.on()), k -> new int[2]);
				m[1]++;
				m[0] += e.counted() ? 1 : 0;
			}
		}
		return new Flows(windows, months);
	}

}
