package org.ionhop.analysis;

/** Where the standard errors of a {@link TransportResult} come from. */
public enum ErrorSource {
    /** Scatter of D between independent replicas. */
    REPLICAS,
    /** Scatter of D between equal time blocks of the replicas (too few replicas for replica scatter). */
    TIME_BLOCKS
}
