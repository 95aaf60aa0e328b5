package org.credence.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * View- and session-scoped page beans live in the HTTP session, which a cluster's nodes replicate:
 * everything they hold (but transient fields) must be serializable, down to the records' components and
 * the elements of lists and maps; what the container injects must be an EJB or a normal-scoped bean,
 * whose proxies serialize, or serializable itself.
 */
class PassivationTest {

    @Test
    void everyFieldOfASessionHeldBeanIsSerializable() throws Exception {
        Set<String> problems = new TreeSet<>();
        Path classes = Path.of("target/classes");
        // the pages' beans, and the language they share with the API
        try (Stream<Path> files = Stream.concat(
                Files.walk(classes.resolve("org/credence/ui")), Files.walk(classes.resolve("org/credence/web")))) {
            for (Path file : files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> bean = Class.forName(name);
                if (bean.isAnnotationPresent(ViewScoped.class) || bean.isAnnotationPresent(SessionScoped.class)) {
                    if (!Serializable.class.isAssignableFrom(bean)) {
                        problems.add(name + " is not Serializable");
                    }
                    for (Field field : bean.getDeclaredFields()) {
                        int m = field.getModifiers();
                        if (Modifier.isStatic(m) || Modifier.isTransient(m)) {
                            continue;
                        }
                        if (field.isAnnotationPresent(Inject.class)) {
                            if (!replicable(field.getType())) {
                                problems.add(name + "." + field.getName() + ": injected "
                                        + field.getType().getName()
                                        + " is neither an EJB, a normal-scoped bean (a serializable proxy)"
                                        + " nor Serializable");
                            }
                            continue;
                        }
                        check(field.getGenericType(), name + "." + field.getName(), problems, new HashSet<>());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "not serializable: " + problems);
    }

    /**
     * What the container injects may stay in a replicated session when the container gives a
     * serializable reference: an EJB's or a normal-scoped bean's proxy, or a serializable object.
     */
    private static boolean replicable(Class<?> type) {
        return type.isAnnotationPresent(Stateless.class)
                || type.isAnnotationPresent(Singleton.class)
                || type.isAnnotationPresent(Stateful.class)
                || type.isAnnotationPresent(ApplicationScoped.class)
                || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class)
                || Serializable.class.isAssignableFrom(type);
    }

    private static void check(Type type, String where, Set<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where + "<>", problems, seen);
            }
            check(p.getRawType(), where, problems, seen);
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum() || c == Object.class) {
            return;
        }
        if (c == List.class || c == Map.class || c == Set.class) {
            return; // the implementations used (ArrayList, List.of, LinkedHashMap ...) are serializable
        }
        if (c.isArray()) {
            check(c.getComponentType(), where + "[]", problems, seen);
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName());
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                check(component.getGenericType(), where + "." + component.getName(), problems, seen);
            }
        }
    }
}
