package org.openprobation.inspection.web;

import java.util.ArrayList;
import java.util.List;

import org.openprobation.inspection.Inspections;

/**
 * Geometry for the server-drawn SVG bar charts of yes and no counts per key question (the
 * report's appendix); each chart has a table alternative on the page.
 */
final class Charts {

	static final int WIDTH = 400;

	private Charts() {
	}

	record Bar(String code, int yes, int no, int notApplicable, int yesWidth, int noWidth, int y) {
	}

	static List<Bar> questionBars(Inspections.Results results) {
		int max = results.questions().stream().mapToInt(Inspections.QuestionCount::relevant).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		int y = 0;
		for (Inspections.QuestionCount q : results.questions()) {
			int yesWidth = max == 0 ? 0 : Math.round((float) WIDTH * q.yes() / max);
			int noWidth = max == 0 ? 0 : Math.round((float) WIDTH * q.no() / max);
			bars.add(new Bar(q.code(), q.yes(), q.no(), q.notApplicable(), yesWidth, noWidth, y));
			y += 28;
		}
		return bars;
	}

}
