package org.credence.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label exists in both languages, and every key a page or a page bean names literally is in
 * the bundles: a missing key would show as "???key???" on a page.
 */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/credence/ui");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)']");
    private static final Pattern BEAN_KEY = Pattern.compile("language\\.text\\(\"([A-Za-z0-9_.]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(
                new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyNamedByAPageOrABeanExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/webapp")), Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".xhtml") || f.toString().endsWith(".java"))
                    .toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : new Pattern[] {PAGE_KEY, BEAN_KEY}) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".") && !keys.contains(m.group(1))) {
                            missing.add(m.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }
}
