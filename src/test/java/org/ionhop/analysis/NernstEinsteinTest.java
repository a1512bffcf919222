package org.ionhop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NernstEinsteinTest {

    /**
     * Hand calculation with Matsuo et al. (2007)'s Li density N = 1.62e22 cm⁻³, z = 1,
     * D_J = 1e-7 cm²/s, T = 400 K:
     * e² = (1.602176634e-19 C)² = 2.5669699665e-38 C²;
     * n e² D = 1.62e22 × 2.5669699665e-38 × 1e-7 = 4.1584913458e-23;
     * kB T = 1.380649e-23 × 400 = 5.522596e-21 J;
     * sigma = 4.1584913458e-23 / 5.522596e-21 = 7.5299576e-3 S/cm.
     * For z = 2 the charge enters squared: 4 × that = 3.0119830e-2 S/cm.
     */
    @Test
    void matchesHandCalculationForMatsuoLithiumDensity() {
        assertEquals(7.5299576e-3, NernstEinstein.conductivitySPerCm(1.62e22, 1, 1e-7, 400), 1e-9);
        assertEquals(3.0119830e-2, NernstEinstein.conductivitySPerCm(1.62e22, 2, 1e-7, 400), 4e-9);
    }

    /** 64 ions in a 10 Å cube (1000 Å³ = 1e-21 cm³) → 6.4e22 cm⁻³. */
    @Test
    void ionDensityFromCountAndVolume() {
        assertEquals(6.4e22, NernstEinstein.ionsPerCm3(64, 1000.0), 1e9);
    }
}
