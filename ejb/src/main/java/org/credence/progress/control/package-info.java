/** What the progress of a job says when the job fails ({@code JobFailures}). */
package org.credence.progress.control;
