package org.credence.api.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One refused field of a problem document, as {@code Problem.toJson()} writes it: for the OpenAPI
 * document only.
 */
public record FieldErrorDocument(
        @Schema(format = "int64", description = "The index in a JSON batch (from 0) or the line of a CSV file")
        Long row,

        @Schema(required = true, example = "regionCode") String field,

        @Schema(
                required = true,
                description = "Why, in the language asked for",
                example = "must be a 6-digit administrative division code")
        String message) {}
