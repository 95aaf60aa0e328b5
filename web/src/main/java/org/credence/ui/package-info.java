/**
 * The web interface (Jakarta Faces with PrimeFaces): the pages that are no component's own (sign-in, the overview
 * after signing in, business search and a business's page, an assignment, the public start page, public profiles,
 * draws and results) and what every page shares: the language, labels and readable values, messages, the viewer's
 * roles, the choices forms offer, lazily paged rows, input bounds on every field, and the handling of expired
 * views, forged view states, upload sizes and addresses that keep their query.
 */
package org.credence.ui;
