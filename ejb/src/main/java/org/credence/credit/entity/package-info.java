/**
 * The credit component's values, which other components and the web module take without depending on its
 * services: the credit-risk grade ({@code Grade}); a model as stored ({@code CreditModel}, with its
 * {@code CreditIndicator}s: the entities), as administrators write it ({@code ModelDefinition}) and
 * as it is kept, with its state ({@code ModelView}); a scoring run as stored ({@code ScoringRun}); and what deriving
 * weights returns ({@code WeightsResult}, the preview of grade shifts {@code Preview}, and the weights learned from
 * inspection outcomes {@code OutcomeWeightsResult}).
 */
package org.credence.credit.entity;
