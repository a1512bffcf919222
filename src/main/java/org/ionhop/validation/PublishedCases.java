package org.ionhop.validation;

import java.util.List;
import java.util.Optional;

/**
 * Tier 2 (computed) and tier 3 (experiment) cases: decks under validation/decks/ run through the
 * {@code ionhop run} pipeline. Each deck cites its inputs; validation/README.md says which are
 * placeholders. No Na⁺ deck case: no published per-hop barrier for a Na⁺ conductor could be read
 * (inputs/BARRIERS.md), and a Na⁺ deck with invented barriers would validate nothing; the Na⁺ case
 * is the tier-1 walk on the published Na2B12H12 split sites ({@code random-walk-D-na2b12h12}).
 */
final class PublishedCases {
    static final String MGSC2SE4 = "MgSc2Se4_Mg_vacancy.yaml";
    static final String LIBH4_ORTHO = "LiBH4_Pnma_Li_vacancy.yaml";
    static final String LIBH4_HEX = "LiBH4_P63mc_Li_vacancy.yaml";

    /** MgSc2Se4 deck inputs: E_KRA 0.33 eV, 16c − 8a site energy 0.10 eV (see the deck header). */
    static final double MGSC2SE4_PATH_MAX_EV = 0.33 + 0.10 / 2;
    /** The placeholder barrier of every Li–Li class in both LiBH4 decks. */
    static final double LIBH4_PLACEHOLDER_EV = 0.30;

    private static final String PHYSICAL_EA = "measured Ea vs a lattice model with DFT-level inputs: 0.1 eV "
            + "(typical DFT/NEB barrier error plus the spread between impedance and NMR activation energies)";
    private static final String FIXED_VACANCIES = "The deck fixes the Li-vacancy content, so its Arrhenius slope is "
            + "the migration barrier alone; the measured Ea also contains the defect formation (dilute limit: "
            + "Ea = E_f/2 + E_m; Lee & Cho 2017 give 1.2–1.4 eV per pair in o-LiBH4, i.e. +0.6–0.7 eV), and the "
            + "per-hop barriers are placeholders (0.30 eV, upper end of the 0.1–0.3 eV range). Expected: "
            + "Ea = 0.30 eV exactly (one barrier, T-independent carrier count: every rate scales with "
            + "e^{−0.30 eV/kT}).";

    private PublishedCases() {}

    static List<ValidationCase> all() {
        Tolerance exactSlope = Tolerance.statistical("the model's slope is exact; only the fit's statistical error remains");
        DeckCase.Expectation libh4Model = new DeckCase.Expectation(
                ctx -> Reference.analytic("deck:libh4-placeholder-barrier", "activation energy (eV)", LIBH4_PLACEHOLDER_EV,
                        "deck input: one E_KRA for every Li–Li hop, fixed vacancy content"),
                exactSlope, FIXED_VACANCIES);
        String libh4Inputs = "barriers are PLACEHOLDERS (no per-hop NEB value could be verified, inputs/BARRIERS.md);"
                + " vacancy content assumed";
        String mgInputs = "path maximum 0.38 eV UNVERIFIED (project estimate of the Canepa 2017 DFT value); "
                + "16c energy 0.10 eV and 3% Mg vacancies ASSUMED; 16c next to an occupied 8a excluded (0.5 eV "
                + "repulsion, the deck header says why)";
        return List.of(
                DeckCase.activationEnergy("mgsc2se4-ea-vs-path-maximum", Tier.COMPUTED, MGSC2SE4,
                        ctx -> Reference.analytic("deck:mgsc2se4-path-maximum", "activation energy (eV)",
                                MGSC2SE4_PATH_MAX_EV, "deck input: path maximum relative to 8a = E_KRA + dE/2 ="
                                        + " 0.33 + 0.05 eV (vacancy mechanism through the empty 16c)"),
                        Tolerance.absolute(0.02, "while the moving Mg sits in 16c the vacancy is split over two 8a"
                                + " sites, a fraction s = 2e^{-dE/kT}/(1 + 2e^{-dE/kT}) of the time (0.04 at 298 K, 0.11 at"
                                + " 400 K); this lowers the apparent slope by about dE·s ≤ 0.011 eV; 0.02 eV bounds it"
                                + " together with the rarer doubly split states"), Optional.empty(), mgInputs),
                DeckCase.activationEnergy("mgsc2se4-ea-experiment", Tier.EXPERIMENT, MGSC2SE4,
                        ctx -> ctx.references().get("mgsc2se4-ea-exp"), Tolerance.absolute(0.1, PHYSICAL_EA),
                        Optional.empty(), mgInputs + ". The deck's 0.38 eV lies close to the measured 0.37 eV "
                                + "by the project's estimate, not by a fit; agreement is therefore weak evidence")
                        .withExperiment(List.of(), 0.37),
                DeckCase.conductivity("mgsc2se4-sigma-298K", Tier.EXPERIMENT, MGSC2SE4, 298,
                        ctx -> ctx.references().get("mgsc2se4-sigma-rt"),
                        Tolerance.decades(1.0, "σ depends on the carrier content, which is assumed (3% Mg vacancies),"
                                + " and MgSc2Se4 is mixed conducting (Glaser/Janek): one order of magnitude"),
                        Optional.empty(), mgInputs)
                        .withExperiment(List.of(new ArrheniusOverlay.ExperimentPoint(298, 3.0e-5, 1e-5, 1e-4,
                                "Canepa 2017 (298 K)")), Double.NaN),
                DeckCase.activationEnergy("libh4-ortho-ea-experiment", Tier.EXPERIMENT, LIBH4_ORTHO,
                        ctx -> ctx.references().get("libh4-ortho-ea"), Tolerance.absolute(0.1, PHYSICAL_EA),
                        Optional.of(libh4Model), libh4Inputs)
                        .withExperiment(List.of(), 0.69),
                DeckCase.activationEnergy("libh4-hex-ea-experiment", Tier.EXPERIMENT, LIBH4_HEX,
                        ctx -> ctx.references().get("libh4-hex-ea"), Tolerance.absolute(0.1, PHYSICAL_EA),
                        Optional.of(libh4Model), libh4Inputs)
                        .withExperiment(List.of(new ArrheniusOverlay.ExperimentPoint(393, 2.0e-3, 2.0e-3, 2.0e-3,
                                "Matsuo 2007 via Cuan 2019 (393 K)")), 0.53));
    }
}
