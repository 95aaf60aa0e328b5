package org.credence.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.opentest4j.TestAbortedException;

/**
 * The date in China, which the server judges "today" by, and the one test that may cross its midnight.
 *
 * <p>A test reads {@link #today()} when it needs the date, never once per class: a class loaded before
 * midnight in China and run past it sent yesterday's date to a server already in the next day ("is in
 * the past", "is before the draw"). Even so, a midnight can fall between two requests of one test. A
 * test that fails while the date in China changed under it is therefore run once more, on the new day;
 * a test that fails within one day fails as it is, and a skipped test is not run again. Register it after
 * {@code ArquillianExtension}, so that it wraps the test method itself.
 */
public final class ChinaDay implements InvocationInterceptor {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Supplier<LocalDate> day;

    public ChinaDay() {
        this(ChinaDay::today);
    }

    ChinaDay(Supplier<LocalDate> day) {
        this.day = day;
    }

    /** Today's date in China, read now. */
    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation, ReflectiveInvocationContext<Method> method, ExtensionContext context)
            throws Throwable {
        LocalDate started = day.get();
        try {
            invocation.proceed();
        } catch (TestAbortedException skipped) {
            throw skipped;
        } catch (Throwable failure) {
            LocalDate ended = day.get();
            if (ended.equals(started)) {
                throw failure;
            }
            System.err.printf(
                    "%s failed while the date in China changed from %s to %s; running it once more on %s: %s%n",
                    method.getTargetClass().getSimpleName() + "."
                            + method.getExecutable().getName(),
                    started,
                    ended,
                    ended,
                    failure);
            runAgain(method, failure);
        }
    }

    /**
     * Runs the test again on the same instance as JUnit would run it afresh: the class's {@code @AfterEach} methods
     * first (a browser test signs out and resets its window there), then its {@code @BeforeEach} methods, then the
     * test; the first run's failure is kept beside a second one.
     */
    private static void runAgain(ReflectiveInvocationContext<Method> method, Throwable first) throws Throwable {
        Object target = method.getTarget().orElse(null);
        Class<?> type = method.getTargetClass();
        try {
            for (Method after :
                    AnnotationSupport.findAnnotatedMethods(type, AfterEach.class, HierarchyTraversalMode.BOTTOM_UP)) {
                invoke(after, target, List.of());
            }
            for (Method before :
                    AnnotationSupport.findAnnotatedMethods(type, BeforeEach.class, HierarchyTraversalMode.TOP_DOWN)) {
                invoke(before, target, List.of());
            }
            invoke(method.getExecutable(), target, method.getArguments());
        } catch (Throwable again) {
            again.addSuppressed(first);
            throw again;
        }
    }

    private static void invoke(Method m, Object target, List<Object> arguments) throws Throwable {
        m.setAccessible(true);
        try {
            m.invoke(target, arguments.toArray());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
