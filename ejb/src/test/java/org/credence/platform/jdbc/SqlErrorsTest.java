package org.credence.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.credence.platform.ConflictException;
import org.credence.platform.DatabaseUnavailableException;
import org.credence.platform.jdbc.SqlErrors.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlErrorsTest {

    @ParameterizedTest
    @CsvSource({
        "23505, DUPLICATE",
        "23503, REFERENCED",
        "23506, REFERENCED",
        "08001, UNREACHABLE",
        "08006, UNREACHABLE",
        "08S01, UNREACHABLE",
        "57P01, UNREACHABLE",
        "53300, UNREACHABLE",
        "90067, UNREACHABLE",
        "90098, UNREACHABLE",
        "40001, BUSY",
        "40P01, BUSY",
        "55P03, BUSY",
        "57014, BUSY",
        "HYT00, BUSY",
        "90131, BUSY",
        "23502, INTERNAL",
        "23514, INTERNAL",
        "42P01, INTERNAL",
        "42S02, INTERNAL",
        "22001, INTERNAL"
    })
    void kindFollowsTheState(String state, Kind kind) {
        assertEquals(kind, SqlErrors.kind(new SQLException("refused", state)));
    }

    @Test
    void aStateOnAChainedOrCausingExceptionCounts() {
        SQLException batch = new SQLException("batch failed");
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertEquals(Kind.DUPLICATE, SqlErrors.kind(batch));

        SQLException wrapped = new SQLException("pool", null, new SQLException("gone", "08006"));
        assertEquals(Kind.UNREACHABLE, SqlErrors.kind(wrapped));
    }

    @Test
    void withoutAStateTheExceptionsClassDecides() {
        assertEquals(Kind.UNREACHABLE, SqlErrors.kind(new SQLTransientConnectionException("pool empty")));
        assertEquals(Kind.BUSY, SqlErrors.kind(new SQLTransactionRollbackException("rolled back")));
        assertEquals(Kind.INTERNAL, SqlErrors.kind(new SQLException("something")));
        assertNull(SqlErrors.state(new SQLException("something")));
    }

    @Test
    void everyStateOfClass23IsAConstraintViolation() {
        assertTrue(SqlErrors.constraintViolated(new SQLException("dup", "23505")));
        assertTrue(SqlErrors.constraintViolated(new SQLException("not null", "23502")));
        assertFalse(SqlErrors.constraintViolated(new SQLException("syntax", "42601")));
        assertFalse(SqlErrors.constraintViolated(new SQLException("none")));
    }

    @Test
    void violationsAreConflicts() {
        RuntimeException duplicate = SqlErrors.translate(new SQLException("dup", "23505"));
        ConflictException conflict = assertInstanceOf(ConflictException.class, duplicate);
        assertEquals(409, conflict.status());
        assertEquals("duplicate", conflict.kind());

        ConflictException referenced =
                assertInstanceOf(ConflictException.class, SqlErrors.translate(new SQLException("fk", "23503")));
        assertEquals("still-referenced", referenced.kind());
    }

    @Test
    void connectionFailuresAndLostRacesAreUnavailableInBothLanguages() {
        DatabaseUnavailableException gone = assertInstanceOf(
                DatabaseUnavailableException.class, SqlErrors.translate(new SQLException("gone", "08006")));
        assertEquals(503, gone.status());
        assertEquals("database-unavailable", gone.kind());
        assertTrue(gone.retryAfterSeconds() > 0);
        assertFalse(gone.detail(Locale.ENGLISH).isBlank());
        assertTrue(gone.detail(Locale.SIMPLIFIED_CHINESE).contains("数据库"));
        assertTrue(gone.title(Locale.SIMPLIFIED_CHINESE).contains("数据库"));

        DatabaseUnavailableException deadlock = assertInstanceOf(
                DatabaseUnavailableException.class, SqlErrors.translate(new SQLException("deadlock", "40P01")));
        assertEquals("database.busy", deadlock.detail().key());
    }

    @Test
    void anythingElseIsAnInternalErrorThatNamesTheStateButNotTheStatement() {
        SQLException syntax = new SQLException("syntax error at or near \"selct\" in selct secret from t", "42601");
        SqlErrors.DatabaseFailure failure =
                assertInstanceOf(SqlErrors.DatabaseFailure.class, SqlErrors.translate(syntax));
        assertEquals("42601", failure.sqlState());
        assertTrue(failure.getMessage().contains("42601"));
        assertFalse(failure.getMessage().contains("secret"));
        assertEquals(syntax, failure.getCause());
        assertInstanceOf(IllegalStateException.class, failure);
    }
}
