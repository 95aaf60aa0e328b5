package org.credence.security.entity;

/**
 * What a person or system may do. The names are the security roles of the application and
 * the groups the identity store returns.
 */
public enum Role {
    /** Runs the installation: users, clients, every agency's data. */
    SYSTEM_ADMIN,
    /** Administers one agency's data and configuration. */
    AGENCY_ADMIN,
    /** Receives assignments and records inspection results. */
    INSPECTOR,
    /** Reads everything, changes nothing. */
    AUDITOR,
    /**
     * An agency's system, signed in with an access token, never a person: reads what its data-sharing
     * agreement opens.
     */
    AGENCY_CLIENT;

    /** Role names as string constants, for annotations. */
    public static final class Names {
        public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
        public static final String AGENCY_ADMIN = "AGENCY_ADMIN";
        public static final String INSPECTOR = "INSPECTOR";
        public static final String AUDITOR = "AUDITOR";
        public static final String AGENCY_CLIENT = "AGENCY_CLIENT";

        private Names() {}
    }
}
