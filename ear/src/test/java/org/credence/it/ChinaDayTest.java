package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/** A failure across midnight in China is run once more; any other failure is reported as it is. */
class ChinaDayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    /** A stand-in test: fails its first {@code failures} runs, counting every run. */
    public static final class Subject {
        int runs;
        int failures;
        boolean skip;
        final List<String> calls = new java.util.ArrayList<>();

        @BeforeEach
        public void prepare() {
            calls.add("before");
        }

        public void check() {
            runs++;
            calls.add("test");
            if (skip) {
                throw new TestAbortedException("not here");
            }
            if (runs <= failures) {
                throw new AssertionError("run " + runs + " failed");
            }
        }

        @AfterEach
        public void cleanUp() {
            calls.add("after");
        }
    }

    /** The dates the interceptor reads, in turn. */
    private static ChinaDay reading(LocalDate... dates) {
        Deque<LocalDate> seen = new ArrayDeque<>(List.of(dates));
        return new ChinaDay(() -> seen.size() > 1 ? seen.poll() : seen.peek());
    }

    private static void intercept(ChinaDay day, Subject subject) throws Throwable {
        Method check = Subject.class.getMethod("check");
        Invocation<Void> invocation = () -> {
            subject.check();
            return null;
        };
        ReflectiveInvocationContext<Method> context = new ReflectiveInvocationContext<>() {
            @Override
            public Class<?> getTargetClass() {
                return Subject.class;
            }

            @Override
            public Method getExecutable() {
                return check;
            }

            @Override
            public List<Object> getArguments() {
                return List.of();
            }

            @Override
            public Optional<Object> getTarget() {
                return Optional.of(subject);
            }
        };
        day.interceptTestMethod(invocation, context, null);
    }

    @Test
    void aPassingTestRunsOnce() throws Throwable {
        Subject subject = new Subject();
        intercept(reading(DAY, DAY.plusDays(1)), subject);
        assertEquals(1, subject.runs);
    }

    @Test
    void aFailureWithinOneDayIsReportedAsItIsAndNotRunAgain() {
        Subject subject = new Subject();
        subject.failures = 1;
        AssertionError failure = assertThrows(AssertionError.class, () -> intercept(reading(DAY, DAY), subject));
        assertEquals("run 1 failed", failure.getMessage());
        assertEquals(1, subject.runs);
    }

    @Test
    void aFailureAcrossMidnightIsRunOnceMoreAndPassesIfTheNewDayAllowsIt() throws Throwable {
        Subject subject = new Subject();
        subject.failures = 1;
        intercept(reading(DAY, DAY.plusDays(1)), subject);
        assertEquals(2, subject.runs);
        assertEquals(
                List.of("test", "after", "before", "test"),
                subject.calls,
                "cleaned up and prepared again between the runs, as JUnit does for a new test");
    }

    @Test
    void aSkippedTestIsNotRunAgain() {
        Subject subject = new Subject();
        subject.skip = true;
        assertThrows(TestAbortedException.class, () -> intercept(reading(DAY, DAY.plusDays(1)), subject));
        assertEquals(1, subject.runs);
    }

    @Test
    void aSecondFailureIsReportedWithItsOwnCause() {
        Subject subject = new Subject();
        subject.failures = 2;
        AssertionError failure =
                assertThrows(AssertionError.class, () -> intercept(reading(DAY, DAY.plusDays(1)), subject));
        assertEquals("run 2 failed", failure.getMessage());
        assertEquals("run 1 failed", failure.getSuppressed()[0].getMessage(), "the first failure kept beside it");
        assertEquals(2, subject.runs);
    }
}
