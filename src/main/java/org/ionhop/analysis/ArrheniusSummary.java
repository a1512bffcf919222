package org.ionhop.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Arrhenius fits of a run: sigma·T (the headline activation energy and the 300 K conductivity),
 * D* and D_J (isotropic values). Each is empty with fewer than two usable temperatures.
 */
public record ArrheniusSummary(Optional<ArrheniusFit> conductivity, Optional<ArrheniusFit> tracerDiffusion,
                               Optional<ArrheniusFit> jumpDiffusion) {

    /** Temperature at which the fits are extrapolated for reporting, K. */
    public static final double REFERENCE_TEMPERATURE_KELVIN = 300.0;

    /** Fits over the valid temperatures ({@link TransportResult#valid()}); invalid ones are not results. */
    public static ArrheniusSummary of(List<TransportResult> all) {
        List<TransportResult> results = all.stream().filter(TransportResult::valid).toList();
        return new ArrheniusSummary(
                fit(results, ArrheniusForm.CONDUCTIVITY_TIMES_T, TransportResult::conductivitySPerCm),
                fit(results, ArrheniusForm.DIFFUSION, r -> r.tracer().isotropic()),
                fit(results, ArrheniusForm.DIFFUSION, r -> r.jump().isotropic()));
    }

    private static Optional<ArrheniusFit> fit(List<TransportResult> results, ArrheniusForm form,
                                              Function<TransportResult, Estimate> quantity) {
        return ArrheniusFitter.fit(form, results.stream().map(r -> {
            Estimate e = quantity.apply(r);
            return new ArrheniusPoint(r.temperatureKelvin(), e.value(), e.stderr(), r.statisticalUnits() - 1);
        }).toList());
    }
}
