package org.credence.inspection.entity;

/**
 * How a plan sets the number of targets of each grade (draw-v1): RATIO draws a share of each grade's stratum,
 * QUOTA a fixed number of targets spread over the grades, the riskiest first.
 */
public enum DrawMode {
    RATIO,
    QUOTA
}
