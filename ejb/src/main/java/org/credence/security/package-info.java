/** Users, roles and the calling identity; authentication itself is configured in the web module. */
package org.credence.security;
