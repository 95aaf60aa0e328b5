package org.credence.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code #{bean.member}} a page names exists on the page bean (a getter, an is-getter or a
 * method), so that a misspelt or removed member fails the build instead of a page at run time.
 */
class PageExpressionsTest {

    private static final Pattern EXPRESSION = Pattern.compile("#\\{([^}]*)}");
    private static final Pattern MEMBER = Pattern.compile("(?<![\\w.])([a-z]\\w*)\\.(\\w+)");

    @Test
    void everyMemberOfAPageBeanThatAPageNamesExists() throws Exception {
        Map<String, Class<?>> beans = new HashMap<>();
        Path classes = Path.of("target/classes");
        // the pages' beans, and the language they share with the API
        try (Stream<Path> files = Stream.concat(
                Files.walk(classes.resolve("org/credence/ui")), Files.walk(classes.resolve("org/credence/web")))) {
            for (Path file : files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                Class<?> c = Class.forName(
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""));
                if (c.isAnnotationPresent(Named.class)) {
                    beans.put(Introspector.decapitalize(c.getSimpleName()), c);
                }
            }
        }
        assertFalse(beans.isEmpty());
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher expression = EXPRESSION.matcher(Files.readString(page));
                while (expression.find()) {
                    // quoted text ('msg.key', 'plan.status.') is not a member
                    Matcher m = MEMBER.matcher(expression.group(1).replaceAll("'[^']*'", "''"));
                    while (m.find()) {
                        Class<?> bean = beans.get(m.group(1));
                        if (bean != null && !has(bean, m.group(2))) {
                            missing.add(page.getFileName() + ": " + m.group(1) + "." + m.group(2));
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "members the pages name that their beans lack: " + missing);
    }

    private static boolean has(Class<?> bean, String member) {
        String capital = Character.toUpperCase(member.charAt(0)) + member.substring(1);
        return Arrays.stream(bean.getMethods())
                .map(Method::getName)
                .anyMatch(n -> n.equals(member) || n.equals("get" + capital) || n.equals("is" + capital));
    }
}
