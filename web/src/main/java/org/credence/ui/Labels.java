package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.credence.agency.entity.Agency;
import org.credence.business.control.Regions;
import org.credence.violation.entity.RecordCategory;
import org.credence.web.Language;
import org.credence.web.Readable;

/**
 * What pages show instead of internal codes: {@code #{labels.of(x)}} for an enumeration (message key
 * {@code enum.<Type>.<CONSTANT>}), a list, a map, a number or a time; {@code #{labels.code('plan.status', s)}}
 * for a code kept as text (key {@code plan.status.<CODE>}); agencies and record categories by their
 * name, regions by their place name, ratios in basis points as percent. A code without a label is
 * shown as it is, so that the page scan of the browser tests finds it.
 */
@Named
@RequestScoped
public class Labels {

    @Inject
    Language language;

    @Inject
    Choices choices;

    private Map<String, String> agencyNames;
    private Map<String, String> categoryNames;

    private Locale locale() {
        return language.getLocale();
    }

    private String label(String key, String fallback) {
        try {
            return ResourceBundle.getBundle(Language.BUNDLE, locale()).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** Any value as a person reads it: enumerations labelled, lists and maps joined, numbers and times formatted. */
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return label("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), e.name());
        }
        if (value instanceof Collection<?> items) {
            return Readable.list(items, this::of, locale());
        }
        if (value instanceof Map<?, ?> map) {
            return Readable.entries(map, this::of, this::of, locale());
        }
        if (value instanceof Number n) {
            return Readable.number(n, locale());
        }
        if (value instanceof LocalDateTime t) {
            return time(t);
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        return value.toString();
    }

    /** A code kept as text (a status, a kind): the label {@code kind.CODE}; a list of codes joined. */
    public String code(String kind, Object code) {
        if (code == null) {
            return "";
        }
        if (code instanceof Collection<?> codes) {
            return Readable.list(codes, c -> code(kind, c), locale());
        }
        String text = code instanceof Enum<?> e ? e.name() : code.toString();
        return label(kind + "." + text, text);
    }

    /** Items of a list as they are (USCCs, item codes), joined as the language joins a list. */
    public String list(Collection<?> items) {
        return Readable.list(items, Object::toString, locale());
    }

    public String number(Number value) {
        return Readable.number(value, locale());
    }

    /** Basis points as the percent people type. */
    public String percent(Number basisPoints) {
        return Readable.percent(basisPoints, locale());
    }

    /** A rate between 0 and 1 as a percent with one decimal ({@code 12.3%}). */
    public String share(Double fraction) {
        return Readable.share(fraction, 1, locale());
    }

    /** A measure with a fixed number of decimals (an AUC or a Gini with 3). */
    public String fixed(Double value, int decimals) {
        return Readable.fixed(value, decimals, locale());
    }

    /** Ratios per grade in basis points: {@code A 20%、B 30%}. */
    public String percents(Map<?, ? extends Number> basisPoints) {
        return Readable.entries(basisPoints, this::of, this::percent, locale());
    }

    /** Ratios per grade already in percent (as typed in the plan wizard): {@code A 20%、B 30%}. */
    public String typedPercents(Map<?, ? extends Number> percents) {
        return Readable.entries(percents, this::of, p -> number(p) + "%", locale());
    }

    /**
     * Why a target has no team, in the reader's language. The draw keeps the reason as the draw
     * method wrote it (it is part of what verification recomputes), so the page translates its two forms.
     */
    public String unstaffed(String reason) {
        if (reason == null) {
            return "";
        }
        java.util.regex.Matcher agency = java.util.regex.Pattern.compile("no eligible inspector of (\\S+)")
                .matcher(reason);
        if (agency.matches()) {
            return language.text("draw.unstaffed.agency", agency(agency.group(1)));
        }
        java.util.regex.Matcher size = java.util.regex.Pattern.compile(
                        "(\\d+) eligible inspectors? for a team of (\\d+)")
                .matcher(reason);
        if (size.matches()) {
            return language.text("draw.unstaffed.size", size.group(1), size.group(2));
        }
        return reason;
    }

    /** A job's label, its "[dry run] " mark in the reader's language. */
    public String jobLabel(String label) {
        if (label == null) {
            return "";
        }
        return label.startsWith("[dry run] ") ? language.text("job.dryRun") + " " + label.substring(10) : label;
    }

    /**
     * A job's summary in the reader's language: jobs keep it in English and in Chinese; a job recorded
     * before that kept only the English, translated here where it is one of the known wordings.
     */
    public String jobSummary(org.credence.overview.boundary.Overview.Job job) {
        if ("zh".equals(locale().getLanguage()) && job.detailZh() != null) {
            return job.detailZh();
        }
        return jobDetail(job.detail());
    }

    /** A job's English summary as jobs wrote it before they kept a Chinese one, in the reader's language. */
    public String jobDetail(String detail) {
        if (detail == null) {
            return "";
        }
        java.util.regex.Matcher pool =
                java.util.regex.Pattern.compile("(\\d+) in the pool").matcher(detail);
        if (pool.matches()) {
            return language.text("job.detail.pool", number(Long.valueOf(pool.group(1))));
        }
        java.util.regex.Matcher intake = java.util.regex.Pattern.compile(
                        "received (\\d+), created (\\d+), unchanged (\\d+), refused (\\d+)(; nothing written)?")
                .matcher(detail);
        if (intake.matches()) {
            String counts = language.text(
                    "job.detail.intake", intake.group(1), intake.group(2), intake.group(3), intake.group(4));
            return intake.group(5) == null ? counts : counts + language.text("job.detail.nothingWritten");
        }
        return detail;
    }

    /**
     * The warning of a plan that draws no business of some grade with members: the grades and how many
     * businesses each has, in a sentence (empty when there is nothing to warn of).
     */
    public String neverDrawn(org.credence.inspection.control.GradeCoverage.Coverage coverage) {
        if (coverage == null || !coverage.warns()) {
            return "";
        }
        java.util.List<String> members = coverage.neverDrawn().stream()
                .map(g -> language.text(
                        "validation.gradeMembers",
                        g.name(),
                        number(coverage.members().get(g))))
                .toList();
        return language.text(
                "validation.neverDrawn",
                list(coverage.neverDrawn().stream().map(Enum::name).toList()),
                Readable.list(members, Object::toString, locale()));
    }

    /** A time kept in UTC, shown in China time. */
    public String time(LocalDateTime utc) {
        return Readable.utcTime(utc, locale());
    }

    /** A time kept in China time already (a draw's due time). */
    public String chinaTime(LocalDateTime china) {
        return Readable.chinaTime(china, locale());
    }

    public String date(LocalDate date) {
        return Readable.date(date, locale());
    }

    /** The reader's part of a name written "中文 English". */
    public String name(String bilingual) {
        return Readable.namePart(bilingual, locale());
    }

    /** An agency by its name (its code if unknown). */
    public String agency(String code) {
        if (code == null) {
            return "";
        }
        if (agencyNames == null) {
            agencyNames =
                    choices.getAgencies().stream().collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a));
        }
        String name = agencyNames.get(code);
        return name == null ? code : name(name);
    }

    /** Agencies by name, joined. */
    public String agencies(Collection<String> codes) {
        return Readable.list(codes, this::agency, locale());
    }

    /** An agency by its name with its code, for staff who work with the codes. */
    public String agencyWithCode(String code) {
        return code == null ? "" : withCode(agency(code), code);
    }

    /** A record category by its name (its code if unknown). */
    public String category(String code) {
        if (code == null) {
            return "";
        }
        if (categoryNames == null) {
            categoryNames = choices.getCategories().stream()
                    .collect(Collectors.toMap(RecordCategory::code, RecordCategory::name, (a, b) -> a));
        }
        String name = categoryNames.get(code);
        return name == null ? code : name(name);
    }

    public String categories(Collection<String> codes) {
        return Readable.list(codes, this::category, locale());
    }

    /** A region code by its place name (GB/T 2260; in English with the code), or the code if the table does not know it. */
    public String region(String code) {
        String name = Regions.shipped().name(code);
        if (name == null) {
            return code == null ? "" : code;
        }
        // the dataset has no English names: an English reader gets the Chinese name with its code
        return Readable.chinese(locale()) ? name : withCode(name, code);
    }

    /** The place name with its code, for staff who search by code. */
    public String regionWithCode(String code) {
        String name = Regions.shipped().name(code);
        return name == null ? (code == null ? "" : code) : withCode(name, code);
    }

    public String regions(Collection<String> codes) {
        return Readable.list(codes, this::regionWithCode, locale());
    }

    private String withCode(String name, String code) {
        return name.equals(code)
                ? code
                : Readable.chinese(locale()) ? name + "（" + code + "）" : name + " (" + code + ")";
    }
}
