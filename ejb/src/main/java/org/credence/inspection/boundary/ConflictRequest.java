package org.credence.inspection.boundary;

/** A declared conflict of interest between an inspector and a business (回避). */
public record ConflictRequest(String uscc, String reason) {}
