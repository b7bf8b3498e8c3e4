package org.openprobation.oversight.web;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.openprobation.oversight.Oversight;

/**
 * A trend drawn as a small server-side SVG line of the monthly percentages (or counts,
 * for figures without a denominator); the page gives the figures in a table too.
 */
record Sparkline(String points, String description, int width, int height) {

	static final int WIDTH = 120;

	static final int HEIGHT = 28;

	static Sparkline of(List<Oversight.Point> trend) {
		if (trend.isEmpty()) {
			return new Sparkline("", "No figures recorded yet", WIDTH, HEIGHT);
		}
		double[] values = trend.stream()
			.mapToDouble(p -> p.percent() != null ? p.percent() : p.denominator() == 0 ? 0 : p.count())
			.toArray();
		double min = java.util.Arrays.stream(values).min().orElse(0);
		double max = java.util.Arrays.stream(values).max().orElse(0);
		double range = max - min == 0 ? 1 : max - min;
		StringJoiner points = new StringJoiner(" ");
		for (int i = 0; i < values.length; i++) {
			double x = values.length == 1 ? WIDTH / 2.0 : 2 + i * (WIDTH - 4.0) / (values.length - 1);
			double y = HEIGHT - 3 - (values[i] - min) / range * (HEIGHT - 6);
			points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
		}
		Oversight.Point first = trend.get(0);
		Oversight.Point last = trend.get(trend.size() - 1);
		String description = "Trend from " + first.month() + " to " + last.month() + ": " + label(first) + " to "
				+ label(last);
		return new Sparkline(points.toString(), description, WIDTH, HEIGHT);
	}

	private static String label(Oversight.Point point) {
		return point.percent() == null ? String.valueOf(point.count())
				: String.format(Locale.ROOT, "%.1f%%", point.percent());
	}

}
