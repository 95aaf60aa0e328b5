package org.credence.inspection.entity;

import java.time.LocalDate;

/** An inspector's qualification as people and systems read it: the item's code and the days it is valid. */
public record Qualification(String item, LocalDate validFrom, LocalDate validUntil) {}
