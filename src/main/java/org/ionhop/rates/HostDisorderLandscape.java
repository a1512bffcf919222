package org.ionhop.rates;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.ionhop.common.InputException;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalFiles;
import org.ionhop.crystal.CrystalSite;
import org.ionhop.deck.Deck;
import org.ionhop.deck.HostDisorderSpec;
import org.ionhop.deck.NearestName;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HostSites;

/**
 * A realised immobile host disorder (deck key {@code host_disorder}) and the static energies it
 * implies: E_KRA of a hop shifted by the number of a species within a shell around the hop
 * midpoint, the energy of a mobile site by the number within a shell around the site.
 *
 * <p>The host is immobile: a configuration has the exact composition (largest-remainder rounding of
 * fraction × sites), its positions shuffled with a stream seeded from {@code run.seed} and the
 * realisation number, spread evenly ({@code ordered}) or read from a file. Realisation 0 is the one
 * every replica shares with {@code realisations: shared}; with {@code per_replica} replica r runs on
 * realisation r (the same at every temperature), so the replica scatter includes the
 * disorder-to-disorder scatter. The hop midpoint is the same
 * point for a hop and its reverse, so barrier shifts are symmetric; site shifts enter as site
 * energies; detailed balance holds by construction.
 */
public final class HostDisorderLandscape implements LandscapeTerm {
    /** Distances equal to a shell radius within this count as inside (positions are rounded in CIFs). */
    static final double SHELL_TOLERANCE_ANGSTROM = 1e-6;
    /** Separates the host-placement stream from the replicas' streams of the same seed. */
    private static final long HOST_STREAM = 0x486f73744469736fL;

    /** The host sites of one mixture and the species realised on each. */
    public record MixedSites(HostDisorderSpec.Mixture spec, HostSites sites, String[] species) {}

    private final List<MixedSites> mixed;
    private final List<HostDisorderSpec.CountRule> barrierRules;
    private final List<HostDisorderSpec.CountRule> siteRules;
    private final int[][] hopCount;   // [rule][hop]: species count within the shell around the hop midpoint
    private final int[][] siteCount;  // [rule][site]
    private final int[] hopSource;
    private final int[] reverseHop;

    private HostDisorderLandscape(List<MixedSites> mixed, HostDisorderSpec spec, HopNetwork network) {
        this.mixed = List.copyOf(mixed);
        this.barrierRules = spec.barrierRules();
        this.siteRules = spec.siteEnergyRules();
        HopTopology topology = new HopTopology(network);
        this.hopSource = topology.hopSource();
        this.reverseHop = topology.reverseHop();
        double[] pos = network.siteCartesian();
        double[] vec = network.hopVector();
        double[] midpoint = new double[vec.length];
        for (int h = 0; h < network.hopCount(); h++) {
            for (int k = 0; k < 3; k++) midpoint[3 * h + k] = pos[3 * hopSource[h] + k] + 0.5 * vec[3 * h + k];
        }
        hopCount = countsAround(barrierRules, midpoint, "kra_shift_eV", "hop midpoint");
        siteCount = countsAround(siteRules, pos, "energy_shift_eV", "mobile site");
    }

    /** For each rule, its species count within its shell of each point (x, y, z packed), checked against its table. */
    private int[][] countsAround(List<HostDisorderSpec.CountRule> rules, double[] points, String key, String around) {
        int[][] out = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            HostDisorderSpec.CountRule rule = rules.get(r);
            requireUnambiguousShell(rule);
            Counter counter = counter(rule);
            int[] counts = new int[points.length / 3];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = counter.count(points[3 * i], points[3 * i + 1], points[3 * i + 2]);
            }
            requireTableCovers(rule, counts, key, around);
            out[r] = counts;
        }
        return out;
    }

    /**
     * Realises the deck's host disorder on the network's supercell.
     *
     * @throws InputException at the deck line for unknown or mobile site labels, a bad placement
     *                        file, a shell larger than the supercell allows, or a shift table too short
     */
    public static HostDisorderLandscape realise(Deck deck, HopNetwork network) {
        return realise(deck, network, 0);
    }

    /**
     * Realisation number {@code realisation} (≥ 0) of the deck's host disorder: random mixtures are
     * shuffled with a stream of (run.seed, realisation, mixture); ordered and file placements are the
     * same in every realisation. Realisation 0 is {@link #realise(Deck, HopNetwork)}'s.
     */
    public static HostDisorderLandscape realise(Deck deck, HopNetwork network, int realisation) {
        HostDisorderSpec spec = deck.hostDisorder();
        Crystal crystal = CrystalFiles.read(deck.structure());
        List<MixedSites> mixed = new ArrayList<>();
        for (int m = 0; m < spec.mixtures().size(); m++) {
            HostDisorderSpec.Mixture mix = spec.mixtures().get(m);
            requireHostLabel(mix, crystal, network);
            HostSites sites = HostSites.of(crystal, mix.siteLabel(), deck.supercell());
            String[] species = switch (mix.placement()) {
                case FILE -> fromFile(mix, sites.count());
                case ORDERED -> evenlySpread(mix.fractions(), sites.count());
                case RANDOM -> shuffled(exactComposition(mix.fractions(), sites.count()),
                        realisationSeed(deck.run().seed(), realisation), m);
            };
            mixed.add(new MixedSites(mix, sites, species));
        }
        return new HostDisorderLandscape(mixed, spec, network);
    }

    private static void requireHostLabel(HostDisorderSpec.Mixture mix, Crystal crystal, HopNetwork network) {
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        for (CrystalSite s : crystal.sites()) labels.add(s.label());
        if (!labels.contains(mix.siteLabel())) {
            throw new InputException(mix.where().file(), mix.where().line(), mix.where().keyPath() + ".site",
                    "no site labelled '" + mix.siteLabel() + "' in the structure (" + String.join(", ", labels) + ")",
                    NearestName.hint(mix.siteLabel(), labels, "labels"));
        }
        if (network.siteLabels().contains(mix.siteLabel())) {
            throw new InputException(mix.where().file(), mix.where().line(), mix.where().keyPath() + ".site",
                    "'" + mix.siteLabel() + "' is a mobile-ion site; host disorder is for immobile host sites",
                    "name a host site of the structure (e.g. the anion or framework site)");
        }
    }

    /** Number of sites per species: round(fraction × sites), largest remainders first, summing to sites. */
    static String[] exactComposition(Map<String, Double> fractions, int sites) {
        List<String> names = new ArrayList<>(fractions.keySet());
        int[] n = new int[names.size()];
        double[] remainder = new double[names.size()];
        int placed = 0;
        for (int k = 0; k < n.length; k++) {
            double exact = fractions.get(names.get(k)) * sites;
            n[k] = (int) Math.floor(exact);
            remainder[k] = exact - n[k];
            placed += n[k];
        }
        while (placed < sites) {
            int best = 0;
            for (int k = 1; k < n.length; k++) if (remainder[k] > remainder[best]) best = k;
            n[best]++;
            remainder[best] = -1;
            placed++;
        }
        while (placed > sites) { // only from fractions summing slightly above 1
            int best = 0;
            for (int k = 1; k < n.length; k++) if (n[k] > n[best]) best = k;
            n[best]--;
            placed--;
        }
        String[] out = new String[sites];
        int i = 0;
        for (int k = 0; k < n.length; k++) for (int c = 0; c < n[k]; c++) out[i++] = names.get(k);
        return out;
    }

    /** Seed of realisation r: run.seed itself for realisation 0 (the shared one), a mixed stream for the others. */
    static long realisationSeed(long seed, int realisation) {
        return realisation == 0 ? seed : mix64(seed + 0x632BE59BD9B4E019L * realisation);
    }

    /**
     * The {@code ordered} placement: the exact composition spread as evenly as possible along the
     * site order (cell by cell, n1 slowest, n3 fastest, then the structure file's order). Site i takes
     * the species furthest behind its share (i + 1) · n_s / N (ties: deck order), so every run of L
     * consecutive sites holds L · x_s of species s to within one, and when x_s × (sites per cell) is
     * an integer every conventional cell holds the same pattern (the arrangement is periodic with the
     * cell). Deterministic: independent of run.seed and of the replica.
     */
    static String[] evenlySpread(Map<String, Double> fractions, int sites) {
        String[] composition = exactComposition(fractions, sites);
        List<String> names = new ArrayList<>(fractions.keySet());
        long[] total = new long[names.size()];
        for (String sp : composition) total[names.indexOf(sp)]++;
        long[] placed = new long[names.size()];
        String[] out = new String[sites];
        for (int i = 0; i < sites; i++) {
            int best = -1;
            long bestDeficit = Long.MIN_VALUE;
            for (int k = 0; k < names.size(); k++) {
                if (placed[k] == total[k]) continue;
                // deficit × N, in integers: (i + 1) n_k − N placed_k
                long deficit = (i + 1L) * total[k] - (long) sites * placed[k];
                if (deficit > bestDeficit) {
                    bestDeficit = deficit;
                    best = k;
                }
            }
            placed[best]++;
            out[i] = names.get(best);
        }
        return out;
    }

    /** Fisher–Yates shuffle with a stream that depends only on (seed, mixture index). */
    static String[] shuffled(String[] species, long seed, int mixture) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(
                new long[] {mix64(seed ^ HOST_STREAM), mix64(mix64(seed) + 0x9E3779B97F4A7C15L * (mixture + 1L))});
        String[] out = species.clone();
        for (int i = out.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            String t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One species per expanded site and line ('#' starts a comment); composition must match the deck's fractions. */
    private static String[] fromFile(HostDisorderSpec.Mixture mix, int sites) {
        List<String> lines;
        try {
            lines = Files.readAllLines(mix.file());
        } catch (IOException e) {
            throw new InputException(mix.file(), 0, null, "cannot read the placement file: " + e.getMessage(), null);
        }
        List<String> species = new ArrayList<>();
        for (int ln = 0; ln < lines.size(); ln++) {
            String t = lines.get(ln).replaceFirst("#.*", "").trim();
            if (t.isEmpty()) continue;
            if (!mix.fractions().containsKey(t)) {
                throw new InputException(mix.file(), ln + 1, null, "'" + t + "' is not a species of site "
                        + mix.siteLabel() + " (" + String.join(", ", mix.fractions().keySet()) + ")",
                        "one species per line, named as under mixtures[].species");
            }
            species.add(t);
        }
        if (species.size() != sites) {
            throw new InputException(mix.file(), 0, null, "has " + species.size() + " species, the supercell has "
                    + sites + " " + mix.siteLabel() + " sites", "one line per site, in the order 'ionhop lattice' "
                    + "and the HDF5 /host_disorder group list them");
        }
        for (Map.Entry<String, Double> e : mix.fractions().entrySet()) {
            long n = species.stream().filter(e.getKey()::equals).count();
            if (Math.abs(n - e.getValue() * sites) >= 1.0) {
                throw new InputException(mix.where().file(), mix.where().line(), mix.where().keyPath() + ".species",
                        String.format(Locale.ROOT, "the placement file %s has %s on %d of %d sites (%.4f), the deck "
                                + "says %.4f", mix.file(), e.getKey(), n, sites, n / (double) sites, e.getValue()),
                        "make the fractions match the file");
            }
        }
        return species.toArray(new String[0]);
    }

    private void requireUnambiguousShell(HostDisorderSpec.CountRule rule) {
        for (MixedSites m : mixed) {
            double max = m.sites().largestUnambiguousShellAngstrom();
            if (rule.shellAngstrom() > max) {
                throw rule.where().error(String.format(Locale.ROOT, "shell_angstrom %.3f Å is more than half the "
                                + "supercell's smallest plane spacing (%.3f Å): a host site and its own periodic "
                                + "image would both be counted", rule.shellAngstrom(), max),
                        "use a smaller shell or a larger supercell");
            }
        }
    }

    /** Counts host sites holding the rule's species within its shell (inclusive) of a point, over all mixtures. */
    private Counter counter(HostDisorderSpec.CountRule rule) {
        List<HostSites.Counter> parts = new ArrayList<>();
        for (MixedSites m : mixed) {
            boolean[] selected = new boolean[m.species().length];
            for (int i = 0; i < selected.length; i++) selected[i] = m.species()[i].equals(rule.species());
            parts.add(m.sites().counter(selected, rule.shellAngstrom()));
        }
        return (x, y, z) -> {
            int n = 0;
            for (HostSites.Counter c : parts) n += c.countWithin(x, y, z, SHELL_TOLERANCE_ANGSTROM);
            return n;
        };
    }

    private interface Counter {
        int count(double x, double y, double z);
    }

    private static void requireTableCovers(HostDisorderSpec.CountRule rule, int[] counts, String key, String around) {
        int max = 0;
        for (int c : counts) max = Math.max(max, c);
        if (max >= rule.shiftsEv().size()) {
            throw rule.where().error(String.format(Locale.ROOT, "%s lists shifts for 0..%d %s within %.3f Å, but the "
                                    + "realised host has a %s with %d", key, rule.shiftsEv().size() - 1,
                            rule.species(), rule.shellAngstrom(), around, max),
                    "give " + key + " one entry for every count up to the number of host sites in the shell "
                            + "(counts beyond the list are an error, never extrapolated)");
        }
    }

    @Override
    public void applyTo(EnergyLandscape.Builder landscape, HopNetwork network) {
        for (int r = 0; r < barrierRules.size(); r++) {
            List<Double> shift = barrierRules.get(r).shiftsEv();
            for (int h = 0; h < network.hopCount(); h++) {
                // addKraBarrierEv changes the hop and its reverse: once per pair (a self-reverse hop counts once).
                if (landscape.reverseHop(h) >= h) landscape.addKraBarrierEv(h, shift.get(hopCount[r][h]));
            }
        }
        for (int r = 0; r < siteRules.size(); r++) {
            List<Double> shift = siteRules.get(r).shiftsEv();
            for (int s = 0; s < network.siteCount(); s++) landscape.addSiteEnergyEv(s, shift.get(siteCount[r][s]));
        }
    }

    /** The mixed host sites and their realised species, in deck order. */
    public List<MixedSites> mixedSites() { return mixed; }

    public List<HostDisorderSpec.CountRule> barrierRules() { return barrierRules; }

    public List<HostDisorderSpec.CountRule> siteEnergyRules() { return siteRules; }

    /** Count of barrier rule r's species within its shell around hop h's midpoint. */
    public int hopCount(int rule, int hop) { return hopCount[rule][hop]; }

    /** Count of site-energy rule r's species within its shell around mobile site s. */
    public int siteCount(int rule, int site) { return siteCount[rule][site]; }

    /** Realised number of sites per species of mixture m, in deck order. */
    public Map<String, Integer> composition(int m) {
        Map<String, Integer> out = new LinkedHashMap<>();
        MixedSites mix = mixed.get(m);
        for (String sp : mix.spec().fractions().keySet()) out.put(sp, 0);
        for (String sp : mix.species()) out.merge(sp, 1, Integer::sum);
        return out;
    }

    /** Undirected hops by count of barrier rule r's species around their midpoint. */
    public SortedMap<Integer, Integer> hopHistogram(int rule) {
        SortedMap<Integer, Integer> out = new TreeMap<>();
        int[] counts = hopCount[rule];
        for (int h = 0; h < counts.length; h++) if (reverseHop[h] >= h) out.merge(counts[h], 1, Integer::sum);
        return out;
    }

    /** Mobile sites by count of site-energy rule r's species around them. */
    public SortedMap<Integer, Integer> siteHistogram(int rule) {
        SortedMap<Integer, Integer> out = new TreeMap<>();
        for (int c : siteCount[rule]) out.merge(c, 1, Integer::sum);
        return out;
    }
}
