package org.ionhop.rates.kmcpy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.common.InputException;
import org.ionhop.crystal.Crystal;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.HopEnvironment;
import org.ionhop.rates.HopTopology;

/**
 * A kMCpy composite local-cluster-expansion model in IonHop's terms (written by
 * {@code ionhop import-kmcpy}, read by a deck's {@code environment_model} key). Hops run between a
 * centre site (NASICON: Na1) and a neighbour (Na2). Each centre has an ordered environment of
 * slots, each an atom at a fixed offset from the centre (mobile network sites, or immobile host
 * sites with a species state); kMCpy's two expansions are evaluated over these slots with the
 * occupancy BEFORE the hop:
 *
 * <pre>  E_a = E_KRA(env) + direction · V_site(env) / 2,   direction = +1 centre → neighbour, −1 back,
 *   rate = ν exp(−E_a / k_B T)   (no clamping)</pre>
 *
 * This is exactly kMCpy's rate ({@code CompositeLCEModel.compute_probability} at commit 7761fdd).
 * It obeys detailed balance only if V_site is an energy difference of one lattice energy and
 * E_KRA is the same before and after the hop; {@link #reversalCheck()} tests the necessary part.
 */
public final class KmcpyModel {
    public static final String FORMAT = "ionhop.kmcpy_composite_lce.v1";

    /**
     * One slot of a centre's environment.
     *
     * @param label  crystal site label of the atom there
     * @param offset offset from the centre, conventional-cell fractional coordinates
     * @param mobile whether it is a network site (state = occupied / vacant) or a host site (state = species)
     * @param states kMCpy's state names in its order (mobile: e.g. [Na, X]; host: e.g. [Si, P])
     */
    public record Slot(String label, double[] offset, boolean mobile, List<String> states) {}

    /** A centre site type: its label, its position in the cell, its ordered environment. */
    public record Center(String label, double[] fractional, List<Slot> slots) {}

    /** A host site whose species differs from its label's default, in the host supercell. */
    public record HostSpecies(String label, double[] supercellFractional, String species) {}

    private final String source;
    private final String mobileSpecies;
    private final String vacancyName;
    private final List<Center> centers;
    private final LocalExpansion kra;
    private final LocalExpansion site;
    private final Map<String, String> hostDefault;
    private final int[] hostSupercell;
    private final List<HostSpecies> hostSpecies;

    public KmcpyModel(String source, String mobileSpecies, String vacancyName, List<Center> centers,
                      LocalExpansion kra, LocalExpansion site, Map<String, String> hostDefault, int[] hostSupercell,
                      List<HostSpecies> hostSpecies) {
        this.source = source;
        this.mobileSpecies = mobileSpecies;
        this.vacancyName = vacancyName;
        this.centers = List.copyOf(centers);
        this.kra = kra;
        this.site = site;
        this.hostDefault = Map.copyOf(hostDefault);
        this.hostSupercell = hostSupercell.clone();
        this.hostSpecies = List.copyOf(hostSpecies);
        for (Center c : centers) {
            if (c.slots().size() != kra.slotCount() || (site != null && c.slots().size() != site.slotCount())) {
                throw new IllegalArgumentException("centre " + c.label() + " has " + c.slots().size()
                        + " environment slots but the expansions have " + kra.slotCount());
            }
        }
    }

    public String source() { return source; }
    public List<Center> centers() { return centers; }
    public LocalExpansion kra() { return kra; }
    /** The site-energy-difference expansion, or null (then V_site = 0). */
    public LocalExpansion site() { return site; }
    public String mobileSpecies() { return mobileSpecies; }

    /** State index of slot k when its atom is in the given condition. */
    int mobileState(Slot slot, boolean occupied) {
        return slot.states().indexOf(occupied ? mobileSpecies : vacancyName);
    }

    /**
     * Forward (centre → neighbour) and backward barriers, eV, for a slot-state vector.
     *
     * @return {E_KRA + V/2, E_KRA − V/2} in eV
     */
    public double[] barriersEv(int[] stateOfSlot) {
        double k = kra.valueMeV(stateOfSlot);
        double v = site == null ? 0 : site.valueMeV(stateOfSlot);
        return new double[] {(k + v / 2) / 1000.0, (k - v / 2) / 1000.0};
    }

    /**
     * Detailed-balance check on one hop and its reverse: for the ion moving from the centre to
     * neighbour slot j and back, E_KRA must be the same before and after (the saddle is one state),
     * and the site term of the forward hop must equal the one of the backward hop seen from its own
     * starting configuration (both must be E_after − E_before of one energy). Returns null when
     * both hold for every slot and pattern (necessary, not sufficient), else the first violation.
     */
    public String reversalCheck() {
        for (Center c : centers) {
            int m = c.slots().size();
            int[] states = new int[m];
            List<Integer> mobileSlots = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                Slot s = c.slots().get(k);
                if (s.mobile()) mobileSlots.add(k);
                else states[k] = s.states().indexOf(hostDefault.getOrDefault(s.label(), s.states().get(0)));
            }
            for (int j : mobileSlots) {
                for (int p = 0; p < 1 << mobileSlots.size(); p++) {
                    for (int b = 0; b < mobileSlots.size(); b++) {
                        Slot s = c.slots().get(mobileSlots.get(b));
                        states[mobileSlots.get(b)] = mobileState(s, (p >> b & 1) != 0);
                    }
                    Slot target = c.slots().get(j);
                    states[j] = mobileState(target, false);
                    double kBefore = kra.valueMeV(states);
                    double vBefore = site == null ? 0 : site.valueMeV(states);
                    states[j] = mobileState(target, true);
                    double kAfter = kra.valueMeV(states);
                    double vAfter = site == null ? 0 : site.valueMeV(states);
                    if (Math.abs(kBefore - kAfter) > 1e-9 * (1 + Math.abs(kBefore))) {
                        return String.format("E_KRA of the hop %s -> %s (environment slot %d) is %.4f meV before the "
                                + "hop and %.4f meV for its reverse: the barrier expansion is not invariant under "
                                + "reversing the hop", c.label(), target.label(), j, kBefore, kAfter);
                    }
                    if (Math.abs(vBefore - vAfter) > 1e-9 * (1 + Math.abs(vBefore))) {
                        return String.format("the site term of the hop %s -> %s (environment slot %d) gives "
                                + "dE = %.4f meV forward but %.4f meV for the reverse hop: it is not the energy "
                                + "difference of one lattice energy", c.label(), target.label(), j, vBefore, vAfter);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The model on a network built from the same crystal: every hop between a centre and one of
     * its mobile environment slots gets a table over the pattern of its centre's mobile slots.
     *
     * @throws IllegalArgumentException when a hop is not a centre–environment hop, or the
     *         supercell is too small for the environments to be distinct sites
     */
    public HopEnvironment environment(HopNetwork network, Crystal crystal, int[] supercell) {
        LatticePositions lattice = new LatticePositions(crystal, supercell, network);
        Map<Long, String> host = hostOccupation(lattice);
        HopEnvironment.Builder b = HopEnvironment.builder(network).detailedBalance(reversalCheck() == null)
                .description("kMCpy composite local cluster expansion (" + source + ")");
        int[] source = new HopTopology(network).hopSource();
        int[] reverse = new HopTopology(network).reverseHop();
        int[] start = network.hopStart();
        int[] target = network.hopTarget();
        boolean[] covered = new boolean[network.hopCount()];
        for (int s = 0; s < network.siteCount(); s++) {
            long key = lattice.networkKey(s);
            Center c = centerAt(lattice, key);
            if (c == null) continue;
            double[] x = lattice.position(key);
            int m = c.slots().size();
            int[] states = new int[m];
            List<Integer> mobileSlots = new ArrayList<>();
            List<Integer> envSites = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                Slot slot = c.slots().get(k);
                double[] at = {x[0] + slot.offset()[0], x[1] + slot.offset()[1], x[2] + slot.offset()[2]};
                long atKey = lattice.find(at, slot.label());
                if (atKey < 0) {
                    throw new IllegalArgumentException("environment slot " + k + " (" + slot.label() + ") of the "
                            + c.label() + " site at " + fmt(x) + " is not an atom of the structure");
                }
                if (slot.mobile()) {
                    int site = lattice.networkSite(atKey);
                    if (site < 0) throw new IllegalArgumentException("slot " + k + " (" + slot.label() + ") is not a network site");
                    mobileSlots.add(k);
                    envSites.add(site);
                } else {
                    String species = host.getOrDefault(atKey, hostDefault.get(slot.label()));
                    states[k] = slot.states().indexOf(species);
                    if (states[k] < 0) {
                        throw new IllegalArgumentException("host species " + species + " is not a state of slot " + k
                                + " " + slot.states());
                    }
                }
            }
            int env;
            try {
                env = b.environment(envSites.stream().mapToInt(Integer::intValue).toArray());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the supercell is too small: the environment of a " + c.label()
                        + " site holds one site twice (periodic images); use a larger supercell", e);
            }
            int patterns = 1 << mobileSlots.size();
            double[] forward = new double[patterns];
            double[] backward = new double[patterns];
            for (int p = 0; p < patterns; p++) {
                for (int bit = 0; bit < mobileSlots.size(); bit++) {
                    int k = mobileSlots.get(bit);
                    states[k] = mobileState(c.slots().get(k), (p >> bit & 1) != 0);
                }
                double[] e = barriersEv(states);
                forward[p] = e[0];
                backward[p] = e[1];
            }
            int fwd = b.table(forward);
            int bwd = b.table(backward);
            for (int h = start[s]; h < start[s + 1]; h++) {
                if (!envSites.contains(target[h])) {
                    throw new IllegalArgumentException("the hop from the " + c.label() + " site at " + fmt(x)
                            + " to network site " + target[h] + " is not to one of its environment sites: the kMCpy "
                            + "model has no barrier for it (lower network.cutoff_angstrom)");
                }
                b.hop(h, env, fwd, patterns);
                b.hop(reverse[h], env, bwd, patterns);
                covered[h] = true;
                covered[reverse[h]] = true;
            }
        }
        for (int h = 0; h < covered.length; h++) {
            if (!covered[h]) {
                throw new IllegalArgumentException("the hop from network site " + source[h] + " to " + target[h]
                        + " does not start or end on a model centre (" + centers.get(0).label()
                        + "): the kMCpy model has no barrier for it (lower network.cutoff_angstrom)");
            }
        }
        return b.build();
    }

    private Center centerAt(LatticePositions lattice, long key) {
        double[] x = lattice.position(key);
        for (Center c : centers) {
            if (!c.label().equals(lattice.label(key))) continue;
            double[] d = {x[0] - c.fractional()[0], x[1] - c.fractional()[1], x[2] - c.fractional()[2]};
            for (int i = 0; i < 3; i++) d[i] -= Math.rint(d[i]);
            if (lattice.lengthAngstrom(d) < LatticePositions.TOLERANCE_ANGSTROM) return c;
        }
        return null;
    }

    /** Host atoms whose species is not the default, by key, tiled over the supercell. */
    private Map<Long, String> hostOccupation(LatticePositions lattice) {
        Map<Long, String> out = new HashMap<>();
        if (hostSpecies.isEmpty()) return out;
        int[] n = lattice.supercell();
        for (int i = 0; i < 3; i++) {
            if (n[i] % hostSupercell[i] != 0) {
                throw new IllegalArgumentException("the model's host configuration is given for a supercell "
                        + java.util.Arrays.toString(hostSupercell) + "; the deck's supercell " + java.util.Arrays.toString(n)
                        + " must be a multiple of it");
            }
        }
        for (HostSpecies h : hostSpecies) {
            double[] f = h.supercellFractional();
            for (int a = 0; a < n[0] / hostSupercell[0]; a++) {
                for (int b = 0; b < n[1] / hostSupercell[1]; b++) {
                    for (int c = 0; c < n[2] / hostSupercell[2]; c++) {
                        double[] x = {f[0] * hostSupercell[0] + a * hostSupercell[0],
                                f[1] * hostSupercell[1] + b * hostSupercell[1], f[2] * hostSupercell[2] + c * hostSupercell[2]};
                        long key = lattice.find(x, h.label());
                        if (key < 0) throw new IllegalArgumentException("no " + h.label() + " atom at " + fmt(f));
                        out.put(key, h.species());
                    }
                }
            }
        }
        return out;
    }

    private static String fmt(double[] x) { return String.format("(%.4f, %.4f, %.4f)", x[0], x[1], x[2]); }

    // ---- file format ----

    public void write(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("source", source);
        root.put("energy_unit", "meV");
        root.put("rate", "nu exp(-(E_KRA + direction * V_site / 2) / kT), both expansions evaluated before the hop; "
                + "direction +1 centre -> neighbour");
        root.put("mobile_species", mobileSpecies);
        root.put("vacancy_name", vacancyName);
        ArrayNode cs = root.putArray("centers");
        for (Center c : centers) {
            ObjectNode o = cs.addObject();
            o.put("label", c.label());
            array(o.putArray("fractional"), c.fractional());
            ArrayNode slots = o.putArray("environment");
            for (Slot s : c.slots()) {
                ObjectNode so = slots.addObject();
                so.put("label", s.label());
                array(so.putArray("offset_fractional"), s.offset());
                so.put("mobile", s.mobile());
                ArrayNode st = so.putArray("states");
                s.states().forEach(st::add);
            }
        }
        writeExpansion(root.putObject("kra"), kra);
        if (site != null) writeExpansion(root.putObject("site"), site);
        ObjectNode hd = root.putObject("host_default_species");
        hostDefault.forEach(hd::put);
        array(root.putArray("host_supercell"), hostSupercell);
        ArrayNode hs = root.putArray("host_species");
        for (HostSpecies h : hostSpecies) {
            ObjectNode o = hs.addObject();
            o.put("label", h.label());
            array(o.putArray("supercell_fractional"), h.supercellFractional());
            o.put("species", h.species());
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        json.writeValue(tmp.toFile(), root);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeExpansion(ObjectNode o, LocalExpansion e) {
        o.put("empty_cluster_meV", e.emptyClusterMeV());
        ArrayNode basis = o.putArray("site_basis");
        for (double[][] slot : e.basis()) {
            ArrayNode sa = basis.addArray();
            for (double[] state : slot) array(sa.addArray(), state);
        }
        ArrayNode fs = o.putArray("features");
        for (LocalExpansion.Feature f : e.features()) {
            ObjectNode fo = fs.addObject();
            fo.put("coefficient_meV", f.coefficientMeV());
            ArrayNode cl = fo.putArray("clusters");
            for (int[] c : f.clusters()) array(cl.addArray(), c);
            ArrayNode bi = fo.putArray("basis_indices");
            for (int[] c : f.basisIndex()) array(bi.addArray(), c);
        }
    }

    private static void array(ArrayNode a, double[] v) { for (double x : v) a.add(x); }

    private static void array(ArrayNode a, int[] v) { for (int x : v) a.add(x); }

    /** Reads a model file; errors name the file and the key. */
    public static KmcpyModel read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(file, e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()), null,
                    "not valid JSON: " + e.getOriginalMessage(), "write it with 'ionhop import-kmcpy'");
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot read the environment model: " + e.getMessage(),
                    "write it with 'ionhop import-kmcpy'");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new InputException(file, 0, "format", "not an IonHop kMCpy model file (format '"
                    + (root == null ? "" : root.path("format").asText()) + "')", "write it with 'ionhop import-kmcpy'");
        }
        try {
            List<Center> centers = new ArrayList<>();
            for (JsonNode c : required(root, "centers")) {
                List<Slot> slots = new ArrayList<>();
                for (JsonNode s : required(c, "environment")) {
                    List<String> states = new ArrayList<>();
                    required(s, "states").forEach(x -> states.add(x.asText()));
                    slots.add(new Slot(required(s, "label").asText(), doubles(required(s, "offset_fractional")),
                            required(s, "mobile").asBoolean(), states));
                }
                centers.add(new Center(required(c, "label").asText(), doubles(required(c, "fractional")), slots));
            }
            Map<String, String> hostDefault = new LinkedHashMap<>();
            root.path("host_default_species").fields().forEachRemaining(e -> hostDefault.put(e.getKey(), e.getValue().asText()));
            List<HostSpecies> hs = new ArrayList<>();
            for (JsonNode h : root.path("host_species")) {
                hs.add(new HostSpecies(required(h, "label").asText(), doubles(required(h, "supercell_fractional")),
                        required(h, "species").asText()));
            }
            int[] hostCell = root.has("host_supercell") ? ints(root.get("host_supercell")) : new int[] {1, 1, 1};
            return new KmcpyModel(root.path("source").asText(""), required(root, "mobile_species").asText(),
                    required(root, "vacancy_name").asText(), centers, readExpansion(required(root, "kra")),
                    root.has("site") ? readExpansion(root.get("site")) : null, hostDefault, hostCell, hs);
        } catch (IllegalArgumentException e) {
            throw new InputException(file, 0, null, e.getMessage(), "write the file with 'ionhop import-kmcpy'");
        }
    }

    static LocalExpansion readExpansion(JsonNode o) {
        JsonNode basisNode = required(o, "site_basis");
        double[][][] basis = new double[basisNode.size()][][];
        for (int k = 0; k < basis.length; k++) {
            JsonNode slot = basisNode.get(k);
            basis[k] = new double[slot.size()][];
            for (int st = 0; st < slot.size(); st++) basis[k][st] = doubles(slot.get(st));
        }
        List<LocalExpansion.Feature> features = new ArrayList<>();
        for (JsonNode f : required(o, "features")) {
            features.add(new LocalExpansion.Feature(intRows(required(f, "clusters")), intRows(required(f, "basis_indices")),
                    required(f, "coefficient_meV").asDouble()));
        }
        return new LocalExpansion(required(o, "empty_cluster_meV").asDouble(), features, basis);
    }

    static JsonNode required(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing key '" + key + "'");
        return v;
    }

    static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).asDouble();
        return v;
    }

    static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).asInt();
        return v;
    }

    static int[][] intRows(JsonNode a) {
        int[][] v = new int[a.size()][];
        for (int i = 0; i < v.length; i++) v[i] = ints(a.get(i));
        return v;
    }
}
