package org.credence.web;

/** Names of the request attributes that one part of the web module leaves for another to read. */
public final class RequestAttributes {

    /** Where the authentication leaves a throttled sign-in's wait, in seconds, for the sign-in page. */
    public static final String THROTTLED = RequestAttributes.class.getName() + ".throttled";

    /** Where the authentication leaves the wait, in seconds, when a sign-in could not reach the database. */
    public static final String UNAVAILABLE = RequestAttributes.class.getName() + ".unavailable";

    /** Set once this request's refusal has its audit entry, so that the refusal is not audited twice. */
    public static final String DENIAL_AUDITED = RequestAttributes.class.getName() + ".denialAudited";

    /**
     * The roles the authentication mechanism gave this request's caller, as it told the container (an unmodifiable
     * {@code Set<String>}): {@code RoleCheck} reads them here instead of asking the container role by role, each ask
     * a JACC check under a lock that every request thread shares.
     */
    public static final String CALLER_ROLES = RequestAttributes.class.getName() + ".callerRoles";

    private RequestAttributes() {}
}
