/**
 * Model validation over HTTP ({@code ModelValidationResource}): a model's validation-v1 report for a period, the
 * observations behind it as JSON or CSV, and the weights its outcomes would give.
 */
package org.credence.api.validation;
