package org.credence.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.credence.sharing.control.MeasureStore;
import org.credence.violation.entity.ListType;
import org.credence.violation.entity.PenaltyType;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.RepairApplication;
import org.credence.violation.entity.Severity;
import org.junit.jupiter.api.Test;

/** Every message the code names exists in English and Chinese, and every pattern can be written. */
class RefusalBundlesTest {

    /** The services' sources and the web module's (its API resources refuse query parameters with messages too). */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"));

    private static final Pattern KEY = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"(\\s*\\+)?");
    private static final Pattern CHOSEN_KEY =
            Pattern.compile("Message\\.of\\([^;\"]*\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("new Message\\.Value\\(\"(\\w+)\", \"(\\w+)\"\\)");
    private static final Pattern VALUES = Pattern.compile("Message\\.values\\(\"(\\w+)\"((?:, \"\\w+\")+)\\)");
    private static final Pattern VALUE_TYPE = Pattern.compile("new Message\\.Value\\(\"(\\w+)\", [^\"]");

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = RefusalBundlesTest.class.getResourceAsStream("/org/credence/platform/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : SOURCES) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    all.append(Files.readString(f)).append('\n');
                }
            }
        }
        return all.toString();
    }

    @Test
    void everyKeyTheCodeUsesIsInBothLanguages() throws IOException {
        Properties en = bundle("refusals.properties");
        Properties zh = bundle("refusals_zh_CN.properties");
        String code = sources();
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Matcher m = KEY.matcher(code);
        while (m.find()) {
            (m.group(2) == null ? used : prefixes).add(m.group(1));
        }
        Matcher chosen = CHOSEN_KEY.matcher(code);
        while (chosen.find()) {
            used.add(chosen.group(1));
            used.add(chosen.group(2));
        }
        Matcher value = VALUE.matcher(code);
        while (value.find()) {
            used.add("value." + value.group(1) + "." + value.group(2));
        }
        Matcher values = VALUES.matcher(code);
        while (values.find()) {
            for (String c : values.group(2).replace("\"", "").split(",\\s*")) {
                if (!c.isBlank()) {
                    used.add("value." + values.group(1) + "." + c.strip());
                }
            }
        }
        assertTrue(used.size() > 250, "the scan found only " + used.size() + " keys");
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (!en.containsKey(key)) {
                missing.add("en:" + key);
            }
            if (!zh.containsKey(key)) {
                missing.add("zh:" + key);
            }
        }
        for (String prefix : prefixes) {
            if (en.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix))) {
                missing.add("en:" + prefix + "*");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void codedValuesAndEnumerationsHaveEveryLabel() throws IOException {
        Properties en = bundle("refusals.properties");
        Properties zh = bundle("refusals_zh_CN.properties");
        List<Class<? extends Enum<?>>> passedAsConstants = List.of(
                Severity.class,
                PenaltyType.class,
                RecordStatus.class,
                RepairApplication.Decision.class,
                ListType.class,
                Polarity.class,
                MeasureStore.Trigger.class);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : passedAsConstants) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "value." + type.getSimpleName() + "." + constant.name();
                if (!en.containsKey(key) || !zh.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        Matcher typed = VALUE_TYPE.matcher(sources());
        while (typed.find()) {
            String prefix = "value." + typed.group(1) + ".";
            if (en.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix))) {
                missing.add(prefix + "*");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyConstraintMessageHasItsKey() throws IOException {
        Matcher m = Pattern.compile("message = \"([^\"]+)\"").matcher(sources());
        List<String> without = new ArrayList<>();
        int found = 0;
        while (m.find()) {
            found++;
            if (Refusals.constraint(m.group(1)).key().equals("as-given")) {
                without.add(m.group(1));
            }
        }
        assertTrue(found > 30, "the scan found only " + found + " constraint messages");
        assertEquals(List.of(), without);
        assertEquals("必须填写统一社会信用代码", Refusals.constraint("a USCC is required").in(Refusals.CHINESE));
    }

    @Test
    void bothBundlesHoldTheSameKeysAndEveryPatternParses() {
        Properties en = bundle("refusals.properties");
        Properties zh = bundle("refusals_zh_CN.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        for (Properties p : List.of(en, zh)) {
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                new MessageFormat(pattern); // throws on a broken pattern
                assertFalse(pattern.replace("''", "").contains("'"), key + " has a lone quote: " + pattern);
                int englishArgs = arguments(en.getProperty(key));
                assertEquals(englishArgs, arguments(pattern), key + " uses other arguments than in English");
            }
        }
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }
}
