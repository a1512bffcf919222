package org.ionhop.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ionhop.common.InputException;
import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.StandardLattices;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/** The supercell network: array invariants, reverse hops, site counts, and the user errors. */
class HopNetworkBuilderTest {
    private static final String A = StandardLattices.LABEL;

    private static Crystal spinel() {
        double a = 11.1;
        return Crystal.expand("spinel", null, Cell.fromParameters(a, a, a, 90, 90, 90), StandardLattices.fd3m(),
                List.of(new AtomSite("Mg", "Mg", new double[] {0.125, 0.125, 0.125}, 1, 0),
                        new AtomSite("Sc", "Sc", new double[] {0.5, 0.5, 0.5}, 1, 0)))
                .withExtraSites(List.of(new AtomSite("oct", "Mg", new double[] {0, 0, 0}, 1, 0)));
    }

    @Test
    void supercellHasOneCopyOfTheNetworkSitesPerCell() {
        HopNetwork fcc = new HopNetworkBuilder(StandardLattices.fcc(3)).mobileLabels(List.of(A))
                .cutoffAngstrom(2.5).supercell(3, 4, 5).build();
        assertEquals(3 * 4 * 5 * 4, fcc.siteCount());
        assertEquals(12 * fcc.siteCount(), fcc.hopCount());
        HopNetwork spinel = new HopNetworkBuilder(spinel()).mobileLabels(List.of("Mg", "oct"))
                .cutoffAngstrom(2.5).supercell(2, 2, 2).build();
        assertEquals(8 * (8 + 16), spinel.siteCount());
        assertEquals(List.of("Mg", "oct"), spinel.siteLabels());
    }

    @Test
    void networkArraysAreConsistentAndEveryHopHasItsReverse() {
        HopNetwork net = new HopNetworkBuilder(spinel()).mobileLabels(List.of("Mg", "oct"))
                .cutoffAngstrom(4.0).supercell(2, 2, 3).build();
        assertInvariants(net);
        HopNetwork hcp = new HopNetworkBuilder(StandardLattices.hcp(3, 1.6)).mobileLabels(List.of(A))
                .cutoffAngstrom(5.5).supercell(5, 5, 3).build();
        assertInvariants(hcp);
    }

    /**
     * Sorted CSR; targets in range; |vector| = class length; source + vector lands on the target
     * modulo the supercell; no hop repeats a target; each hop i→j has j→i with −vector, same class.
     */
    static void assertInvariants(HopNetwork net) {
        int[] start = net.hopStart(), target = net.hopTarget(), cls = net.hopClass();
        double[] r = net.siteCartesian(), v = net.hopVector();
        assertEquals(0, start[0]);
        assertEquals(net.hopCount(), start[net.siteCount()]);
        Cell box = net.supercellCell();
        for (int i = 0; i < net.siteCount(); i++) {
            assertTrue(start[i] <= start[i + 1]);
            Set<Integer> targets = new HashSet<>();
            for (int h = start[i]; h < start[i + 1]; h++) {
                int j = target[h];
                assertTrue(targets.add(j), "site " + i + " reaches site " + j + " twice");
                HopClass c = net.classes().get(cls[h]);
                Vector3d d = new Vector3d(v[3 * h], v[3 * h + 1], v[3 * h + 2]);
                assertEquals(c.lengthAngstrom(), d.length(), 1e-9);
                String label = net.siteLabels().get(net.siteType()[i]);
                assertTrue(label.equals(c.fromLabel()) || label.equals(c.toLabel()));
                Vector3d miss = box.toFractional(new Vector3d(r[3 * i] + d.x - r[3 * j], r[3 * i + 1] + d.y - r[3 * j + 1],
                        r[3 * i + 2] + d.z - r[3 * j + 2]), new Vector3d());
                assertEquals(0, miss.x - Math.rint(miss.x), 1e-9);
                assertEquals(0, miss.y - Math.rint(miss.y), 1e-9);
                assertEquals(0, miss.z - Math.rint(miss.z), 1e-9);
                boolean reverse = false;
                for (int k = start[j]; k < start[j + 1]; k++) {
                    reverse |= target[k] == i && cls[k] == cls[h] && Math.abs(v[3 * k] + d.x) < 1e-9
                            && Math.abs(v[3 * k + 1] + d.y) < 1e-9 && Math.abs(v[3 * k + 2] + d.z) < 1e-9;
                }
                assertTrue(reverse, "hop " + i + "->" + j + " has no reverse");
            }
        }
        int[] perClass = new int[net.classes().size()];
        for (int c : cls) perClass[c]++;
        int cells = net.supercell()[0] * net.supercell()[1] * net.supercell()[2];
        for (HopClass c : net.classes()) assertEquals(2 * c.countPerCell() * cells, perClass[c.index()], c.describe());
    }

    @Test
    void millionSiteSimpleCubicNetworkIsBuiltByTranslation() {
        HopNetwork net = new HopNetworkBuilder(StandardLattices.simpleCubic(2.5)).mobileLabels(List.of(A))
                .cutoffAngstrom(2.6).supercell(100, 100, 100).build();
        assertEquals(1_000_000, net.siteCount());
        assertEquals(6_000_000, net.hopCount());
        assertEquals(6, net.maxHopsPerSite());
        // Site (99,0,0) hops across the boundary to (0,0,0) along +a: indices cell*1 with cell=(c1*n2+c2)*n3+c3.
        int corner = 99 * 100 * 100;
        boolean wraps = false;
        for (int h = net.hopStart()[corner]; h < net.hopStart()[corner + 1]; h++) {
            wraps |= net.hopTarget()[h] == 0 && Math.abs(net.hopVector()[3 * h] - 2.5) < 1e-12;
        }
        assertTrue(wraps);
    }

    @Test
    void unknownLabelListsTheLabelsPresent() {
        InputException e = assertThrows(InputException.class, () -> new HopNetworkBuilder(spinel())
                .mobileLabels(List.of("Li1")).cutoffAngstrom(3).classify());
        assertTrue(e.userMessage().contains("no site labelled 'Li1'"), e.userMessage());
        assertTrue(e.userMessage().contains("Mg, Sc, oct"), e.userMessage());
    }

    @Test
    void labelsOfAnotherSpeciesAreRejected() {
        InputException e = assertThrows(InputException.class, () -> new HopNetworkBuilder(spinel()).species("Mg")
                .mobileLabels(List.of("Mg", "Sc")).cutoffAngstrom(3).classify());
        assertTrue(e.userMessage().contains("site Sc is Sc, not Mg"), e.userMessage());
    }

    @Test
    void emptyNetworkAndUnknownSpeciesAreRejected() {
        InputException none = assertThrows(InputException.class, () -> new HopNetworkBuilder(spinel())
                .cutoffAngstrom(3).classify());
        assertTrue(none.userMessage().contains("no sites"), none.userMessage());
        InputException li = assertThrows(InputException.class, () -> new HopNetworkBuilder(spinel()).species("Li")
                .cutoffAngstrom(3).classify());
        assertTrue(li.userMessage().contains("no site of species Li"), li.userMessage());
    }

    @Test
    void speciesAloneSelectsAllItsLabels() {
        List<HopClass> c = new HopNetworkBuilder(spinel()).species("Mg").cutoffAngstrom(2.5).classify();
        assertEquals("Mg-oct", c.get(0).fromLabel() + "-" + c.get(0).toLabel());
    }

    @Test
    void noHopWithinTheCutoffSaysTheShortestDistance() {
        InputException e = assertThrows(InputException.class, () -> new HopNetworkBuilder(StandardLattices.bcc(4))
                .mobileLabels(List.of(A)).cutoffAngstrom(3).classify());
        // bcc nearest neighbours at a√3/2 = 3.464 Å
        assertTrue(e.userMessage().contains("3.464"), e.userMessage());
    }

    @Test
    void tooSmallSupercellNamesOneThatWorks() {
        // sc a = 3, cutoff 4.5: plane spacing 3n must exceed 9, so n = 4.
        InputException e = assertThrows(InputException.class, () -> new HopNetworkBuilder(StandardLattices.simpleCubic(3))
                .mobileLabels(List.of(A)).cutoffAngstrom(4.5).supercell(2, 4, 3).build());
        assertTrue(e.userMessage().contains("supercell 2x4x3 is too small"), e.userMessage());
        assertTrue(e.userMessage().contains("at least 4x4x4"), e.userMessage());
        assertInvariants(new HopNetworkBuilder(StandardLattices.simpleCubic(3)).mobileLabels(List.of(A))
                .cutoffAngstrom(4.5).supercell(4, 4, 4).build());
    }
}
