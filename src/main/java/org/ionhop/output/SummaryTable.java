package org.ionhop.output;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ionhop.analysis.ArrheniusFit;
import org.ionhop.analysis.ArrheniusSummary;
import org.ionhop.analysis.Estimate;
import org.ionhop.analysis.TransportResult;
import org.ionhop.analysis.TransportWarnings;

/** The end-of-run summary for the terminal: one row per temperature, then the activation energies. */
public final class SummaryTable {
    private static final String ROW = "%8s  %-22s  %-22s  %-16s  %-22s  %s%n";

    private SummaryTable() {}

    public static String format(List<TransportResult> results, ArrheniusSummary arrhenius) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, ROW, "T (K)", "D* (cm^2/s)", "D_J (cm^2/s)", "H", "sigma (S/cm)", "errors from"));
        for (TransportResult r : results) {
            if (!r.valid()) {
                sb.append(String.format(Locale.ROOT, "%8s  not a result: %s%n", trimmed(r.temperatureKelvin()),
                        String.join("; ", r.problems())));
                continue;
            }
            sb.append(String.format(Locale.ROOT, ROW, trimmed(r.temperatureKelvin()),
                    pm(r.tracer().isotropic(), "%.3e", "%.1e"), pm(r.jump().isotropic(), "%.3e", "%.1e"),
                    pm(r.havenRatio(), "%.3f", "%.3f"), pm(r.conductivitySPerCm(), "%.3e", "%.1e"),
                    r.statisticalUnits() + " " + r.errorSource().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        for (TransportResult r : results) {
            for (String p : r.tensorProblems()) {
                sb.append(String.format(Locale.ROOT, "note: %s K: %s (the values above are trace/3 and stay valid)%n",
                        trimmed(r.temperatureKelvin()), p));
            }
        }
        fitLine(sb, "Ea (sigma*T)", arrhenius.conductivity(), "sigma", "S/cm");
        fitLine(sb, "Ea (D*)     ", arrhenius.tracerDiffusion(), "D*", "cm^2/s");
        fitLine(sb, "Ea (D_J)    ", arrhenius.jumpDiffusion(), "D_J", "cm^2/s");
        StringBuilder f = new StringBuilder();
        for (TransportResult r : results) {
            if (r.valid() && r.correlationFactor().isPresent()) {
                f.append(String.format(Locale.ROOT, "  %s K: %s", trimmed(r.temperatureKelvin()),
                        pm(r.correlationFactor().get(), "%.3f", "%.3f")));
            }
        }
        if (f.length() > 0) {
            sb.append("Correlation factor f = D*/D_random (uncorrelated walk at the same hop rates):").append(f).append('\n');
        }
        sb.append("D = trace/3 of the tensor; ± one standard error; sigma by Nernst-Einstein from D_J (docs/quantities.md).\n");
        int units = results.stream().mapToInt(TransportResult::statisticalUnits).min().orElse(0);
        if (units >= 2) {
            sb.append(String.format(Locale.ROOT, "Errors from %d units follow Student's t: ± one error covers %.0f %%, "
                            + "a 95 %% interval is ± %.2f errors.%n", units,
                    100 * org.ionhop.analysis.StudentT.twoSidedProbability(1, units - 1),
                    TransportWarnings.ninetyFivePercentFactor(units)));
        }
        for (TransportResult r : results) {
            if (!r.valid()) continue; // already reported as "not a result"
            for (String w : TransportWarnings.of(r)) sb.append("WARNING ").append(w).append('\n');
        }
        return sb.toString();
    }

    private static void fitLine(StringBuilder sb, String label, Optional<ArrheniusFit> fit, String symbol, String units) {
        if (fit.isEmpty()) {
            sb.append(label).append(": needs at least two temperatures\n");
            return;
        }
        ArrheniusFit f = fit.get();
        ArrheniusFit.Prediction p = f.predict(ArrheniusSummary.REFERENCE_TEMPERATURE_KELVIN);
        sb.append(String.format(Locale.ROOT, "%s: %s eV   %s(300 K) = %.3e %s (95%% CI %.2e – %.2e)%n", label,
                pm(f.activationEnergyEv(), "%.3f", "%.3f"), symbol, p.value().value(), units, p.lower95(), p.upper95()));
    }

    static String pm(Estimate e, String valueFormat, String errorFormat) {
        return String.format(Locale.ROOT, valueFormat + " ± " + errorFormat, e.value(), e.stderr());
    }

    private static String trimmed(double t) {
        return Hdf5ResultWriter.groupName(t).replace("K", "");
    }
}
