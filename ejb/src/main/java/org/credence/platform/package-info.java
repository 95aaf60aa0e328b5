/** What every component shares: the business exception family and the write log. */
package org.credence.platform;
