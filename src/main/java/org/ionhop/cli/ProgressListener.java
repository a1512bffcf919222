package org.ionhop.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.ionhop.run.RunListener;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a run: a bar per temperature on a terminal; in batch logs (no terminal) one line per
 * temperature, so Slurm output files stay readable.
 */
final class ProgressListener implements RunListener {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final AtomicLong hops = new AtomicLong();
    private volatile long startNanos;
    private volatile ProgressBar bar;

    ProgressListener(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void temperatureStarted(double temperatureKelvin, int replicas) {
        hops.set(0);
        startNanos = System.nanoTime();
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(String.format("%7.1f K", temperatureKelvin))
                    .setInitialMax(replicas).setUnit(" replicas", 1).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void replicaFinished(double temperatureKelvin, long replicaHops) {
        long total = hops.addAndGet(replicaHops);
        ProgressBar b = bar;
        if (b != null) {
            b.step();
            b.setExtraMessage(String.format(" %.2e hops/s", rate(total)));
        }
    }

    @Override
    public void temperatureFinished(double temperatureKelvin) {
        ProgressBar b = bar;
        if (b != null) {
            b.close();
            bar = null;
        } else {
            err.printf("%7.1f K: %d hops in %.2f s (%.2e hops/s)%n", temperatureKelvin, hops.get(),
                    (System.nanoTime() - startNanos) * 1e-9, rate(hops.get()));
            err.flush();
        }
    }

    private double rate(long total) {
        double seconds = (System.nanoTime() - startNanos) * 1e-9;
        return seconds > 0 ? total / seconds : 0;
    }
}
