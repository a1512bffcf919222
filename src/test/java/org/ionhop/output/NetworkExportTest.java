package org.ionhop.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.ionhop.PythonReference;
import org.ionhop.common.InputException;
import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.SpaceGroup;
import org.ionhop.deck.Deck;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HopNetworkBuilder;
import org.ionhop.rates.DeckModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network exports read back by independent readers: pymatgen for the CIF, ASE for extended XYZ
 * and for the LAMMPS data file (plus the data file's own format rules). Re-read, each gives the
 * same sites and the same hops: the CIF's neighbour shells within the cutoff are the hops of one
 * cell, the extxyz's per-atom hop counts and positions are the network's, and the data file's bonds
 * are the network's hops with, under the minimum image of the LAMMPS box, the hop lengths (which
 * fails if a tilt factor is wrong). Cases: the spinel deck (cubic, extra 16c sites), hexagonal
 * LiBH4 (xy tilt) and a triclinic P1 cell (xy, xz and yz tilts).
 */
class NetworkExportTest {
    @TempDir
    Path dir;

    private static NetworkView deckView(String deck) {
        DeckModel model = DeckModel.build(Deck.load(Path.of(deck)));
        Set<String> extra = new java.util.HashSet<>();
        model.deck().network().extraSites().forEach(e -> extra.add(e.label()));
        Map<String, Double> energies = new HashMap<>();
        for (String l : model.network().siteLabels()) energies.put(l, model.deck().siteEnergyEv(l));
        return NetworkView.of(model.crystal(), model.network(), model.deck().species().element(), extra, energies);
    }

    /** A triclinic cell (all three tilts non-zero) with two Li sites, an interstitial and a Cl host atom. */
    private static NetworkView triclinicView() {
        Cell cell = Cell.fromParameters(5.1, 5.7, 6.3, 78, 84, 107);
        List<AtomSite> asu = List.of(
                new AtomSite("Li1", "Li", new double[] {0.1, 0.2, 0.3}, 1.0, 0),
                new AtomSite("Li2", "Li", new double[] {0.6, 0.55, 0.8}, 0.5, 0),
                new AtomSite("Cl1", "Cl", new double[] {0.4, 0.9, 0.05}, 1.0, 0));
        Crystal crystal = Crystal.expand("triclinic test", null, cell, SpaceGroup.p1(), asu)
                .withExtraSites(List.of(new AtomSite("i1", "Li", new double[] {0.35, 0.35, 0.55}, 1.0, 0)));
        HopNetworkBuilder b = new HopNetworkBuilder(crystal).species("Li").mobileLabels(List.of("Li1", "Li2", "i1"))
                .cutoffAngstrom(5.2);
        int[] n = b.smallestValidSupercell();
        HopNetwork network = b.supercell(n[0], n[1], n[2]).build();
        return NetworkView.of(crystal, network, "Li", Set.of("i1"), Map.of("i1", 0.25));
    }

    private List<NetworkView> cases() {
        return List.of(deckView("inputs/MgSc2Se4_Mg_vacancy.yaml"), deckView("inputs/LiBH4_P63mc_Li_vacancy.yaml"),
                triclinicView());
    }

    @Test
    void formatFollowsTheExtensionAndUnknownExtensionsAreRefused() {
        assertEquals(NetworkExport.Format.CIF, NetworkExport.Format.of(Path.of("a/b.CIF"), "--export"));
        assertEquals(NetworkExport.Format.LAMMPS_DATA, NetworkExport.Format.of(Path.of("b.lmp"), "--export"));
        assertEquals(NetworkExport.Format.LAMMPS_DATA, NetworkExport.Format.of(Path.of("b.data"), "--export"));
        assertEquals(NetworkExport.Format.EXTXYZ, NetworkExport.Format.of(Path.of("b.extxyz"), "--export"));
        InputException e = assertThrows(InputException.class, () -> NetworkExport.Format.of(Path.of("b.pdb"), "--export"));
        assertTrue(e.userMessage().contains(".cif") && e.userMessage().contains(".extxyz"), e.userMessage());
    }

    @Test
    void cifReadByPymatgenHasTheSitesAndTheHopsOfOneCell() throws Exception {
        PythonReference.require("pymatgen.io.cif", "python3-pymatgen");
        String script = String.join("\n",
                "import json, sys, warnings",
                "warnings.simplefilter('ignore')",
                "from pymatgen.io.cif import CifParser",
                "from pymatgen.core import Structure",
                "out = []",
                "for path, symbols, cutoff in zip(sys.argv[1::3], sys.argv[2::3], sys.argv[3::3]):",
                "    s = CifParser(path).get_structures(primitive=False)[0]",
                "    net = set(symbols.split(','))",
                "    sites = [{'symbol': str(list(x.species.keys())[0]).rstrip('0+-'), 'frac': [float(v) for v in x.frac_coords],",
                "              'occ': float(sum(x.species.values()))} for x in s]",
                "    ns = Structure(s.lattice, [x.species for x in s if sites[s.index(x)]['symbol'] in net],",
                "                   [x.frac_coords for x in s if sites[s.index(x)]['symbol'] in net])",
                "    hops = [{'frac': [float(v) for v in ns[k].frac_coords],",
                "             'lengths': sorted(round(n.nn_distance, 3) for n in ns.get_neighbors(ns[k], float(cutoff) + 1e-3))}",
                "            for k in range(len(ns))]",
                "    out.append({'sites': sites, 'hops': hops, 'abc': list(s.lattice.abc), 'angles': list(s.lattice.angles)})",
                "print(json.dumps(out))");
        List<NetworkView> views = cases();
        List<String> args = new ArrayList<>();
        for (int c = 0; c < views.size(); c++) {
            NetworkView view = views.get(c);
            Path file = dir.resolve("net" + c + ".cif");
            NetworkExport.write(file, view);
            Set<String> symbols = new java.util.TreeSet<>();
            view.sites().forEach(s -> symbols.add(s.exportSymbol()));
            double cutoff = view.classes().stream().mapToDouble(h -> h.lengthAngstrom()).max().orElseThrow();
            args.addAll(List.of(file.toString(), String.join(",", symbols), Double.toString(cutoff)));
        }
        JsonNode all = PythonReference.json(script, args.toArray(new String[0]));
        for (int c = 0; c < views.size(); c++) {
            NetworkView view = views.get(c);
            JsonNode r = all.get(c);
            assertEquals(view.cell().lengthA(), r.at("/abc/0").asDouble(), 1e-5);
            assertEquals(view.cell().gammaDeg(), r.at("/angles/2").asDouble(), 1e-5);
            // Every site comes back with its species, position and occupancy (pymatgen may reorder them).
            List<JsonNode> read = new ArrayList<>();
            r.get("sites").forEach(read::add);
            int expectedCount = view.host().size() + view.sites().size();
            assertEquals(expectedCount, read.size(), "site count");
            for (NetworkView.HostAtom a : view.host()) assertTrue(take(read, a.element(), a.fractional(), a.occupancy()), "host " + a);
            for (NetworkView.NetworkSite s : view.sites()) {
                assertTrue(take(read, s.exportSymbol(), s.fractional(), s.extra() ? 1.0 : s.occupancy()), "network site " + s.index());
            }
            // The hops: each network site's neighbours within the cutoff are its hops of one cell.
            JsonNode hops = r.get("hops");
            assertEquals(view.sitesPerCell(), hops.size());
            for (NetworkView.NetworkSite s : view.sites()) {
                List<Double> lengths = new ArrayList<>();
                for (NetworkView.CellHop h : view.cellHops()) if (h.from() == s.index()) lengths.add(round3(h.lengthAngstrom()));
                lengths.sort(null);
                JsonNode match = null;
                for (JsonNode h : hops) if (samePosition(h.get("frac"), s.fractional())) match = h;
                assertTrue(match != null, "network site " + s.index() + " re-read");
                List<Double> got = new ArrayList<>();
                match.get("lengths").forEach(x -> got.add(x.asDouble()));
                assertEquals(lengths, got, "hops of network site " + s.index() + " (" + s.label() + ")");
            }
        }
    }

    /** Removes the read site with this symbol, position and occupancy; false when there is none. */
    private static boolean take(List<JsonNode> read, String symbol, double[] frac, double occupancy) {
        for (int i = 0; i < read.size(); i++) {
            JsonNode s = read.get(i);
            if (s.get("symbol").asText().equals(symbol) && samePosition(s.get("frac"), frac)
                    && Math.abs(s.get("occ").asDouble() - occupancy) < 1e-6) {
                read.remove(i);
                return true;
            }
        }
        return false;
    }

    private static boolean samePosition(JsonNode f, double[] frac) {
        for (int k = 0; k < 3; k++) {
            double d = f.get(k).asDouble() - frac[k];
            if (Math.abs(d - Math.rint(d)) > 1e-6) return false;
        }
        return true;
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    @Test
    void extxyzReadByAseHasPositionsLabelsEnergiesAndHopCounts() throws Exception {
        PythonReference.require("ase.io", "python3-ase");
        String script = String.join("\n",
                "import json, sys, numpy as np",
                "import ase.io",
                "from ase.neighborlist import neighbor_list",
                "a = ase.io.read(sys.argv[1], format='extxyz')",
                "net = a[a.arrays['network_site'] == 1]",
                "i, d = neighbor_list('id', net, float(sys.argv[2]) + 1e-3)",
                "counts = np.bincount(i, minlength=len(net))",
                "print(json.dumps({'n': len(a), 'cell': a.cell.array.tolist(), 'pbc': a.pbc.tolist(),",
                "  'symbols': a.get_chemical_symbols(), 'pos': a.positions.tolist(),",
                "  'label': a.arrays['site_label'].tolist(), 'energy': a.arrays['site_energy_eV'].tolist(),",
                "  'hops': a.arrays['hop_class_counts'].reshape(len(a), -1).tolist(), 'neighbours': counts.tolist()}))");
        for (NetworkView view : cases()) {
            Path file = dir.resolve("net.extxyz");
            NetworkExport.write(file, view);
            HopNetwork net = view.network();
            double cutoff = view.classes().stream().mapToDouble(c -> c.lengthAngstrom()).max().orElseThrow();
            JsonNode r = PythonReference.json(script, file.toString(), Double.toString(cutoff));
            int[] n = net.supercell();
            assertEquals(net.siteCount() + n[0] * n[1] * n[2] * view.host().size(), r.get("n").asInt());
            assertEquals(List.of(true, true, true), List.of(r.at("/pbc/0").asBoolean(), r.at("/pbc/1").asBoolean(),
                    r.at("/pbc/2").asBoolean()));
            assertEquals(net.supercellCell().vectorB().y, r.at("/cell/1/1").asDouble(), 1e-8);
            int m = view.sitesPerCell();
            for (int i = 0; i < net.siteCount(); i++) {
                NetworkView.NetworkSite s = view.sites().get(i % m);
                assertEquals(s.label(), r.at("/label/" + i).asText());
                assertEquals(s.extra() ? "X" : s.element(), r.at("/symbols/" + i).asText());
                assertEquals(s.energyEv(), r.at("/energy/" + i).asDouble(), 1e-6);
                for (int k = 0; k < 3; k++) assertEquals(net.siteCartesian()[3 * i + k], r.at("/pos/" + i + "/" + k).asDouble(), 1e-8);
                int total = 0;
                for (int c = 0; c < s.hopsPerClass().length; c++) {
                    assertEquals(s.hopsPerClass()[c], r.at("/hops/" + i + "/" + c).asInt());
                    total += s.hopsPerClass()[c];
                }
                assertEquals(net.hopStart()[i + 1] - net.hopStart()[i], total);
                // ASE's own neighbour search over the re-read network sites finds the same number of hops.
                assertEquals(total, r.at("/neighbours/" + i).asInt(), "ASE neighbours of site " + i);
            }
        }
    }

    @Test
    void lammpsDataFollowsTheFormatAndItsBondsAreTheHops() throws Exception {
        for (NetworkView view : cases()) {
            Path file = dir.resolve("net.data");
            NetworkExport.write(file, view);
            LammpsFile f = LammpsFile.parse(Files.readAllLines(file));
            HopNetwork net = view.network();
            // Format rules: counts in the header match the sections; restricted triclinic box.
            assertEquals(f.atoms.size(), f.header.get("atoms").intValue());
            assertEquals(f.bonds.size(), f.header.get("bonds").intValue());
            assertEquals(net.classes().size(), f.header.get("bond types").intValue());
            Cell box = net.supercellCell();
            assertEquals(box.lengthA(), f.lx, 1e-8);
            double bLength = Math.hypot(f.xy, f.ly);
            assertEquals(box.lengthB(), bLength, 1e-8);
            assertEquals(box.lengthC(), Math.sqrt(f.xz * f.xz + f.yz * f.yz + f.lz * f.lz), 1e-8);
            assertEquals(Math.cos(Math.toRadians(box.gammaDeg())), f.xy / bLength, 1e-9);
            // Bonds: every undirected hop once, typed by its class, of the class length under the minimum image.
            Map<Long, Integer> hops = new TreeMap<>();
            Map<Long, Double> hopLength = new HashMap<>();
            double[] v = net.hopVector();
            for (int i = 0; i < net.siteCount(); i++) {
                for (int h = net.hopStart()[i]; h < net.hopStart()[i + 1]; h++) {
                    int j = net.hopTarget()[h];
                    if (j <= i) continue;
                    hops.put((long) i * net.siteCount() + j, net.hopClass()[h]);
                    hopLength.put((long) i * net.siteCount() + j, Math.sqrt(v[3 * h] * v[3 * h] + v[3 * h + 1] * v[3 * h + 1]
                            + v[3 * h + 2] * v[3 * h + 2]));
                }
            }
            Map<Long, Integer> bonds = new TreeMap<>();
            for (int[] b : f.bonds) {
                int i = Math.min(b[1], b[2]) - 1, j = Math.max(b[1], b[2]) - 1;
                assertTrue(bonds.put((long) i * net.siteCount() + j, b[0] - 1) == null, "bond listed twice");
                double length = f.minimumImageDistance(b[1], b[2]);
                long key = (long) i * net.siteCount() + j;
                assertTrue(hopLength.containsKey(key), "bond " + i + "-" + j + " is a hop");
                assertEquals(hopLength.get(key), length, 1e-8, "bond " + i + "-" + j);
                assertEquals(net.classes().get(b[0] - 1).lengthAngstrom(), length, 1e-4, "bond " + i + "-" + j + " class length");
            }
            assertEquals(hops, bonds);
        }
    }

    @Test
    void lammpsDataReadByAseHasTheAtomsAndBonds() throws Exception {
        PythonReference.require("ase.io.lammpsdata", "python3-ase");
        String script = String.join("\n",
                "import json, sys",
                "from ase.io.lammpsdata import read_lammps_data",
                "d = read_lammps_data(sys.argv[1], style='bond')",
                "bonds = []",
                "for i, entry in enumerate(d.arrays['bonds']):",
                "    if entry == '_': continue",
                "    for b in entry.split(','):",
                "        j, t = b.rstrip(')').split('(')",
                "        bonds.append([i, int(j), int(t)])",
                "print(json.dumps({'n': len(d), 'cellpar': d.cell.cellpar().tolist(), 'bonds': bonds,",
                "                  'frac': d.get_scaled_positions(wrap=True).tolist()}))");
        for (NetworkView view : cases()) {
            Path file = dir.resolve("net.lmp");
            NetworkExport.write(file, view);
            HopNetwork net = view.network();
            JsonNode r = PythonReference.json(script, file.toString());
            Cell box = net.supercellCell();
            double[] expected = {box.lengthA(), box.lengthB(), box.lengthC(), box.alphaDeg(), box.betaDeg(), box.gammaDeg()};
            for (int k = 0; k < 6; k++) assertEquals(expected[k], r.at("/cellpar/" + k).asDouble(), 1e-6, "cell parameter " + k);
            int undirected = net.hopCount() / 2;
            assertEquals(undirected, r.get("bonds").size());
            for (JsonNode b : r.get("bonds")) {
                int i = b.get(0).asInt(), j = b.get(1).asInt();
                boolean found = false;
                for (int h = net.hopStart()[i]; h < net.hopStart()[i + 1]; h++) {
                    found |= net.hopTarget()[h] == j && net.hopClass()[h] == b.get(2).asInt() - 1;
                }
                assertTrue(found, "bond " + i + "-" + j + " is a hop of its class");
            }
            // Fractional positions agree with the network's (the box frame is a rotation of the cell's).
            for (int i = 0; i < net.siteCount(); i++) {
                double[] f = new double[3];
                LammpsData.fractional(box, net.siteCartesian()[3 * i], net.siteCartesian()[3 * i + 1],
                        net.siteCartesian()[3 * i + 2], f);
                for (int k = 0; k < 3; k++) {
                    double d = r.at("/frac/" + i + "/" + k).asDouble() - f[k];
                    assertEquals(0, d - Math.rint(d), 1e-8);
                }
            }
        }
    }

    /** A minimal reader of the data file by LAMMPS's rules (header keywords, then named sections). */
    private static final class LammpsFile {
        final Map<String, Double> header = new HashMap<>();
        double lx, ly, lz, xy, xz, yz;
        final Map<Integer, double[]> atoms = new HashMap<>();
        final List<int[]> bonds = new ArrayList<>(); // type, atom1, atom2

        static LammpsFile parse(List<String> lines) {
            LammpsFile f = new LammpsFile();
            String section = null;
            for (String raw : lines.subList(1, lines.size())) { // the first line is a comment by the format
                String line = raw.replaceFirst("#.*", "").trim();
                if (line.isEmpty()) continue;
                String[] t = line.split("\\s+");
                if (Character.isLetter(line.charAt(0))) {
                    section = raw.trim();
                    continue;
                }
                if (section == null) {
                    if (line.endsWith("xlo xhi")) f.lx = Double.parseDouble(t[1]) - Double.parseDouble(t[0]);
                    else if (line.endsWith("ylo yhi")) f.ly = Double.parseDouble(t[1]) - Double.parseDouble(t[0]);
                    else if (line.endsWith("zlo zhi")) f.lz = Double.parseDouble(t[1]) - Double.parseDouble(t[0]);
                    else if (line.endsWith("xy xz yz")) {
                        f.xy = Double.parseDouble(t[0]);
                        f.xz = Double.parseDouble(t[1]);
                        f.yz = Double.parseDouble(t[2]);
                    } else {
                        f.header.put(line.substring(t[0].length()).trim(), Double.parseDouble(t[0]));
                    }
                } else if (section.startsWith("Atoms")) {
                    assertTrue(section.equals("Atoms # bond"), "atom style named: " + section);
                    f.atoms.put(Integer.parseInt(t[0]), new double[] {Double.parseDouble(t[3]), Double.parseDouble(t[4]),
                        Double.parseDouble(t[5])});
                } else if (section.equals("Bonds")) {
                    f.bonds.add(new int[] {Integer.parseInt(t[1]), Integer.parseInt(t[2]), Integer.parseInt(t[3])});
                }
            }
            return f;
        }

        /** |r_j - r_i| under the minimum image of the triclinic box (h = [[lx,xy,xz],[0,ly,yz],[0,0,lz]]). */
        double minimumImageDistance(int i, int j) {
            double[] a = atoms.get(i), b = atoms.get(j);
            double dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
            double fz = dz / lz;
            double fy = (dy - yz * fz) / ly;
            double fx = (dx - xy * fy - xz * fz) / lx;
            fx -= Math.rint(fx);
            fy -= Math.rint(fy);
            fz -= Math.rint(fz);
            double x = lx * fx + xy * fy + xz * fz, y = ly * fy + yz * fz, z = lz * fz;
            return Math.sqrt(x * x + y * y + z * z);
        }
    }
}
