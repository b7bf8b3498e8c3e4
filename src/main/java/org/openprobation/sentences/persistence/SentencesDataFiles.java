package org.openprobation.sentences.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * The sentences' part of a provider's export: events, offences, sentences, requirements
 * with the changes recorded to them, and previous sanctions.
 */
@Component
class SentencesDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("event.csv", 300,
						"select t.* from sentences.event t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("offence.csv", 310,
						"select t.* from sentences.offence t where t.event_id in (select id from sentences.event where person_id in "
								+ PEOPLE + ") order by t.id"),
				new DataFile("sentence.csv", 320,
						"select t.* from sentences.sentence t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("requirement.csv", 330,
						"select t.* from sentences.requirement t where t.sentence_id in (select id from sentences.sentence where person_id in "
								+ PEOPLE + ") order by t.id"),
				// after the enforcement actions, which a requirement added on breach
				// names
				new DataFile("requirement_change.csv", 705,
						"select t.* from sentences.requirement_change t where t.requirement_id in (select r.id from "
								+ "sentences.requirement r join sentences.sentence s on s.id = r.sentence_id "
								+ "where s.person_id in " + PEOPLE + ") order by t.id"),
				new DataFile("sanction_history.csv", 340,
						"select t.* from sentences.sanction_history t where t.person_id in " + PEOPLE
								+ " order by t.person_id"));
	}

}
