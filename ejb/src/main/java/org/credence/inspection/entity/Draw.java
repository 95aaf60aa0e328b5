package org.credence.inspection.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * A draw of a plan as stored: its key and due time, its state, the seed's parts (the server seed revealed only once
 * drawn), the model and pool it drew from, its published summary (JSON), and why it was cancelled or failed.
 */
public record Draw(
        long id,
        String key,
        long planId,
        LocalDateTime dueAt,
        String status,
        String serverSeed,
        String commitment,
        String publicEntropy,
        Long modelId,
        LocalDate drawDate,
        LocalDateTime drawnAt,
        String drawnBy,
        String poolHash,
        Integer poolSize,
        String summary,
        LocalDateTime cancelledAt,
        String cancelledBy,
        String cancelReason,
        String replacedBy,
        String failure,
        String failureZh)
        implements Serializable {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** Why a scheduled draw could not be made, in the reader's language; null when it did not fail. */
    public String failureIn(Locale language) {
        return "zh".equals(language.getLanguage()) && failureZh != null ? failureZh : failure;
    }

    public boolean drawn() {
        return "DRAWN".equals(status);
    }

    /** The seed the draw used: revealed only once drawn. */
    public String seed() {
        return DrawSeed.of(serverSeed, publicEntropy);
    }

    public JsonObject summaryJson() {
        return summary == null
                ? null
                : READERS.createReader(new StringReader(summary)).readObject();
    }
}
