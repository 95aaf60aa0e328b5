/**
 * What every request's input is held to before a resource sees it: JSON bodies read strictly against the Java type
 * they are bound to ({@code StrictJson}, {@code StrictJsonReader}), and query and path parameters kept to the text
 * bounds of bodies ({@code QueryTextCheck}).
 */
package org.credence.api.input;
