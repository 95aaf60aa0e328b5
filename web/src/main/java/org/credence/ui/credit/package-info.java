/**
 * The evaluation model pages: the list of models, one model with its index tree editor ({@code ModelStructure}),
 * its weights and preview, and an AHP judgement matrix recomputed as it is filled in.
 */
package org.credence.ui.credit;
