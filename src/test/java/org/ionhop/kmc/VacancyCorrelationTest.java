package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
import org.ionhop.validation.VacancyCorrelationCase;
import org.junit.jupiter.api.Test;

/**
 * One vacancy in an otherwise full lattice: the tracer correlation factor f = D* / D_random equals
 * the Compaan–Haven value within 2%. Estimator per replica: f = Σ_k |R_k|² / (n a²) over all
 * (tagged) ions k, with n the total number of ion–vacancy exchanges — every exchange moves one ion
 * by a, so n a² is exactly what the ions' squared displacements would sum to without correlation.
 */
class VacancyCorrelationTest {

    @Test
    void simpleCubic() {
        assertCorrelationFactor(TemporaryCubicNetwork.simpleCubic(16, 1.0), 0.65311);
    }

    static void assertCorrelationFactor(HopNetwork net, double compaanHaven) {
        var f = VacancyCorrelationCase.measure(net, 150, 16, 2024, 0);
        System.out.println("f = " + f + " vs " + compaanHaven);
        assertTrue(f.error() < 0.006 * compaanHaven, "error bar too wide for a 2% test: " + f);
        assertTrue(Math.abs(f.mean() - compaanHaven) < 0.02 * compaanHaven, "f = " + f + ", Compaan–Haven " + compaanHaven);
    }
}
