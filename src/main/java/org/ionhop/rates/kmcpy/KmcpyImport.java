package org.ionhop.rates.kmcpy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.ionhop.common.InputException;
import org.ionhop.common.Units;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalSite;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HopNetworkBuilder;
import org.ionhop.rates.HopTopology;
import org.joml.Matrix3d;
import org.joml.Vector3d;

/**
 * Turns kMCpy's input set into an IonHop model on IonHop's own structure. kMCpy names sites by
 * index (its "active sites" of the supercell), IonHop by position; the link is made from geometry
 * only: the barrier expansion's migration unit gives the offsets of a centre's environment, which
 * places the first centre's environment on IonHop's lattice; every other centre is found as the
 * site of the right species whose neighbours are the sites kMCpy lists for it. The result holds
 * kMCpy active index → IonHop network site (or host atom), so kMCpy's initial state and every event
 * can be compared one to one.
 */
public final class KmcpyImport {
    private final KmcpyInputs in;
    private final Crystal crystal;
    private final int[] supercell;
    private final HopNetwork network;
    private final LatticePositions lattice;
    private final String mobile;
    private final List<String> networkLabels = new ArrayList<>();
    private final int[] activeToPrimitive;
    private final List<String> speciesOfPrimitive = new ArrayList<>();
    private final List<List<String>> allowedOfPrimitive = new ArrayList<>();
    private final int[] eventCenter;
    private final int[] eventNeighbour;
    private final int[][] eventEnvironment;
    private final int[] occupation;           // kMCpy state index per active site
    private final long[] activeKey;            // lattice key per active site
    private final KmcpyModel model;
    private final int[] eventHop;              // IonHop hop centre -> neighbour per event
    private final double hopDistanceAngstrom;

    public KmcpyImport(KmcpyInputs inputs, Crystal crystal) {
        this.in = inputs;
        this.crystal = crystal;
        JsonNode s = inputs.settings;
        mobile = s.path("mobile_ion_specie").asText("");
        supercell = KmcpyModel.ints(s.path("supercell_shape"));
        if (supercell.length != 3) throw settingsError("supercell_shape", "must be three whole numbers");
        checkCell(inputs.kraLce);
        for (CrystalSite c : crystal.sites()) {
            if (c.element().equals(mobile) && !networkLabels.contains(c.label())) networkLabels.add(c.label());
        }
        if (networkLabels.isEmpty()) throw settingsError("mobile_ion_specie", "the structure has no " + mobile + " site");
        hopDistanceAngstrom = s.path("elementary_hop_distance").asDouble(Double.NaN);
        JsonNode meta = inputs.events.path("index_metadata");
        activeToPrimitive = KmcpyModel.ints(meta.path("active_to_primitive"));
        meta.path("species_by_primitive_site").forEach(x -> speciesOfPrimitive.add(x.asText()));
        for (JsonNode a : meta.path("allowed_species_by_primitive_site")) {
            List<String> l = new ArrayList<>();
            a.forEach(x -> l.add(x.asText()));
            allowedOfPrimitive.add(l);
        }
        if (activeToPrimitive.length == 0 || speciesOfPrimitive.isEmpty()) {
            throw new InputException(in.folder.resolve("events.json"), 0, "index_metadata",
                    "no active-site metadata", "regenerate the events with kMCpy's current generator");
        }
        JsonNode ev = inputs.events.path("events");
        eventCenter = new int[ev.size()];
        eventNeighbour = new int[ev.size()];
        eventEnvironment = new int[ev.size()][];
        for (int e = 0; e < ev.size(); e++) {
            int[] m = KmcpyModel.ints(ev.get(e).path("mobile_ion_indices"));
            eventCenter[e] = m[0];
            eventNeighbour[e] = m[1];
            eventEnvironment[e] = KmcpyModel.ints(ev.get(e).path("local_env_indices"));
        }
        occupation = initialOccupation(meta);
        double cutoff = maxNeighbourDistance() + 0.05;
        network = new HopNetworkBuilder(crystal).mobileLabels(networkLabels).cutoffAngstrom(cutoff)
                .supercell(supercell[0], supercell[1], supercell[2]).build();
        lattice = new LatticePositions(crystal, supercell, network);
        activeKey = new long[activeToPrimitive.length];
        java.util.Arrays.fill(activeKey, -1);
        model = buildModel();
        eventHop = mapEvents();
    }

    private InputException settingsError(String key, String problem) {
        return new InputException(in.folder.resolve("kmc_input.json"), 0, key, problem,
                "check kMCpy's kmc_input.json and the structure given to the import");
    }

    /** kMCpy's primitive lattice (rows) must be IonHop's cell: then fractional offsets carry over. */
    private void checkCell(JsonNode lce) {
        JsonNode m = lce.path("center_site").path("lattice").path("matrix");
        if (m.size() != 3) return;
        double[][] rows = {KmcpyModel.doubles(m.get(0)), KmcpyModel.doubles(m.get(1)), KmcpyModel.doubles(m.get(2))};
        double[] len = new double[3];
        for (int i = 0; i < 3; i++) len[i] = Math.sqrt(rows[i][0] * rows[i][0] + rows[i][1] * rows[i][1] + rows[i][2] * rows[i][2]);
        double[] ours = {crystal.cell().lengthA(), crystal.cell().lengthB(), crystal.cell().lengthC()};
        double[] angles = {angle(rows[1], rows[2]), angle(rows[0], rows[2]), angle(rows[0], rows[1])};
        double[] ourAngles = {crystal.cell().alphaDeg(), crystal.cell().betaDeg(), crystal.cell().gammaDeg()};
        for (int i = 0; i < 3; i++) {
            if (Math.abs(len[i] - ours[i]) > 0.01 || Math.abs(angles[i] - ourAngles[i]) > 0.05) {
                throw new InputException(crystal.source(), 0, null, String.format("the structure's cell (%.4f %.4f %.4f Å, "
                                + "%.3f %.3f %.3f°) is not kMCpy's primitive cell (%.4f %.4f %.4f Å, %.3f %.3f %.3f°)",
                        ours[0], ours[1], ours[2], ourAngles[0], ourAngles[1], ourAngles[2], len[0], len[1], len[2],
                        angles[0], angles[1], angles[2]),
                        "give a structure in kMCpy's primitive cell (for NASICON: lattices/NASICON_Na4Zr2Si3O12_R-3c_rhombohedral.cif)");
            }
        }
        kmcpyLattice = new Matrix3d(rows[0][0], rows[0][1], rows[0][2], rows[1][0], rows[1][1], rows[1][2],
                rows[2][0], rows[2][1], rows[2][2]); // columns = lattice vectors
    }

    private Matrix3d kmcpyLattice;

    private static double angle(double[] a, double[] b) {
        double d = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        return Math.toDegrees(Math.acos(d / Math.sqrt((a[0] * a[0] + a[1] * a[1] + a[2] * a[2]) * (b[0] * b[0] + b[1] * b[1] + b[2] * b[2]))));
    }

    private int[] initialOccupation(JsonNode meta) {
        JsonNode st = in.initialState;
        int[] raw = KmcpyModel.ints(st.has("occupations") ? st.get("occupations") : st.path("occupation"));
        if (raw.length == activeToPrimitive.length) return raw;
        int[] toOriginal = KmcpyModel.ints(meta.path("active_to_original"));
        if (raw.length == meta.path("original_site_count").asInt(-1) && toOriginal.length == activeToPrimitive.length) {
            int[] out = new int[toOriginal.length];
            for (int a = 0; a < out.length; a++) out[a] = raw[toOriginal[a]];
            return out;
        }
        throw new InputException(in.folder.resolve("initial_state.json"), 0, "occupation", "has " + raw.length
                + " entries; kMCpy's active sites are " + activeToPrimitive.length, "use the initial state of this event set");
    }

    /** Template offsets of the barrier expansion's environment, in IonHop's fractional coordinates. */
    private double[][] templateOffsets() {
        JsonNode sites = in.kraLce.has("migration_unit_structure") ? in.kraLce.get("migration_unit_structure").path("sites")
                : in.kraLce.path("MigrationUnit_structure").path("sites");
        Matrix3d inv = new Matrix3d(kmcpyLattice).invert();
        double[][] out = new double[sites.size()][];
        for (int k = 0; k < out.length; k++) {
            double[] xyz = KmcpyModel.doubles(sites.get(k).path("xyz"));
            Vector3d f = inv.transform(new Vector3d(xyz[0], xyz[1], xyz[2]));
            out[k] = new double[] {f.x, f.y, f.z};
        }
        return out;
    }

    private double maxNeighbourDistance() {
        double d = Double.isNaN(hopDistanceAngstrom) ? 0 : hopDistanceAngstrom;
        return Math.max(d, 1.0);
    }

    private String speciesOfActive(int a) { return speciesOfPrimitive.get(activeToPrimitive[a]); }

    private List<String> statesOfActive(int a) { return allowedOfPrimitive.get(activeToPrimitive[a]); }

    private KmcpyModel buildModel() {
        Map<Integer, int[]> envOfCenter = new LinkedHashMap<>();
        for (int e = 0; e < eventCenter.length; e++) {
            int[] prev = envOfCenter.putIfAbsent(eventCenter[e], eventEnvironment[e]);
            if (prev != null && !java.util.Arrays.equals(prev, eventEnvironment[e])) {
                throw new InputException(in.folder.resolve("events.json"), 0, "local_env_indices", "two events of centre "
                        + eventCenter[e] + " list different environments", "kMCpy events share the centre's environment");
            }
        }
        double[][] template = templateOffsets();
        Map<Integer, Long> centerKey = new HashMap<>();
        Map<Integer, double[][]> offsetsOfPrimitive = new HashMap<>();
        // First centre: place the template on a site of the centre's species in cell 0.
        int first = eventCenter[0];
        int[] firstEnv = envOfCenter.get(first);
        if (template.length != firstEnv.length) {
            throw new InputException(in.folder.resolve("events.json"), 0, "local_env_indices", "environments have "
                    + firstEnv.length + " sites, the barrier expansion " + template.length, "use matching kMCpy files");
        }
        for (int k = 0; k < crystal.sites().size() && !centerKey.containsKey(first); k++) {
            CrystalSite c = crystal.sites().get(k);
            if (!c.element().equals(speciesOfActive(first))) continue;
            long key = lattice.key(k, 0, 0, 0);
            long[] env = placeAt(key, template, firstEnv);
            if (env == null) continue;
            centerKey.put(first, key);
            offsetsOfPrimitive.put(activeToPrimitive[first], template);
            assign(first, key);
            for (int i = 0; i < env.length; i++) assign(firstEnv[i], env[i]);
        }
        if (!centerKey.containsKey(first)) {
            throw new InputException(crystal.source(), 0, null, "kMCpy's migration unit does not fit any "
                    + speciesOfActive(first) + " site of this structure", "give the structure kMCpy's model was built on");
        }
        boolean progress = true;
        boolean translate = false;
        while ((progress || !translate) && centerKey.size() < envOfCenter.size()) {
            // When nothing links an image of a placed centre to what is known, place it by a lattice
            // translation of the supercell (kMCpy's images of one primitive site are translations).
            if (!progress) translate = true;
            boolean translateNow = !progress && translate;
            progress = false;
            if (translateNow) {
                for (var entry : envOfCenter.entrySet()) {
                    int c = entry.getKey();
                    double[][] known = offsetsOfPrimitive.get(activeToPrimitive[c]);
                    if (centerKey.containsKey(c) || known == null) continue;
                    long placedTwin = centerKey.entrySet().stream().filter(x -> activeToPrimitive[x.getKey()] == activeToPrimitive[c])
                            .mapToLong(Map.Entry::getValue).findFirst().orElse(-1);
                    if (placedTwin < 0) continue;
                    int site = lattice.siteOf(placedTwin);
                    for (int a = 0; a < supercell[0] && !centerKey.containsKey(c); a++) {
                        for (int b = 0; b < supercell[1] && !centerKey.containsKey(c); b++) {
                            for (int d = 0; d < supercell[2] && !centerKey.containsKey(c); d++) {
                                long key = lattice.key(site, a, b, d);
                                if (centerKey.containsValue(key)) continue;
                                long[] placed = placeAt(key, known, entry.getValue());
                                if (placed == null || !free(placed, entry.getValue())) continue;
                                centerKey.put(c, key);
                                assign(c, key);
                                for (int i = 0; i < placed.length; i++) assign(entry.getValue()[i], placed[i]);
                                progress = true;
                            }
                        }
                    }
                    if (progress) break;
                }
                continue;
            }
            for (var entry : envOfCenter.entrySet()) {
                int c = entry.getKey();
                if (centerKey.containsKey(c)) continue;
                int[] env = entry.getValue();
                double[][] known = offsetsOfPrimitive.get(activeToPrimitive[c]);
                if (known != null) {
                    for (int k = 0; k < env.length && !centerKey.containsKey(c); k++) {
                        if (activeKey[env[k]] < 0) continue;
                        double[] p = lattice.position(activeKey[env[k]]);
                        long key = lattice.find(new double[] {p[0] - known[k][0], p[1] - known[k][1], p[2] - known[k][2]}, null);
                        long[] placed = key < 0 ? null : placeAt(key, known, env);
                        if (placed == null) continue;
                        centerKey.put(c, key);
                        assign(c, key);
                        for (int i = 0; i < env.length; i++) assign(env[i], placed[i]);
                        progress = true;
                    }
                } else if (resolveByNeighbours(c, env, centerKey, offsetsOfPrimitive)) {
                    progress = true;
                }
            }
        }
        if (centerKey.size() < envOfCenter.size()) {
            throw new InputException(in.folder.resolve("events.json"), 0, null, "could not place every kMCpy centre on the "
                    + "structure from the event environments", "check that the events belong to this structure and supercell");
        }
        for (int a = 0; a < activeKey.length; a++) {
            if (activeKey[a] < 0) {
                throw new InputException(in.folder.resolve("events.json"), 0, null, "kMCpy active site " + a
                        + " is in no event environment", "give the complete event file");
            }
        }
        // One IonHop centre type per kMCpy primitive centre site.
        List<KmcpyModel.Center> centers = new ArrayList<>();
        Map<Integer, Integer> crystalSiteOfPrimitive = new HashMap<>();
        for (var entry : centerKey.entrySet()) {
            int prim = activeToPrimitive[entry.getKey()];
            int site = lattice.siteOf(entry.getValue());
            Integer before = crystalSiteOfPrimitive.putIfAbsent(prim, site);
            if (before != null && before != site) {
                throw new IllegalStateException("kMCpy primitive site " + prim + " landed on two IonHop sites");
            }
        }
        for (var entry : crystalSiteOfPrimitive.entrySet()) {
            int anyCenter = centerKey.keySet().stream().filter(c -> activeToPrimitive[c] == entry.getKey()).findFirst().orElseThrow();
            int[] env = envOfCenter.get(anyCenter);
            double[][] offs = offsetsOfPrimitive.get(entry.getKey());
            List<KmcpyModel.Slot> slots = new ArrayList<>();
            for (int k = 0; k < env.length; k++) {
                List<String> states = statesOfActive(env[k]);
                slots.add(new KmcpyModel.Slot(lattice.label(activeKey[env[k]]), offs[k], states.contains(mobile), states));
            }
            CrystalSite cs = crystal.sites().get(entry.getValue());
            centers.add(new KmcpyModel.Center(cs.label(), cs.fractional(), slots));
        }
        // Host species: the first allowed species is the default, others are listed by position.
        Map<String, String> hostDefault = new LinkedHashMap<>();
        List<KmcpyModel.HostSpecies> hostSpecies = new ArrayList<>();
        for (int a = 0; a < activeKey.length; a++) {
            List<String> states = statesOfActive(a);
            if (states.contains(mobile)) continue;
            String label = lattice.label(activeKey[a]);
            hostDefault.putIfAbsent(label, states.get(0));
            String species = states.get(occupation[a]);
            if (!species.equals(hostDefault.get(label))) {
                double[] x = lattice.position(activeKey[a]);
                hostSpecies.add(new KmcpyModel.HostSpecies(label, new double[] {x[0] / supercell[0], x[1] / supercell[1],
                        x[2] / supercell[2]}, species));
            }
        }
        String vacancy = statesOfActive(first).stream().filter(x -> !x.equals(mobile)).findFirst().orElse("X");
        return new KmcpyModel("kMCpy " + in.settings.path("name").asText("model") + " (" + String.join(", ", in.filesRead) + ")",
                mobile, vacancy, centers, expansion(in.kraLce, in.kraParameters),
                in.siteLce == null ? null : expansion(in.siteLce, in.siteParameters), hostDefault, supercell, hostSpecies);
    }

    /** A centre of a new primitive type: the site of its species whose neighbours are kMCpy's listed sites. */
    private boolean resolveByNeighbours(int c, int[] env, Map<Integer, Long> centerKey, Map<Integer, double[][]> offsetsOfPrimitive) {
        for (int a : env) if (activeKey[a] < 0) return false;
        double radius = 0;
        for (double[] t : templateOffsets()) radius = Math.max(radius, lattice.lengthAngstrom(t));
        int anchor = -1;
        for (int a : env) if (lattice.networkSite(activeKey[a]) >= 0) { anchor = a; break; }
        if (anchor < 0) return false;
        for (LatticePositions.Neighbour q : lattice.neighbours(activeKey[anchor], radius + 0.05)) {
            if (q.key() < 0 || !lattice.element(q.key()).equals(speciesOfActive(c))) continue;
            if (centerKey.containsValue(q.key())) continue;
            List<LatticePositions.Neighbour> around = lattice.neighbours(q.key(), radius + 0.05);
            double[][] offs = new double[env.length][];
            boolean ok = true;
            for (int k = 0; k < env.length && ok; k++) {
                int matches = 0;
                for (LatticePositions.Neighbour n : around) {
                    if (n.key() == activeKey[env[k]]) {
                        offs[k] = n.offset();
                        matches++;
                    }
                }
                ok = matches == 1;
            }
            if (!ok) continue;
            centerKey.put(c, q.key());
            assign(c, q.key());
            offsetsOfPrimitive.put(activeToPrimitive[c], offs);
            return true;
        }
        return false;
    }

    /** Keys of the environment slots of a centre at {@code key}, or null if a slot is not an atom of the right species. */
    private long[] placeAt(long key, double[][] offsets, int[] env) {
        double[] x = lattice.position(key);
        long[] out = new long[offsets.length];
        for (int k = 0; k < offsets.length; k++) {
            long at = lattice.find(new double[] {x[0] + offsets[k][0], x[1] + offsets[k][1], x[2] + offsets[k][2]}, null);
            if (at < 0 || !lattice.element(at).equals(speciesOfActive(env[k]))) return null;
            if (activeKey[env[k]] >= 0 && activeKey[env[k]] != at) return null;
            out[k] = at;
        }
        return out;
    }

    /** Whether these atoms are free for these kMCpy sites (not taken by other kMCpy sites). */
    private boolean free(long[] keys, int[] actives) {
        for (int i = 0; i < keys.length; i++) {
            for (int a = 0; a < activeKey.length; a++) {
                if (a != actives[i] && activeKey[a] == keys[i]) return false;
            }
        }
        return true;
    }

    private void assign(int active, long key) {
        if (activeKey[active] >= 0 && activeKey[active] != key) {
            throw new InputException(in.folder.resolve("events.json"), 0, null, "kMCpy active site " + active
                    + " falls on two different atoms: the events do not match this structure", "check the inputs");
        }
        for (int a = 0; a < activeKey.length; a++) {
            if (a != active && activeKey[a] == key) {
                throw new InputException(in.folder.resolve("events.json"), 0, null, "kMCpy active sites " + a + " and "
                        + active + " fall on the same atom", "check the inputs");
            }
        }
        activeKey[active] = key;
    }

    /** kMCpy's expansion in IonHop's terms: features from the clusters, basis indices and coefficients. */
    private static LocalExpansion expansion(JsonNode lce, JsonNode parameters) {
        JsonNode clusters = lce.path("cluster_site_indices");
        JsonNode basisIdx = lce.path("correlation_basis_indices");
        JsonNode values = lce.path("site_basis_values");
        double[] keci = KmcpyModel.doubles(parameters.path("keci"));
        if (basisIdx.isMissingNode() || values.isMissingNode() || basisIdx.isNull() || values.isNull()) {
            throw new IllegalArgumentException("the expansion has no site_basis_values/correlation_basis_indices "
                    + "(an old kMCpy schema): resave it with kMCpy's current version");
        }
        if (clusters.size() != keci.length) {
            throw new IllegalArgumentException("the expansion has " + clusters.size() + " features but " + keci.length
                    + " coefficients");
        }
        List<LocalExpansion.Feature> features = new ArrayList<>();
        for (int f = 0; f < keci.length; f++) {
            features.add(new LocalExpansion.Feature(KmcpyModel.intRows(clusters.get(f)), KmcpyModel.intRows(basisIdx.get(f)),
                    keci[f]));
        }
        double[][][] basis = new double[values.size()][][];
        for (int k = 0; k < basis.length; k++) {
            basis[k] = new double[values.get(k).size()][];
            for (int s = 0; s < basis[k].length; s++) basis[k][s] = KmcpyModel.doubles(values.get(k).get(s));
        }
        return new LocalExpansion(parameters.path("empty_cluster").asDouble(), features, basis);
    }

    private int[] mapEvents() {
        int[] hops = new int[eventCenter.length];
        int[] start = network.hopStart();
        int[] target = network.hopTarget();
        for (int e = 0; e < hops.length; e++) {
            int from = networkSite(eventCenter[e]);
            int to = networkSite(eventNeighbour[e]);
            int found = -1;
            for (int h = start[from]; h < start[from + 1]; h++) {
                if (target[h] == to) {
                    if (found >= 0) {
                        throw new InputException(in.folder.resolve("kmc_input.json"), 0, "supercell_shape",
                                "the supercell is so small that two hops join the same two sites", "use a larger supercell");
                    }
                    found = h;
                }
            }
            if (found < 0) {
                throw new InputException(in.folder.resolve("events.json"), 0, "mobile_ion_indices", "event " + e
                        + " is not a hop of IonHop's network", "check the structure and the hop distance");
            }
            hops[e] = found;
        }
        return hops;
    }

    // ---- results ----

    public KmcpyModel model() { return model; }
    public HopNetwork network() { return network; }
    public Crystal crystal() { return crystal; }
    public int[] supercell() { return supercell.clone(); }
    public List<String> networkLabels() { return List.copyOf(networkLabels); }
    public double hopCutoffAngstrom() { return maxNeighbourDistance() + 0.05; }
    public int eventCount() { return eventCenter.length; }
    /** IonHop hop (centre → neighbour) of kMCpy event e. */
    public int eventHop(int e) { return eventHop[e]; }
    public int activeSiteCount() { return activeKey.length; }
    /** IonHop network site of kMCpy active site a, or -1 for a host site. */
    public int networkSite(int active) { return lattice.networkSite(activeKey[active]); }
    public double attemptFrequencyHz() { return in.settings.path("attempt_frequency").asDouble(Double.NaN); }
    public double temperatureK() { return in.settings.path("temperature").asDouble(Double.NaN); }
    public JsonNode settings() { return in.settings; }

    /** kMCpy's initial state on IonHop's network: true where an ion sits. */
    public boolean[] initialOccupied() {
        boolean[] occ = new boolean[network.siteCount()];
        for (int a = 0; a < activeKey.length; a++) {
            int s = networkSite(a);
            if (s >= 0) occ[s] = statesOfActive(a).get(occupation[a]).equals(mobile);
        }
        return occ;
    }

    /** Supercell-fractional positions of the initial ions (for a deck's start file). */
    public List<double[]> initialIonPositions() {
        List<double[]> out = new ArrayList<>();
        for (int a = 0; a < activeKey.length; a++) {
            if (networkSite(a) >= 0 && statesOfActive(a).get(occupation[a]).equals(mobile)) {
                double[] x = lattice.position(activeKey[a]);
                out.add(new double[] {x[0] / supercell[0], x[1] / supercell[1], x[2] / supercell[2]});
            }
        }
        return out;
    }

    /**
     * kMCpy's rate of every event in its initial state, by kMCpy's own indexing (occupation of the
     * listed environment sites, direction from the end points), Hz; 0 when the event cannot happen.
     * Sign convention: positive = centre → neighbour, negative value = neighbour → centre (its magnitude).
     */
    public double[] kmcpyInitialRatesHz() {
        double kT = Units.KB_EV_PER_K * temperatureK();
        double[] out = new double[eventCenter.length];
        for (int e = 0; e < out.length; e++) {
            int c = eventCenter[e], j = eventNeighbour[e];
            List<String> cs = statesOfActive(c), js = statesOfActive(j);
            String vac = model.centers().get(0).slots().stream().filter(KmcpyModel.Slot::mobile).findFirst()
                    .map(sl -> sl.states().stream().filter(x -> !x.equals(mobile)).findFirst().orElse("X")).orElse("X");
            int dir = cs.get(occupation[c]).equals(mobile) && js.get(occupation[j]).equals(vac) ? 1
                    : cs.get(occupation[c]).equals(vac) && js.get(occupation[j]).equals(mobile) ? -1 : 0;
            if (dir == 0) continue;
            int[] states = new int[eventEnvironment[e].length];
            for (int k = 0; k < states.length; k++) states[k] = occupation[eventEnvironment[e][k]];
            double k = model.kra().valueMeV(states);
            double v = model.site() == null ? 0 : model.site().valueMeV(states);
            double barrierEv = (k + dir * v / 2) / 1000.0;
            out[e] = dir * attemptFrequencyHz() * Math.exp(-barrierEv / kT);
        }
        return out;
    }

    /** Reverse of hop h on the network. */
    public int reverseHop(int h) { return new HopTopology(network).reverseHop()[h]; }
}
