/**
 * The web interface (Jakarta Faces with PrimeFaces): the pages that are no component's own (sign-in, the overview
 * after signing in, an assignment, the public start page, search and profiles) and what every page shares: labels,
 * messages, the viewer's roles, the choices forms offer, lazily paged rows, input bounds on every field, and the
 * handling of expired views, forged view states, upload sizes and addresses that keep their query. The pages of a
 * component are in its sub-package; the language and readable values, shared with the API, in
 * {@code org.credence.web}.
 */
package org.credence.ui;
