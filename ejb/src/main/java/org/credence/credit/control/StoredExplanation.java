package org.credence.credit.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.control.ScoreExplanation.CountedRecord;
import org.credence.credit.control.ScoreExplanation.IndicatorResult;
import org.credence.credit.control.ScoreModel.Indicator;
import org.credence.credit.entity.Grade;
import org.credence.violation.entity.Polarity;

/**
 * Turns a stored snapshot back into the full score-v1 explanation: the immutable model gives every
 * indicator's weight or cap; the snapshot gives the loads and the records counted (indicators without
 * records have load 0). Sub-scores, bonuses and contributions follow by the spec's arithmetic.
 */
public final class StoredExplanation {

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private StoredExplanation() {}

    public static ScoreExplanation render(
            ScoreModel model,
            LocalDate asOf,
            int score,
            Grade thresholdGrade,
            Grade grade,
            String vetoCodes,
            String json) {
        Map<String, JsonObject> stored = new HashMap<>();
        if (json != null) {
            try (JsonReader reader = JSON.createReader(new StringReader(json))) {
                for (JsonValue value : reader.readObject().getJsonArray("indicators")) {
                    JsonObject indicator = value.asJsonObject();
                    stored.put(indicator.getString("code"), indicator);
                }
            }
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : model.indicators()) {
            JsonObject entry = stored.get(indicator.code());
            double load = entry == null ? 0 : entry.getJsonNumber("load").doubleValue();
            List<CountedRecord> records = new ArrayList<>();
            if (entry != null) {
                for (JsonValue value : entry.getJsonArray("records")) {
                    JsonArray r = value.asJsonArray();
                    records.add(new CountedRecord(
                            r.getJsonNumber(0).longValue(),
                            r.getString(1),
                            r.getJsonNumber(2).doubleValue(),
                            r.getJsonNumber(3).longValue(),
                            r.getJsonNumber(4).doubleValue()));
                }
            }
            if (indicator.polarity() == Polarity.NEGATIVE) {
                double subScore = Math.max(0, 100 - load);
                results.add(new IndicatorResult(
                        indicator.code(),
                        Polarity.NEGATIVE,
                        load,
                        subScore,
                        null,
                        indicator.weight(),
                        10 * indicator.weight() * subScore,
                        records));
            } else {
                double bonus = Math.min(indicator.cap(), load);
                results.add(
                        new IndicatorResult(indicator.code(), Polarity.POSITIVE, load, null, bonus, 0, bonus, records));
            }
        }
        List<Veto> vetoes = new ArrayList<>();
        if (vetoCodes != null) {
            for (String code : vetoCodes.split(",")) {
                vetoes.add(Veto.valueOf(code));
            }
        }
        return new ScoreExplanation(model.id(), model.version(), asOf, score, thresholdGrade, grade, results, vetoes);
    }
}
