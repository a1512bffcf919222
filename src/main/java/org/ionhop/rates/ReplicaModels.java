package org.ionhop.rates;

/**
 * What the replicas of one temperature run on, when that can differ between them: each replica may
 * sample its own realisation of a disordered host ({@code host_disorder.realisations: per_replica}),
 * so its rates and its environment bins are functions of the replica index alone (never of the
 * thread or of a checkpoint), and the results stay reproducible.
 */
public interface ReplicaModels {
    /** Rate parameters of replica {@code replica} at this temperature. */
    RateParameters parameters(int replica);

    /** How replica {@code replica}'s hops are sorted into environment bins, or null for no tally. */
    EnvironmentTally tally(int replica);

    /** True when every replica has the same parameters and tally, so one rate model serves them all. */
    boolean shared();

    /** Every replica alike, with these parameters and this tally (null: none). */
    static ReplicaModels same(RateParameters parameters, EnvironmentTally tally) {
        return new ReplicaModels() {
            @Override public RateParameters parameters(int replica) { return parameters; }
            @Override public EnvironmentTally tally(int replica) { return tally; }
            @Override public boolean shared() { return true; }
        };
    }
}
