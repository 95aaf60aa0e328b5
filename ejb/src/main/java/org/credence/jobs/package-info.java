/**
 * Scheduled work: Quartz Scheduler on a clustered JDBC job store, with its threads made by the
 * container, so that each job fires once across the cluster and may call the application's beans.
 */
package org.credence.jobs;
