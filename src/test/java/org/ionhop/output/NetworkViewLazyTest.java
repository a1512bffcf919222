package org.ionhop.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalFiles;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HopNetworkBuilder;
import org.junit.jupiter.api.Test;

/**
 * The result file's network view reads only cell 0, so building it must not expand a network that
 * repeats one cell into per-site and per-hop arrays (at 10^7 sites those arrays alone are > 1 GB and
 * were the allocation that failed after the kMC phase). The lazy accessors it uses must give exactly
 * what the expanded arrays hold, on a hexagonal cell with two sites, for every site and hop.
 */
class NetworkViewLazyTest {
    private static HopNetwork network(Crystal crystal) {
        return new HopNetworkBuilder(crystal).mobileLabels(List.of("Li1")).cutoffAngstrom(4.5).supercell(3, 4, 5).build();
    }

    @Test
    void theViewLeavesTheTemplateUnexpandedAndEqualsTheViewOfTheExpandedNetwork() {
        Crystal crystal = CrystalFiles.read(Path.of("lattices", "LiBH4_P63mc.cif"));
        HopNetwork lazy = network(crystal);
        HopNetwork expanded = network(crystal);
        expanded.siteCartesian(); // builds its tables
        assertTrue(expanded.hasTables());

        NetworkView v = NetworkView.of(crystal, lazy, "Li", Set.of(), Map.of());
        assertFalse(lazy.hasTables(), "the view must not expand the template");
        NetworkView w = NetworkView.of(crystal, expanded, "Li", Set.of(), Map.of());
        assertEquals(w.sites().size(), v.sites().size());
        for (int s = 0; s < v.sites().size(); s++) {
            assertArrayEquals(w.sites().get(s).cartesianAngstrom(), v.sites().get(s).cartesianAngstrom(), 0);
            assertArrayEquals(w.sites().get(s).hopsPerClass(), v.sites().get(s).hopsPerClass());
        }
        assertEquals(w.cellHops().size(), v.cellHops().size());
        for (int h = 0; h < v.cellHops().size(); h++) {
            assertEquals(w.cellHops().get(h).to(), v.cellHops().get(h).to());
            assertArrayEquals(w.cellHops().get(h).image(), v.cellHops().get(h).image());
            assertEquals(w.cellHops().get(h).hopClass(), v.cellHops().get(h).hopClass());
        }

        // Every site and hop of the supercell, not only cell 0.
        double[] xyz = expanded.siteCartesian();
        int[] target = expanded.hopTarget();
        for (int s = 0; s < lazy.siteCount(); s++) {
            for (int k = 0; k < 3; k++) assertEquals(xyz[3 * s + k], lazy.siteCartesianOf(s, k), 0, "site " + s);
        }
        for (int h = 0; h < lazy.hopCount(); h++) assertEquals(target[h], lazy.hopTargetOf(h), "hop " + h);
        assertFalse(lazy.hasTables());
    }
}
