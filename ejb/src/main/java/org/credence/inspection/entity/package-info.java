/**
 * The inspection component's aggregates kept with JPA, each with its named queries: the item list ({@code
 * InspectionItem}), inspectors with their qualifications ({@code Inspector}, {@code InspectorQualification}) and
 * their declared conflicts of interest ({@code InspectorConflict}); and how people and systems read an inspector
 * ({@code InspectorEntry}, {@code Qualification}, {@code Conflict}). Plans, draws and assignments are still kept by
 * the JDBC stores of {@code control}, which also read items with a plan's other inputs.
 */
package org.credence.inspection.entity;
