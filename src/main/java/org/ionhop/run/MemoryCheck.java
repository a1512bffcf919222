package org.ionhop.run;

import java.util.Locale;

import org.ionhop.common.InputException;
import org.ionhop.deck.Deck;
import org.ionhop.deck.RunSpec;
import org.ionhop.kmc.MemoryFootprint;
import org.ionhop.rates.DeckModel;

/**
 * Refuses, before anything large is allocated, a run whose estimated peak heap exceeds the JVM's
 * limit: one line with the estimate, the limit and how to raise it, at the deck's {@code supercell}
 * line (exit code 2), instead of an OutOfMemoryError minutes or hours into the run.
 *
 * <p>Peak = what replicas share (network and loop tables, if the loop needs them) + one working
 * state per thread + every finished replica's result (trajectory, occupations) of every temperature,
 * which all stay in memory until the final analysis, + a fixed allowance for the JVM's own objects, plus a
 * 10 % margin for garbage-collector headroom.
 */
final class MemoryCheck {
    /** Classes, libraries, HDF5 writer, analysis scratch: measured well under this at small sizes. */
    static final long BASE_BYTES = 96L << 20;
    static final double MARGIN = 1.10;
    /** Samples assumed when the deck gives a sample interval (the count is known only after the pilot). */
    private static final long MIN_SAMPLES = 3;

    private MemoryCheck() {}

    /** Estimated peak heap of the run, bytes. */
    static long estimateBytes(DeckModel model, RunOptions options, WorkSlice slice) {
        RunSpec run = model.deck().run();
        int running = 0, finished = 0; // replicas of one temperature at a time; results of all
        for (int t = 0; t < slice.temperatures(); t++) {
            running = Math.max(running, slice.replicaEnd(t) - slice.replicaStart(t));
            finished += slice.replicaEnd(t) - slice.replicaStart(t);
        }
        int threads = options.threads() > 0 ? options.threads()
                : run.threads() > 0 ? run.threads() : Runtime.getRuntime().availableProcessors();
        long samples = run.sampling().byCount() ? run.sampling().samples() : MIN_SAMPLES;
        long ions = model.ionCount();
        boolean landscape = model.rateParameters(model.deck().temperaturesK().get(0)).hasLandscape();
        MemoryFootprint f = new MemoryFootprint(model.network(), !model.deck().pairInteractions().isEmpty(), landscape);
        // Results of every temperature wait for the final analysis (or the shard file).
        double bytes = BASE_BYTES + f.sharedBytes() + (double) Math.min(threads, running) * f.replicaBytes(ions)
                + (double) finished * f.resultBytes(ions, samples);
        if (model.regionMap() != null) {
            // A composite: each replica and result tallies 3 doubles per ion and zone; the map keeps ints per site.
            double zoneBytes = 24.0 * ions * model.regionMap().zoneCount();
            bytes += (Math.min(threads, running) + finished) * zoneBytes + 12.0 * model.network().siteCount();
        }
        return (long) Math.min(Long.MAX_VALUE, bytes * MARGIN);
    }

    /** @throws InputException when the estimate exceeds {@code maxHeapBytes} */
    static void check(DeckModel model, RunOptions options, WorkSlice slice, long maxHeapBytes) {
        long need = estimateBytes(model, options, slice);
        if (need <= maxHeapBytes) return;
        Deck deck = model.deck();
        long suggestGb = (need + (1L << 30) - 1) >> 30;
        throw new InputException(deck.file(), deck.supercellWhere().line(), "supercell", String.format(Locale.ROOT,
                "this run needs an estimated %s of Java heap (%d sites, %s of %d temperature(s) x %d replicas of %d samples) but the limit is %s",
                gb(need), model.network().siteCount(), slice.describe(), deck.temperaturesK().size(), MeasurementPlan.replicas(deck.run(), options),
                deck.run().sampling().byCount() ? deck.run().sampling().samples() : MIN_SAMPLES, gb(maxHeapBytes)),
                String.format(Locale.ROOT, "raise the limit, e.g. IONHOP_JAVA_OPTS=-Xmx%dg ./ionhop run ..., or use a "
                        + "smaller supercell, fewer replicas or fewer samples", suggestGb));
    }

    private static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
    }
}
