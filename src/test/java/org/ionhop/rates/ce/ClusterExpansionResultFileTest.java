package org.ionhop.rates.ce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ionhop.output.Hdf5ResultWriter;
import org.ionhop.output.RunResult;
import org.ionhop.rates.DeckModel;
import org.ionhop.run.RunListener;
import org.ionhop.run.RunOptions;
import org.ionhop.run.RunPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jhdf.HdfFile;

/** A run with a cluster expansion stores its orbits, multiplicities and ECIs in /cluster_expansion, with units. */
class ClusterExpansionResultFileTest {

    @Test
    void theResultFileHoldsEveryOrbitAndKraClusterAsLatticeShowsThem(@TempDir Path dir) throws Exception {
        Path deck = dir.resolve("deck.yaml");
        Files.writeString(deck, CeDecks.square(dir, "{ions: 6}", 600, CeDecks.fullExpansion("spin")));
        RunResult result = RunPipeline.forDeck(deck, RunOptions.defaults(), RunListener.SILENT).run();
        Path h5 = dir.resolve("r.h5");
        new Hdf5ResultWriter().write(h5, result);
        DeckModel m = CeDecks.build(dir, Files.readString(deck));
        List<ClusterOrbit> orbits = m.clusterExpansion().orbits();
        try (HdfFile f = new HdfFile(h5)) {
            var g = (io.jhdf.api.Group) f.getByPath("/cluster_expansion");
            assertEquals("spin", g.getAttribute("basis").getData());
            assertEquals(0.1, (double) g.getAttribute("constant_eV").getData());
            int[] perCell = (int[]) f.getDatasetByPath("/cluster_expansion/orbit_multiplicity_per_cell").getData();
            double[] eci = (double[]) f.getDatasetByPath("/cluster_expansion/orbit_eci").getData();
            assertEquals(orbits.size(), perCell.length);
            for (int k = 0; k < orbits.size(); k++) {
                assertEquals(orbits.get(k).multiplicityPerCell(), perCell[k]);
                assertEquals(orbits.get(k).eciEv(), eci[k]);
            }
            // square lattice (one Li per cell): points 1, nearest and diagonal pairs 2 each per cell
            assertArrayEquals(new int[] {1, 2, 2}, java.util.Arrays.copyOf(perCell, 3));
            assertEquals("eV", f.getDatasetByPath("/cluster_expansion/orbit_eci").getAttribute("units").getData());
            String[] sites = (String[]) f.getDatasetByPath("/cluster_expansion/orbit_sites").getData();
            assertEquals("Li1 X1=I", sites[4]);
            int[] perHop = (int[]) f.getDatasetByPath("/cluster_expansion/kra_clusters_per_hop").getData();
            assertEquals(m.clusterExpansion().kraClusters().size(), perHop.length);
        }
    }
}
