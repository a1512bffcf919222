package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertTrue;


import org.ionhop.network.HopNetwork;
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
        assertCorrelationFactor(TestLattices.simpleCubic(16), 0.65311);
    }

    @Test
    void bodyCentredCubic() {
        assertCorrelationFactor(TestLattices.bcc(12), 0.72719);
    }

    @Test
    void faceCentredCubic() {
        assertCorrelationFactor(TestLattices.fcc(10), 0.78145);
    }

    @Test
    void diamond() {
        assertCorrelationFactor(TestLattices.diamond(8), 0.5);
    }

    @Test
    void honeycomb() {
        assertCorrelationFactor(TestLattices.honeycomb(48), 1.0 / 3);
    }

    @Test
    void square() {
        assertCorrelationFactor(TestLattices.square(64), 0.46694);
    }

    @Test
    void triangular() {
        assertCorrelationFactor(TestLattices.triangular(64), 0.56006);
    }

    static void assertCorrelationFactor(HopNetwork net, double compaanHaven) {
        var f = VacancyCorrelationCase.measure(net, 150, 16, 2024, 0);
        System.out.println(net.siteCount() + " sites: f = " + f + " vs " + compaanHaven);
        assertTrue(f.error() < 0.006 * compaanHaven, "error bar too wide for a 2% test: " + f);
        assertTrue(Math.abs(f.mean() - compaanHaven) < 0.02 * compaanHaven, "f = " + f + ", Compaan–Haven " + compaanHaven);
    }
}
