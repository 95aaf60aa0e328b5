package org.credence.business.boundary;

import java.io.Serializable;
import org.credence.business.entity.BusinessStatus;

/** A business as a list or an export shows it: code, name, region and status, without its shops. */
public record BusinessSummary(String uscc, String name, String regionCode, BusinessStatus status)
        implements Serializable {}
