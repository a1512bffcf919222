package org.ionhop.rates;

/**
 * Transition-state hop rate with the kinetically resolved activation (KRA) barrier of
 * Van der Ven et al., Phys. Rev. B 64, 184307 (2001).
 *
 * <p>The saddle energy is E_s = E_KRA + (E_i + E_j)/2, but a saddle can never lie below either end
 * point: when E_KRA + dE/2 would be negative (or the saddle below the final state), we raise the
 * saddle to the higher end point, E_s = max(E_KRA + (E_i+E_j)/2, E_i, E_j). The barrier is then
 * Ea = E_s - E_i = max(E_KRA + dE/2, dE, 0). Because one saddle serves both directions,
 * Ea(i→j) - Ea(j→i) = E_j - E_i exactly, so detailed balance holds for every E_KRA and dE; a
 * plain clamp Ea = max(E_KRA + dE/2, 0) would break it.
 */
public final class TransitionRate {
    private TransitionRate() {}

    /** Barrier of the hop i→j, eV, from E_KRA and dE = E_j - E_i. */
    public static double barrierEv(double kraBarrierEv, double energyChangeEv) {
        return Math.max(Math.max(kraBarrierEv + 0.5 * energyChangeEv, energyChangeEv), 0.0);
    }

    /** nu * exp(-Ea / kB T), Hz. */
    public static double rateHz(double attemptFrequencyHz, double kraBarrierEv, double energyChangeEv,
                                double thermalEnergyEv) {
        return attemptFrequencyHz * Math.exp(-barrierEv(kraBarrierEv, energyChangeEv) / thermalEnergyEv);
    }
}
