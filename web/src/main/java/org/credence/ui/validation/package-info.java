/**
 * The model validation page ({@code ValidationPage}), its charts as Chart.js configurations and the weighted ROC
 * curve they draw.
 */
package org.credence.ui.validation;
