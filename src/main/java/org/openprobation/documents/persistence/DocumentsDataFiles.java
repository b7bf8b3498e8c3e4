package org.openprobation.documents.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * The documents' part of a provider's export: each document and every version, with its
 * bytes when they are held in the database (a document directory is copied beside the
 * set, docs/data-format.md).
 */
@Component
class DocumentsDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("document.csv", 1100,
						"select t.* from documents.document t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("document_version.csv", 1110,
						"select t.* from documents.document_version t where t.document_id in (select d.id from "
								+ "documents.document d where d.person_id in " + PEOPLE + ") order by t.id"));
	}

}
