/**
 * The inspection component's nouns. Kept with JPA, each with its named queries: the item list ({@code
 * InspectionItem}), inspectors with their qualifications ({@code Inspector}, {@code InspectorQualification}) and
 * their declared conflicts of interest ({@code InspectorConflict}). The values the other layers and the web module
 * read: an inspector ({@code InspectorEntry}, {@code Qualification}, {@code Conflict}), an item ({@code Item}) and
 * the businesses it covers ({@code Scope}), a plan ({@code Plan}, its {@code DrawMode}), a draw ({@code Draw}, with
 * the seed rule of draw-v1 written once in {@code DrawSeed}), its targets ({@code StoredTarget}) and a staffed
 * target's assignment ({@code Assignment}) with its evidence ({@code EvidenceFile}); and the working-day calendar's
 * days and years ({@code CalendarDay}, {@code CalendarYear}, {@code CalendarSource}). Plans, draws and assignments are still written and read by the JDBC
 * stores of {@code control}.
 */
package org.credence.inspection.entity;
