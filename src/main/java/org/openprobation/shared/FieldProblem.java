package org.openprobation.shared;

/**
 * One thing wrong with what was typed: the field it belongs to and what to do about it.
 */
public record FieldProblem(String field, String message) {
}
