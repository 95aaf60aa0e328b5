package org.credence.platform;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Writes a {@link Message} in English or Chinese from the bundles {@code refusals.properties} and
 * {@code refusals_zh_CN.properties}. Numbers are written plainly (an id is never grouped as 1,234),
 * dates as the reader writes them, enumeration constants through their labels {@code value.<Type>.<NAME>}.
 */
public final class Refusals {

    public static final String BUNDLE = "org.credence.platform.refusals";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static volatile Map<String, String> constraintKeys;

    private Refusals() {}

    /**
     * The message of a Bean Validation constraint, whose annotation holds its English text: the
     * {@code constraint.*} key with that text, so that it can be written in Chinese too; a text without
     * one is kept as it is.
     */
    public static Message constraint(String english) {
        Map<String, String> keys = constraintKeys;
        if (keys == null) {
            ResourceBundle bundle = bundle(Locale.ENGLISH);
            Map<String, String> found = new HashMap<>();
            for (String key : bundle.keySet()) {
                if (key.startsWith("constraint.")) {
                    found.put(new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(new Object[0]), key);
                }
            }
            keys = constraintKeys = Map.copyOf(found);
        }
        String key = keys.get(english);
        return key == null ? Message.of("as-given", english) : Message.of(key);
    }

    /** Chinese for a {@code zh} locale, English for anything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : Locale.ENGLISH;
    }

    /**
     * The language to answer in, from the reader's preferences in order (an {@code Accept-Language}
     * header): the first Chinese or English one, English when none is.
     */
    public static Locale choose(List<Locale> preferences) {
        for (Locale l : preferences) {
            if ("zh".equals(l.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** The bundle of one language; English is the base bundle. */
    public static ResourceBundle bundle(Locale locale) {
        Locale language = supported(locale);
        return ResourceBundle.getBundle(BUNDLE, language == CHINESE ? CHINESE : Locale.ROOT, NO_FALLBACK);
    }

    public static String text(Message message, Locale locale) {
        Locale language = supported(locale);
        ResourceBundle bundle = bundle(language);
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            return message.key() + (message.args().isEmpty() ? "" : " " + message.args());
        }
        Object[] written =
                message.args().stream().map(a -> write(a, bundle, language)).toArray();
        return new MessageFormat(pattern, language).format(written);
    }

    private static String write(Object arg, ResourceBundle bundle, Locale language) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Message m) {
            return text(m, language);
        }
        if (arg instanceof Message.Percent p) {
            String number =
                    BigDecimal.valueOf(p.basisPoints(), 2).stripTrailingZeros().toPlainString();
            return language == CHINESE ? number + "%" : number + " %";
        }
        if (arg instanceof Message.Value v) {
            return label(bundle, "value." + v.type() + "." + v.code(), v.code());
        }
        if (arg instanceof Enum<?> e) {
            return label(bundle, "value." + e.getDeclaringClass().getSimpleName() + "." + e.name(), e.name());
        }
        if (arg instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (arg instanceof Double || arg instanceof Float) {
            return BigDecimal.valueOf(((Number) arg).doubleValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (arg instanceof LocalDate d) {
            return language == CHINESE ? CHINESE_DATE.format(d) : d.toString();
        }
        if (arg instanceof LocalDateTime t) {
            return (language == CHINESE ? CHINESE_TIME : ENGLISH_TIME).format(t);
        }
        if (arg instanceof Collection<?> c) {
            return c.stream()
                    .map(a -> write(a, bundle, language))
                    .collect(Collectors.joining(language == CHINESE ? "、" : ", "));
        }
        if (arg instanceof Object[] array) {
            return write(List.of(array), bundle, language);
        }
        return String.valueOf(arg);
    }

    private static String label(ResourceBundle bundle, String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
