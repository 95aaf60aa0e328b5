/** The installation's settings as a JPA entity ({@code Setting}), such as which demo dataset was loaded. */
package org.credence.setup.entity;
