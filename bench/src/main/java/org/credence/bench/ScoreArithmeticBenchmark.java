package org.credence.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.credence.credit.control.DefaultModel;
import org.credence.credit.control.ScoreExplanation;
import org.credence.credit.control.ScoreMethod;
import org.credence.credit.control.ScoreMethod.ListFacts;
import org.credence.credit.control.ScoreMethod.RecordFacts;
import org.credence.credit.control.ScoreModel;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.Severity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pure score-v1 arithmetic under the default model (14 indicators): a business without records,
 * one with five (the population's average) and one with fifty.
 *
 * <pre>java -cp "bench/target/classes:bench/target/lib/*" org.openjdk.jmh.Main ScoreArithmetic</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoreArithmeticBenchmark {

    static final LocalDate T = LocalDate.of(2026, 11, 22);
    static final String[] CATEGORIES = {
        "FALSE_ADVERTISING",
        "ORDER_BRUSHING",
        "PRODUCT_QUALITY",
        "CONSUMER_DISPUTES",
        "TELECOM_FRAUD",
        "TAX_INVOICE",
        "HONOUR"
    };
    static final Severity[] SEVERITIES = {Severity.MINOR, Severity.ORDINARY, Severity.HEAVY, Severity.ORDINARY};

    final ScoreModel model = DefaultModel.scoreModel("1", 1);
    final List<RecordFacts> none = List.of();
    final List<RecordFacts> five = records(5);
    final List<RecordFacts> fifty = records(50);

    static List<RecordFacts> records(int n) {
        List<RecordFacts> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String category = CATEGORIES[i % CATEGORIES.length];
            boolean positive = category.equals("HONOUR");
            LocalDate decided = T.minusDays(30L * (i + 1));
            records.add(new RecordFacts(
                    i,
                    category,
                    positive ? Polarity.POSITIVE : Polarity.NEGATIVE,
                    positive ? null : SEVERITIES[i % SEVERITIES.length],
                    decided,
                    decided.plusMonths(36),
                    RecordStatus.ACTIVE,
                    null));
        }
        return records;
    }

    @Benchmark
    public ScoreExplanation noRecords() {
        return ScoreMethod.score(model, none, ListFacts.NONE, T);
    }

    @Benchmark
    public ScoreExplanation fiveRecords() {
        return ScoreMethod.score(model, five, ListFacts.NONE, T);
    }

    @Benchmark
    public ScoreExplanation fiftyRecords() {
        return ScoreMethod.score(model, fifty, ListFacts.NONE, T);
    }
}
