/**
 * Model validation's services and views: a model's validation-v1 report and the observations behind it
 * ({@code ModelValidations}), the weights its outcomes would give without making a draft ({@code LearnedWeights}),
 * a new draft with those weights ({@code OutcomeDrafts}), and the overview's summary with its cache.
 */
package org.credence.validation.boundary;
