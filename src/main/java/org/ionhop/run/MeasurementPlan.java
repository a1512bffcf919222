package org.ionhop.run;

import org.ionhop.deck.Carriers;
import org.ionhop.deck.RunSpec;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.kmc.SiteZones;
import org.ionhop.network.RegionMap;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.RateParameters;

/**
 * Turns the deck's {@code run} section into engine settings for one temperature.
 *
 * <p>The MSD analysis needs every replica on the same time grid, so the measurement phase is always
 * a simulated time. A run length in hops becomes a time through a short seeded pilot run (same
 * equilibration, then at least a few thousand hops) that measures the hop rate at this temperature:
 * t = hops wanted / pilot hop rate. The pilot depends only on the seed, so this stays reproducible.
 */
final class MeasurementPlan {
    /** The pilot measures at least this many hops (a 2 % relative error on the hop rate for a Poisson count). */
    private static final long PILOT_MIN_HOPS = 2500;

    private MeasurementPlan() {}

    /**
     * The simulation of one temperature with its settings. The pilot (when the length is in hops)
     * runs on the same tables the measurement then uses, so they are built once.
     */
    static KmcSimulation simulation(DeckModel model, RateParameters parameters, long temperatureSeed,
                                    RunOptions options) {
        RunSpec run = model.deck().run();
        int ions = model.ionCount();
        double scale = options.quick() ? RunOptions.QUICK_LENGTH_FACTOR : 1.0;
        int replicas = replicas(run, options);
        int threads = options.threads() > 0 ? options.threads() : run.threads();

        org.ionhop.kmc.Carriers carriers = model.deck().carriers().placement() == Carriers.Placement.FILE
                ? org.ionhop.kmc.Carriers.ions(ions).startingOn(model.startSitesFromFile())
                : org.ionhop.kmc.Carriers.ions(ions).withPlacement(
                model.deck().carriers().placement() == Carriers.Placement.ORDERED
                        ? org.ionhop.kmc.Carriers.Placement.LOWEST_ENERGY : org.ionhop.kmc.Carriers.Placement.RANDOM);
        RunLength equilibration = runLength(run.equilibration(), scale);

        double seconds;
        KmcSimulation built = null;
        if (run.length().unit() == RunSpec.LengthUnit.SIMULATED_TIME_S) {
            seconds = run.length().value() * scale;
        } else {
            double hopsWanted = run.length().unit() == RunSpec.LengthUnit.HOPS_PER_ION
                    ? run.length().value() * ions : run.length().value();
            hopsWanted *= scale;
            if (hopsWanted < 1) {
                throw run.length().where().error("the run is shorter than one hop (" + hopsWanted + " hops"
                        + (options.quick() ? " with --quick" : "") + ")", "a diffusion coefficient needs many hops "
                        + "per ion, e.g. hops_per_ion: 1000");
            }
            KmcSettings pilot = KmcSettings.of(carriers,
                            RunLength.totalHops(Math.max(1, (long) Math.min(hopsWanted, Math.max(PILOT_MIN_HOPS, 20L * ions)))),
                            Double.POSITIVE_INFINITY)
                    .withEquilibration(equilibration).withSeed(ReplicaSeeds.forPilot(temperatureSeed)).withThreads(1);
            built = new KmcSimulation(model.network(), models(model, parameters), pilot, zones(model));
            seconds = hopsWanted / pilotHopRateHz(built, model, parameters);
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw run.length().where().error(String.format(java.util.Locale.ROOT, "at %s K the run length is %s s of "
                    + "simulated time, which kMC cannot run", kelvin(parameters.temperatureKelvin()), seconds),
                    "check attempt_frequency_Hz, the barriers and the temperature");
        }
        double interval = run.sampling().byCount()
                ? seconds / (run.sampling().samples() - 1) : run.sampling().intervalSeconds();
        double samples = seconds / interval + 1;
        if (samples * 3.0 * ions > Integer.MAX_VALUE - 8) {
            throw run.sampling().where().error(String.format(java.util.Locale.ROOT, "%.3g samples x %d ions do not "
                    + "fit one trajectory (at most %.3g values per replica)", samples, ions,
                    (double) (Integer.MAX_VALUE - 8) / 3), "use fewer samples or a longer sample_interval_s");
        }
        KmcSettings settings = KmcSettings.of(carriers, RunLength.seconds(seconds), interval)
                .withEquilibration(equilibration).withReplicas(replicas).withThreads(threads)
                .withSeed(temperatureSeed);
        return built != null ? built.withSettings(settings)
                : new KmcSimulation(model.network(), models(model, parameters), settings, zones(model));
    }

    /**
     * The deck's replica models when {@code parameters} are the deck's own (host realisations per
     * replica, environment tallies); otherwise every replica on {@code parameters}, without a tally.
     */
    private static org.ionhop.rates.ReplicaModels models(DeckModel model, RateParameters parameters) {
        return parameters.equals(model.rateParameters(parameters.temperatureKelvin()))
                ? model.replicaModels(parameters.temperatureKelvin())
                : org.ionhop.rates.ReplicaModels.same(parameters, null);
    }

    /**
     * The zones of a composite deck for the kMC bookkeeping and start placement (ions by phase), or
     * null for a single-phase deck (then the loop does no zone bookkeeping at all).
     */
    static SiteZones zones(DeckModel model) {
        RegionMap map = model.regionMap();
        if (map == null) return null;
        int[] phase = new int[map.siteCount()];
        for (int s = 0; s < phase.length; s++) phase[s] = map.phaseOf(s);
        int[] quota = model.startIonsPerPhase();
        boolean anyQuota = java.util.Arrays.stream(quota).anyMatch(n -> n >= 0);
        boolean ordered = model.deck().carriers().placement() == Carriers.Placement.ORDERED;
        return new SiteZones(map.siteZones(), map.zoneCount(), anyQuota && !ordered ? phase : null,
                anyQuota && !ordered ? quota : null);
    }

    /** Replicas per temperature: the deck's, or at most {@link RunOptions#QUICK_MAX_REPLICAS} with --quick. */
    static int replicas(RunSpec run, RunOptions options) {
        return options.quick() ? Math.min(run.replicas(), RunOptions.QUICK_MAX_REPLICAS) : run.replicas();
    }

    private static double pilotHopRateHz(KmcSimulation pilot, DeckModel model, RateParameters parameters) {
        ReplicaResult r = pilot.runReplica(0);
        if (r.totalHops() == 0 || !(r.simulatedTimeSeconds() > 0)) {
            if (ratesUnderflow(parameters)) {
                // exp(-E/kT) is zero in double precision: a temperature far too low for these barriers.
                throw model.deck().where("temperatures_K").error("at " + kelvin(parameters.temperatureKelvin())
                        + " K no ion can hop: every hop rate underflows to zero (exp(-E/kT) for E/kT > 745)",
                        "raise the temperature or check the barriers and site energies (eV)");
            }
            // A frozen start (every ion's hop targets occupied) is a property of the deck, not a bug.
            throw model.deck().carriers().where().error(String.format(java.util.Locale.ROOT,
                    "no ion can hop at %s K: with %d ions on %d network sites every ion's hop targets are occupied "
                            + "(or the empty sites have no hop), so a run length in hops cannot be reached",
                    java.math.BigDecimal.valueOf(parameters.temperatureKelvin()).stripTrailingZeros().toPlainString(),
                    model.ionCount(), model.network().siteCount()),
                    "use fewer ions or more vacancies, placement: random, or check network.sites and "
                            + "network.cutoff_angstrom ('./ionhop lattice DECK' shows which sites have no hop)");
        }
        return r.totalHops() / r.simulatedTimeSeconds();
    }

    /** True when even the lowest barrier gives a rate of exactly zero at this temperature. */
    private static boolean ratesUnderflow(RateParameters parameters) {
        double lowest = java.util.Arrays.stream(parameters.kraBarrierEv()).min().orElse(0);
        double fastest = java.util.Arrays.stream(parameters.attemptFrequencyHz()).max().orElse(0);
        return fastest * Math.exp(-lowest / (org.ionhop.common.Units.KB_EV_PER_K * parameters.temperatureKelvin())) == 0;
    }

    static String kelvin(double kelvin) {
        return kelvin == Math.rint(kelvin) ? Long.toString((long) kelvin) : Double.toString(kelvin);
    }

    private static RunLength runLength(RunSpec.Length length, double scale) {
        if (length == null || length.value() <= 0) return RunLength.none();
        return switch (length.unit()) {
            case SIMULATED_TIME_S -> RunLength.seconds(length.value() * scale);
            case HOPS_PER_ION -> RunLength.hopsPerIon(length.value() * scale);
            case TOTAL_HOPS -> RunLength.totalHops(Math.round(length.value() * scale));
        };
    }
}
