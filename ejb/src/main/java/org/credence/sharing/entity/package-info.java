/**
 * What sharing keeps: agencies' API clients ({@code ApiClient}) with their data-sharing agreements
 * ({@code SharingAgreement}, whose rules are the value {@code Agreement}) and webhook subscriptions
 * ({@code WebhookSubscription}), as JPA entities over the tables of the {@code V9__sharing} migration; and
 * {@code ClientSnapshot}, a client as read, which the client cache keeps between requests; and a webhook delivery as
 * stored ({@code Delivery}).
 */
package org.credence.sharing.entity;
