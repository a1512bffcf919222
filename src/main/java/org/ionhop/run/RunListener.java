package org.ionhop.run;

/** What a running pipeline tells its user interface (progress bars, logs). Called from worker threads. */
public interface RunListener {
    /** A temperature starts: {@code replicas} replicas will report. */
    default void temperatureStarted(double temperatureKelvin, int replicas) { }

    /** One replica of the current temperature finished after {@code hops} hops. */
    default void replicaFinished(double temperatureKelvin, long hops) { }

    /** The current temperature is done. */
    default void temperatureFinished(double temperatureKelvin) { }

    RunListener SILENT = new RunListener() { };
}
