/** MicroProfile Health checks. */
package org.credence.api.health;
