/**
 * The registry's entity and values: the business as a JPA entity ({@code Business}) with its online shops
 * ({@code OnlineShop}), its registration status and entity type, and the Unified Social Credit Code
 * ({@code Uscc}), parsed and checked, with the exception a code that fails the check raises.
 */
package org.credence.business.entity;
