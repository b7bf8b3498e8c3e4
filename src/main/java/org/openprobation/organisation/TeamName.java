package org.openprobation.organisation;

/** A team's code and name, for choosing a team in a form. */
public record TeamName(String code, String name) {

}
