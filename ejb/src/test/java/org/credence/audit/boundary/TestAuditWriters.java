package org.credence.audit.boundary;

import javax.sql.DataSource;

/** Audit writers for tests in other components, which cannot set the injected pool themselves. */
public final class TestAuditWriters {

    private TestAuditWriters() {}

    public static AuditWriter writingTo(DataSource dataSource) {
        AuditWriter writer = new AuditWriter();
        writer.dataSource = dataSource;
        return writer;
    }
}
