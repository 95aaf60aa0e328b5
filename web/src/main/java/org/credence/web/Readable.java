package org.credence.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credence.platform.ChinaTime;

/**
 * How values read in a language: lists joined with 、 in Chinese and ", " in English, numbers with
 * the language's grouping and never in scientific notation, ratios in basis points as the percent
 * people type, times in China time. Pure functions; {@link Labels} calls them for the pages.
 */
public final class Readable {

    private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private Readable() {}

    public static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** The items of a list, each through {@code label}, joined as the language joins a list. */
    public static <T> String list(Collection<T> items, Function<? super T, String> label, Locale locale) {
        if (items == null) {
            return "";
        }
        return items.stream()
                .filter(Objects::nonNull)
                .map(label)
                .collect(Collectors.joining(chinese(locale) ? "、" : ", "));
    }

    /** Each entry as "key value", joined as a list: {@code A 20%、B 30%}. */
    public static <K, V> String entries(
            Map<K, V> map, Function<? super K, String> key, Function<? super V, String> value, Locale locale) {
        if (map == null) {
            return "";
        }
        return list(map.entrySet(), e -> key.apply(e.getKey()) + " " + value.apply(e.getValue()), locale);
    }

    /** A number with the language's grouping, as many decimals as it has (at most 6), never {@code 2E+1}. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(6);
        if (value instanceof BigDecimal decimal) {
            return format.format(decimal.stripTrailingZeros());
        }
        return format.format(value);
    }

    /**
     * A share (a rate between 0 and 1) as a percent with {@code decimals} places in the language's
     * style: 0.1234 is {@code 12.3%} with one place; null reads as empty.
     */
    public static String share(Double fraction, int decimals, Locale locale) {
        if (fraction == null || fraction.isNaN()) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(fraction);
    }

    /** A measure with exactly {@code decimals} places (an AUC with 3), grouped as the language groups; null reads as empty. */
    public static String fixed(Double value, int decimals, Locale locale) {
        if (value == null || value.isNaN()) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** Basis points as the percent people type: 2000 is {@code 20%}, 250 is {@code 2.5%}. */
    public static String percent(Number basisPoints, Locale locale) {
        if (basisPoints == null) {
            return "";
        }
        return number(new BigDecimal(basisPoints.toString()).movePointLeft(2), locale) + "%";
    }

    /** A time the application keeps in UTC, shown in China time: {@code 2026年12月4日 23:31}. */
    public static String utcTime(LocalDateTime utc, Locale locale) {
        if (utc == null) {
            return "";
        }
        return chinaTime(LocalDateTime.ofInstant(utc.toInstant(ZoneOffset.UTC), ChinaTime.ZONE), locale);
    }

    /** A time already in China time (a draw's due time). */
    public static String chinaTime(LocalDateTime china, Locale locale) {
        if (china == null) {
            return "";
        }
        // Chinese offices read the 24-hour clock; English takes the language's own style
        return (chinese(locale)
                        ? CHINESE_TIME
                        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(locale))
                .format(china);
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    /**
     * The part of a catalogue name written as "中文 English" (agencies, record categories) in the
     * reader's language: the Chinese before the first space that is followed by Latin text only,
     * beginning with a capital, the English after it. A name without both parts (杭州某某有限公司,
     * 界面测试模型 it-3x) is shown whole.
     */
    public static String namePart(String name, Locale locale) {
        if (name == null) {
            return "";
        }
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
            String before = name.substring(0, i).strip();
            String after = name.substring(i + 1).strip();
            if (hasCjk(before) && !hasCjk(after) && !after.isEmpty() && Character.isUpperCase(after.charAt(0))) {
                return chinese(locale) ? before : after;
            }
        }
        return name;
    }

    static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
