package org.ionhop.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain-language warnings for results whose error bars a user should not take at face value.
 *
 * <p>D_J comes from ONE collective (centre-of-mass) displacement per statistical unit, so its relative
 * error is far larger than that of D*, which averages over every ion. The reported standard errors are
 * calibrated (validation/README.md, coverage), but with few units they follow Student's t, and a ratio
 * of two noisy means (H = D* / D_J) is skewed: a D_J that fluctuated low gives an H well above 1, as in a
 * non-interacting lattice gas reported at H = 1.8 ± 0.4 from 16 replicas, where H ≤ 1 exactly. These
 * warnings name such results and what to do about them.
 */
public final class TransportWarnings {
    /** D_J relative standard error above which σ, H and their errors are called poorly determined. */
    public static final double LARGE_RELATIVE_ERROR = 0.25;
    /** H beyond 1 by more than this many standard errors is flagged. */
    public static final double HAVEN_SIGMAS = 2.0;

    private TransportWarnings() {}

    public static List<String> of(TransportResult r) {
        List<String> out = new ArrayList<>();
        String at = String.format(Locale.ROOT, "%.6g K: ", r.temperatureKelvin());
        Estimate dj = r.jump().isotropic();
        double rel = dj.stderr() / Math.abs(dj.value());
        if (Double.isNaN(dj.stderr())) {
            out.add(at + String.format(Locale.ROOT, "no error bars: %d statistical unit (%s); D*, D_J, H and sigma are "
                            + "single estimates. Use run.replicas >= 8, or enough samples for time blocks "
                            + "(docs/quantities.md).", r.statisticalUnits(),
                    r.errorSource().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            return out;
        }
        if (rel > LARGE_RELATIVE_ERROR || !Double.isFinite(rel)) {
            out.add(at + String.format(Locale.ROOT, "D_J has a relative standard error of %.0f %% (%d %s); sigma and H "
                            + "inherit it and H is then skewed upwards. D_J is one centre-of-mass displacement per unit: "
                            + "its error falls as 1/sqrt(replicas) - use about %d replicas for 10 %%.", 100 * rel,
                    r.statisticalUnits(), r.errorSource().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    (int) Math.ceil(r.statisticalUnits() * Math.pow(rel / 0.10, 2))));
        }
        Estimate h = r.havenRatio();
        if (h.value() - 1 > HAVEN_SIGMAS * h.stderr()) {
            out.add(at + String.format(Locale.ROOT, "H = %.3f ± %.3f exceeds 1 by more than %.0f standard errors. Without "
                            + "attractive interactions H ≤ 1 (a lattice gas has H = f(c) ≤ 1); the usual cause is a D_J "
                            + "that fluctuated low. Add replicas before reading anything into H > 1.", h.value(),
                    h.stderr(), HAVEN_SIGMAS));
        }
        return out;
    }

    /**
     * The multiple of a standard error that gives a 95 % interval with this many independent units (Student t,
     * units − 1 degrees of freedom): 2.36 for 8 units, 2.13 for 16, → 1.96.
     */
    public static double ninetyFivePercentFactor(int units) {
        return units < 2 ? Double.NaN : StudentT.twoSidedQuantile(0.95, units - 1);
    }
}
