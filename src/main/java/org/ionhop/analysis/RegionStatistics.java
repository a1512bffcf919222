package org.ionhop.analysis;

import java.util.List;

import org.ionhop.common.Units;
import org.ionhop.kmc.ReplicaResult;

/**
 * What each zone of a composite (phase bulk or interface band) contributed in one temperature's
 * replicas. Errors are standard errors of the replica mean (NaN with one replica).
 *
 * <ul>
 * <li>volume fraction: the zone's share of the network's sites (all phases share one lattice, so
 *   site and volume fractions agree);</li>
 * <li>carrier fraction: time-averaged share of the ions on the zone's sites, from the occupied
 *   time of every site;</li>
 * <li>hop fraction: share of the hops made from a site of the zone;</li>
 * <li>D* of a zone: Σ_ions R⊗R / (2 τ), with R an ion's displacement summed over its hops out of
 *   the zone's sites and τ the ion-seconds spent on them (= Σ_sites occupied time). With one zone
 *   this is the ordinary D* of the whole run over its length; for a zone the ions cross in short
 *   stays it is the zone's local mobility, not a long-time D of that phase alone.</li>
 * </ul>
 */
public record RegionStatistics(List<String> zoneNames, double[] volumeFraction, Estimate[] carrierFraction,
                               Estimate[] hopFraction, double[][] tracerCm2PerS, double[][] tracerStderrCm2PerS,
                               Estimate[] tracerIsoCm2PerS) {

    /**
     * @param zoneOfSite zone per site (the run's {@code SiteZones})
     * @param replicas   finished replicas with zone bookkeeping
     */
    public static RegionStatistics of(List<String> zoneNames, int[] zoneOfSite, List<ReplicaResult> replicas) {
        int zones = zoneNames.size();
        double[] volume = new double[zones];
        for (int z : zoneOfSite) volume[z] += 1.0 / zoneOfSite.length;
        int n = replicas.size();
        double[][] carrier = new double[zones][n];
        double[][] hop = new double[zones][n];
        double[][][] tensor = new double[zones][9][n];
        double[][] iso = new double[zones][n];
        for (int r = 0; r < n; r++) {
            ReplicaResult rr = replicas.get(r);
            if (rr.zoneCount() != zones) {
                throw new IllegalArgumentException("replica " + rr.replica() + " recorded " + rr.zoneCount()
                        + " zones, expected " + zones);
            }
            int ions = rr.finalDisplacementAngstrom().length / 3;
            double[] ionSeconds = new double[zones];
            double[] occ = rr.occupationPerSite();
            for (int s = 0; s < occ.length; s++) ionSeconds[zoneOfSite[s]] += occ[s] * rr.simulatedTimeSeconds();
            long hops = 0;
            for (long h : rr.hopsPerZone()) hops += h;
            double[] d = rr.zoneDisplacementAngstrom();
            for (int z = 0; z < zones; z++) {
                carrier[z][r] = ionSeconds[z] / (ions * rr.simulatedTimeSeconds());
                hop[z][r] = hops > 0 ? (double) rr.hopsPerZone()[z] / hops : Double.NaN;
                double[] sum = new double[9];
                for (int ion = 0; ion < ions; ion++) {
                    int k = 3 * (ion * zones + z);
                    for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) sum[3 * a + b] += d[k + a] * d[k + b];
                }
                for (int ab = 0; ab < 9; ab++) {
                    tensor[z][ab][r] = ionSeconds[z] > 0 ? sum[ab] / (2 * ionSeconds[z]) * Units.ANGSTROM2_TO_CM2
                            : Double.NaN;
                }
                iso[z][r] = (tensor[z][0][r] + tensor[z][4][r] + tensor[z][8][r]) / 3;
            }
        }
        Estimate[] carrierE = new Estimate[zones], hopE = new Estimate[zones], isoE = new Estimate[zones];
        double[][] t = new double[zones][9], te = new double[zones][9];
        for (int z = 0; z < zones; z++) {
            carrierE[z] = meanError(carrier[z]);
            hopE[z] = meanError(hop[z]);
            isoE[z] = meanError(iso[z]);
            for (int ab = 0; ab < 9; ab++) {
                Estimate e = meanError(tensor[z][ab]);
                t[z][ab] = e.value();
                te[z][ab] = e.stderr();
            }
        }
        return new RegionStatistics(List.copyOf(zoneNames), volume, carrierE, hopE, t, te, isoE);
    }

    /** Mean and standard error of the mean; stderr NaN below two values. */
    static Estimate meanError(double[] x) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        if (x.length < 2) return new Estimate(m, Double.NaN);
        double ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return new Estimate(m, Math.sqrt(ss / (x.length - 1) / x.length));
    }
}
