package org.credence.it;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a rendered page must pass, so that no internal code reaches a person: no enumeration
 * constant of the application, no Java collection text, no scientific notation, no ISO timestamp,
 * and in the page's own words (its labels, not the data it shows) no English sentence on a Chinese
 * page and no Chinese on an English one. Pure: it reads text the browser test hands it, which leaves
 * out identifiers a page shows on purpose in {@code <code>} elements (item codes, hashes, the CSV header).
 */
final class PageScan {

    /** Enumerations whose constants must never be shown as they are. */
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            org.credence.business.entity.BusinessStatus.class,
            org.credence.business.entity.EntityType.class,
            org.credence.violation.entity.ListType.class,
            org.credence.violation.entity.RecordStatus.class,
            org.credence.violation.entity.RemovalKind.class,
            org.credence.violation.entity.PenaltyType.class,
            org.credence.violation.entity.Severity.class,
            org.credence.violation.entity.Polarity.class,
            org.credence.credit.control.Veto.class,
            org.credence.changes.entity.ChangeKind.class,
            org.credence.agency.entity.AgencyKind.class,
            org.credence.security.entity.Role.class,
            org.credence.inspection.control.Exclusion.class,
            org.credence.inspection.entity.DrawMode.class,
            org.credence.violation.entity.RepairApplication.Decision.class,
            org.credence.audit.control.AuditLog.ActorKind.class,
            org.credence.sharing.entity.Agreement.Part.class,
            org.credence.sharing.control.MeasureStore.Trigger.class,
            org.credence.sharing.control.MeasureStore.Outcome.class,
            org.credence.validation.control.ValidationReport.Coverage.class,
            org.credence.validation.control.PopulationStability.Band.class);

    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Z][A-Z0-9_]{2,}(?![A-Za-z0-9_-])");
    private static final List<Pattern> COLLECTIONS = List.of(
            Pattern.compile("\\[\\]"), // an empty list
            Pattern.compile("\\[[^\\[\\]\\n]{0,200}, [^\\[\\]\\n]{0,200}\\]"), // [a, b]
            Pattern.compile("\\[[\\w-]+\\]"), // [SAMR], [11]
            Pattern.compile("\\{\\w+=[^{}\\n]*\\}")); // {A=2000, B=3000}
    private static final Pattern SCIENTIFIC = Pattern.compile("(?<![\\w.])\\d+(\\.\\d+)?E[+-]?\\d{1,3}(?![\\w.])");
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
    private static final Pattern ENGLISH_SENTENCE =
            Pattern.compile("(?<![A-Za-z])[A-Za-z][a-z]+(?:[ ,:;]+[a-z]+){2,}(?![A-Za-z])");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    private final Set<String> constants;

    PageScan(Collection<String> constants) {
        this.constants = Set.copyOf(constants);
    }

    /** The constants of {@link #ENUMS} and every code the interface labels ({@code plan.status.DRAFT}: DRAFT). */
    static PageScan ofApplication() {
        Set<String> constants = new TreeSet<>();
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                constants.add(constant.name());
            }
        }
        // the WAR's labels are not on this module's class path: read them from the web module's sources
        Path file = Path.of("../web/src/main/resources/org/credence/ui/messages.properties");
        Properties labels = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            labels.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the interface's labels are needed for the page scan: " + file.toAbsolutePath(), e);
        }
        for (String key : labels.stringPropertyNames()) {
            String last = key.substring(key.lastIndexOf('.') + 1);
            if (TOKEN.matcher(last).matches()) {
                constants.add(last);
            }
        }
        // a code that the labels themselves use as a word (AHP, CSV) is part of the language
        for (String key : labels.stringPropertyNames()) {
            Matcher word = TOKEN.matcher(labels.getProperty(key));
            while (word.find()) {
                constants.remove(word.group());
            }
        }
        return new PageScan(constants);
    }

    Set<String> constants() {
        return constants;
    }

    /**
     * What is wrong with a page: {@code all} is every text it shows, {@code own} the part that is the
     * page's own words (without the data cells); {@code chinese} whether the page is in Chinese.
     */
    List<String> findings(String all, String own, boolean chinese) {
        List<String> found = new ArrayList<>();
        Matcher token = TOKEN.matcher(all);
        while (token.find()) {
            if (constants.contains(token.group())) {
                found.add("enumeration constant: " + around(all, token));
            }
        }
        for (Pattern collection : COLLECTIONS) {
            Matcher m = collection.matcher(all);
            while (m.find()) {
                found.add("collection text: " + around(all, m));
            }
        }
        Matcher scientific = SCIENTIFIC.matcher(all);
        while (scientific.find()) {
            found.add("scientific notation: " + around(all, scientific));
        }
        Matcher iso = ISO_TIME.matcher(all);
        while (iso.find()) {
            found.add("ISO timestamp: " + around(all, iso));
        }
        if (chinese) {
            Matcher english = ENGLISH_SENTENCE.matcher(own);
            while (english.find()) {
                found.add("English on a Chinese page: " + around(own, english));
            }
        } else {
            Matcher han = HAN.matcher(own);
            while (han.find()) {
                found.add("Chinese on an English page: " + around(own, han));
            }
        }
        return found;
    }

    private static String around(String text, Matcher m) {
        int from = Math.max(0, m.start() - 30);
        int to = Math.min(text.length(), m.end() + 30);
        return "«" + m.group() + "» in …" + text.substring(from, to).replace('\n', ' ') + "…";
    }
}
