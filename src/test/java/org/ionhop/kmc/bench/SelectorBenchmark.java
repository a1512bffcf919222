package org.ionhop.kmc.bench;

import java.util.concurrent.TimeUnit;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.ionhop.kmc.BitmapRateSelector;
import org.ionhop.kmc.EventSelector;
import org.ionhop.kmc.GroupedRateSelector;
import org.ionhop.kmc.SumTreeSelector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Micro-benchmark of the event selectors alone: one operation = select an event, switch it off and
 * switch a random other event on (a hop's worth of selector work, without the lattice). Half the
 * events are on, all at one of four rates. (The O(n) linear-scan baseline is timed by
 * {@code ionhop bench} on the full problem instead.) Run (see BENCHMARKS.md for the exact commands):
 * {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * -Dmdep.includeScope=test}, then
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.openjdk.jmh.Main SelectorBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SelectorBenchmark {
    private static final double[] LEVELS_HZ = {1e9, 2e9, 5e9, 1e10};

    /** Events: 6 hops per site at 20^3 and 100^3 sites. */
    @Param({"48000", "6000000"})
    public int events;

    @Param({"GROUPED", "BITMAP", "SUM_TREE"})
    public String selector;

    private EventSelector sel;
    private double[] rate;
    private boolean[] on;
    private UniformRandomProvider rng;

    @Setup(Level.Trial)
    public void setUp() {
        rate = new double[events];
        for (int e = 0; e < events; e++) rate[e] = LEVELS_HZ[e % LEVELS_HZ.length];
        sel = switch (selector) {
            case "GROUPED" -> new GroupedRateSelector(rate);
            case "BITMAP" -> new BitmapRateSelector(rate);
            default -> new SumTreeSelector(events);
        };
        rng = RandomSource.XO_RO_SHI_RO_128_PP.create(17L);
        on = new boolean[events];
        for (int e = 0; e < events; e += 2) {
            on[e] = true;
            sel.setRate(e, rate[e]);
        }
    }

    @Benchmark
    public int selectAndUpdate() {
        int chosen = sel.select(rng.nextDouble() * sel.totalRateHz());
        sel.setRate(chosen, 0);
        on[chosen] = false;
        int other;
        do {
            other = rng.nextInt(events);
        } while (on[other]);
        sel.setRate(other, rate[other]);
        on[other] = true;
        return chosen;
    }
}
