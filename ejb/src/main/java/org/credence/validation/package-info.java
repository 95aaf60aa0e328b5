/**
 * Model validation from the random inspections ({@code validation-v1}): what inspectors found in a
 * probability sample of each grade tells how often each grade really breaks the rules, whether the
 * model ranks businesses by risk, and which weights the outcomes themselves would choose.
 */
package org.credence.validation;
