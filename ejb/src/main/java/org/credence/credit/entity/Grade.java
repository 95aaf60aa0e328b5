package org.credence.credit.entity;

/** Credit-risk classes (SAMR 2022): A low, B ordinary, C relatively high, D high. Later is worse. */
public enum Grade {
    A,
    B,
    C,
    D;

    public Grade worst(Grade other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
