package org.ionhop.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.ionhop.crystal.StandardLattices;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;

/**
 * The validation cases IonHop ships, in report order: analytic, then input recovery, predictions and
 * sensitivities (validation/README.md).
 * Networks are built lazily inside each case's run, so selecting one case with --only is cheap.
 */
public final class ValidationSuite {
    private ValidationSuite() {}

    /** The example decks under inputs/ whose size and run-length convergence the suite reports. */
    static final List<String> SHIPPED_DECKS = List.of("LiBH4_P63mc_Li_vacancy.yaml", "LiBH4_Pnma_Li_vacancy.yaml",
            "MgSc2Se4_Mg_vacancy.yaml", "Na2B12H12_Na_split_sites.yaml");

    /** Every case of the suite. */
    public static List<ValidationCase> standard() {
        List<ValidationCase> cases = new ArrayList<>();
        cases.add(lazyAnalytic("random-walk-D-sc", () -> new RandomWalkCase("sc", nn(StandardLattices.simpleCubic(2.0), 8, 8, 8))));
        cases.add(lazyAnalytic("random-walk-D-bcc", () -> new RandomWalkCase("bcc", nn(StandardLattices.bcc(2.0), 6, 6, 6))));
        cases.add(lazyAnalytic("random-walk-D-fcc", () -> new RandomWalkCase("fcc", nn(StandardLattices.fcc(2.0), 5, 5, 5))));
        cases.add(sodiumSplitSiteWalk());
        // finite-cell constants c in f_N = f + c/N: validation/references.yaml, f-vacancy-<lattice>-finite-cell-c
        cases.add(vacancy("sc", () -> nn(StandardLattices.simpleCubic(4.0), 16, 16, 16)));
        cases.add(vacancy("bcc", () -> nn(StandardLattices.bcc(4.0), 12, 12, 12)));
        cases.add(vacancy("fcc", () -> nn(StandardLattices.fcc(4.0), 10, 10, 10)));
        cases.add(vacancy("diamond", () -> nn(StandardLattices.diamond(4.0), 8, 8, 8)));
        cases.add(vacancy("square", () -> nn(StandardLattices.squareNet(4.0), 64, 64, 1)));
        cases.add(vacancy("triangular", () -> nn(StandardLattices.triangularNet(4.0), 64, 64, 1)));
        cases.add(vacancy("honeycomb", () -> nn(StandardLattices.honeycombNet(4.0), 45, 45, 1)));
        for (double c : new double[] {0.25, 0.5, 0.75}) {
            cases.add(lazyAnalytic(String.format(java.util.Locale.ROOT, "lattice-gas-DJ-sc-c%.2f", c),
                    () -> LatticeGasCase.jumpDiffusion("sc", nn(StandardLattices.simpleCubic(2.0), 8, 8, 8), c)));
        }
        cases.add(lazyAnalytic("haven-ratio-single-vacancy-sc", () -> LatticeGasCase.havenSingleVacancy("sc",
                nn(StandardLattices.simpleCubic(2.0), 8, 8, 8), "f-vacancy-sc", "f-vacancy-sc-finite-cell-c")));
        for (double kelvin : new double[] {300, 1200}) {
            cases.add(lazyAnalytic(String.format(java.util.Locale.ROOT, "boltzmann-occupation-%.0fK", kelvin),
                    () -> new OccupationCase(ValidationLattices.caesiumChloride(2.0, 1.8, 4), 1, kelvin)));
            cases.add(lazyAnalytic(String.format(java.util.Locale.ROOT, "fermi-dirac-occupation-%.0fK", kelvin),
                    () -> new OccupationCase(ValidationLattices.caesiumChloride(2.0, 1.8, 6), 108, kelvin)));
        }
        // a composite through the deck's regions: the parallel and series means of a laminate are exact
        cases.add(new LaminateCase(false));
        cases.add(new LaminateCase(true));
        cases.add(new FrenkelArrheniusCase());
        // Matsuo et al. 2007's Nernst–Einstein estimate at the top of their impedance range (HT phase), 2D and 3D
        cases.add(new MatsuoNernstEinsteinCase(2, 433));
        cases.add(new MatsuoNernstEinsteinCase(3, 433));
        cases.addAll(PublishedCases.all());
        cases.addAll(ConvergenceCase.forShippedDecks(SHIPPED_DECKS));
        return cases;
    }

    /** The cases whose names are listed (all when the list is empty); unknown names are an error. */
    public static List<ValidationCase> select(List<ValidationCase> all, List<String> names) {
        if (names.isEmpty()) return all;
        List<ValidationCase> out = new ArrayList<>();
        for (String n : names) {
            Optional<ValidationCase> c = all.stream().filter(v -> v.name().equals(n)).findFirst();
            out.add(c.orElseThrow(() -> new org.ionhop.common.InputException(null, 0, "--only",
                    "no validation case named '" + n + "'", "list them with 'ionhop validate --list'")));
        }
        return out;
    }

    /** Runs cases in order, telling {@code progress} after each. */
    public static List<CaseResult> run(List<ValidationCase> cases, CaseContext ctx, Consumer<CaseResult> progress) {
        List<CaseResult> results = new ArrayList<>();
        for (ValidationCase c : cases) {
            CaseResult r = c.run(ctx);
            progress.accept(r);
            results.add(r);
        }
        return results;
    }

    private static HopNetwork nn(org.ionhop.crystal.Crystal crystal, int n1, int n2, int n3) {
        return ValidationLattices.nearestNeighbour(crystal, n1, n2, n3);
    }

    private static ValidationCase vacancy(String lattice, java.util.function.Supplier<HopNetwork> net) {
        return lazyAnalytic("correlation-factor-" + lattice, () -> new VacancyCorrelationCase(lattice, net.get(),
                "f-vacancy-" + lattice, "f-vacancy-" + lattice + "-finite-cell-c"));
    }

    /** Intra-pair flip and inter-interstice hop barriers of the Na2B12H12 walk (test values, not the material's). */
    static final double NA_FLIP_BARRIER_EV = 0.20;
    static final double NA_INTER_BARRIER_EV = 0.30;

    /**
     * One Na on the published split-site Na sublattice of Na2B12H12 (no material barrier needed: the
     * geometry is the test). The flip inside a pair is made faster than the hop out of the interstice
     * (arbitrary 0.20 vs 0.30 eV at 600 K, ratio ≈ 7), so successive hops are strongly correlated and
     * the exact D lies ≈ 25 % below the uncorrelated (1/6) Σ Γ r² (7.21e-6 vs 9.67e-6 cm²/s).
     */
    private static ValidationCase sodiumSplitSiteWalk() {
        String name = "random-walk-D-na2b12h12";
        return new ValidationCase() {
            @Override public String name() { return name; }

            @Override public Tier tier() { return Tier.ANALYTIC; }

            @Override public CaseResult run(CaseContext ctx) {
                HopNetwork net = ValidationLattices.na2b12h12SplitSites(ctx.lattice(ValidationLattices.NA2B12H12_CIF), 2);
                double[] kra = new double[net.classes().size()];
                double shortest = net.classes().get(0).lengthAngstrom();
                for (int k = 0; k < kra.length; k++) {
                    kra[k] = net.classes().get(k).lengthAngstrom() == shortest ? NA_FLIP_BARRIER_EV : NA_INTER_BARRIER_EV;
                }
                double[] nu = new double[kra.length];
                java.util.Arrays.fill(nu, EngineRuns.NU_HZ);
                RateParameters p = new RateParameters(kra, nu, new double[net.siteLabels().size()], new double[kra.length],
                        EngineRuns.T_KELVIN);
                return RandomWalkCase.splitSites("na2b12h12", net, p).run(ctx);
            }
        };
    }

    /** An analytic case whose network is built only when it runs. */
    private static ValidationCase lazyAnalytic(String name, java.util.function.Supplier<ValidationCase> factory) {
        return new ValidationCase() {
            @Override public String name() { return name; }

            @Override public Tier tier() { return Tier.ANALYTIC; }

            @Override public CaseResult run(CaseContext ctx) {
                ValidationCase real = factory.get();
                if (!real.name().equals(name)) throw new IllegalStateException("case name " + real.name() + " != " + name);
                return real.run(ctx);
            }
        };
    }
}
