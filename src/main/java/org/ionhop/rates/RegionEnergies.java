package org.ionhop.rates;

import java.util.List;

import org.ionhop.deck.Deck;
import org.ionhop.deck.HopClassSpec;
import org.ionhop.deck.RegionsSpec;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.RegionMap;

/**
 * The energies a region map gives every site and hop (docs/deck.md, "regions"):
 * <ul>
 * <li>E_KRA of a hop inside one phase: that phase's value for the hop's class (its own
 *   {@code hop_classes} entry, else bulk E_KRA × barrier_scale + barrier_shift_eV);</li>
 * <li>E_KRA of a hop that crosses a boundary between phases, or has an end in an interface band:
 *   the interface's value, formed the same way from the bulk. One value per hop and its reverse
 *   (the saddle is shared), so detailed balance holds however the ends' energies differ;</li>
 * <li>site energy: the phase's {@code site_energies_eV} for the label (else the bulk one) plus its
 *   {@code site_energy_shift_eV}; in a band, the interface's value for the label (else the
 *   phase's) plus the interface's shift.</li>
 * </ul>
 * The barrier of hop i→j is then E_KRA + (E_j − E_i)/2 ({@link TransitionRate}).
 */
public final class RegionEnergies {
    private final RegionMap map;
    private final double[][] kraEv;   // [zone][class]
    private final double[][] nuHz;    // [zone][class]
    private final double[] siteEnergyEv;

    private RegionEnergies(RegionMap map, double[][] kraEv, double[][] nuHz, double[] siteEnergyEv) {
        this.map = map;
        this.kraEv = kraEv;
        this.nuHz = nuHz;
        this.siteEnergyEv = siteEnergyEv;
    }

    /**
     * @param bulk the deck's top-level barriers (per class)
     * @throws org.ionhop.common.InputException when a region's hop class entry matches no class, or
     *         a scale/shift makes a barrier negative
     */
    public static RegionEnergies of(Deck deck, HopNetwork network, RegionMap map, BarrierAssignment bulk) {
        return of(deck, network, map, bulk.kraEv(), bulk.attemptFrequencyHz());
    }

    /** As {@link #of(Deck, HopNetwork, RegionMap, BarrierAssignment)} with the bulk E_KRA (eV) and ν (Hz) per class. */
    public static RegionEnergies of(Deck deck, HopNetwork network, RegionMap map, double[] bulkKra, double[] bulkNu) {
        RegionsSpec spec = deck.regions();
        List<HopClass> classes = network.classes();
        int zones = map.zoneCount();
        double[][] kra = new double[zones][];
        double[][] nu = new double[zones][];
        for (int z = 0; z < zones; z++) {
            boolean phase = z < map.phaseCount();
            RegionsSpec.Energies e = phase ? spec.phases().get(z).energies()
                    : spec.interfaces().get(z - map.phaseCount()).energies();
            String owner = phase ? "phase " + spec.phases().get(z).name()
                    : "interface " + spec.interfaces().get(z - map.phaseCount()).name();
            kra[z] = new double[classes.size()];
            nu[z] = bulkNu.clone();
            for (int k = 0; k < classes.size(); k++) {
                kra[z][k] = bulkKra[k] * e.barrierScale() + e.barrierShiftEv();
                if (kra[z][k] < 0) {
                    throw (phase ? spec.phases().get(z).where() : spec.interfaces().get(z - map.phaseCount()).where())
                            .error(String.format("%s: barrier_scale and barrier_shift_eV make E_KRA of %s negative (%.3f eV)",
                                    owner, classes.get(k).describe(), kra[z][k]),
                                    "give that class its own barrier in this entry's hop_classes, or a smaller shift");
                }
            }
            for (HopClassSpec entry : e.hopClasses()) {
                boolean any = false;
                for (HopClass c : classes) {
                    if (!entry.matches(c.fromLabel(), c.toLabel(), c.lengthAngstrom())) continue;
                    any = true;
                    kra[z][c.index()] = entry.barrierEv().getAsDouble();
                    if (entry.attemptFrequencyHz().isPresent()) nu[z][c.index()] = entry.attemptFrequencyHz().getAsDouble();
                }
                if (!any) {
                    throw entry.where().error(owner + ": " + entry.describe() + " matches no hop class of the network; "
                                    + "it has: " + String.join(", ", classes.stream().map(HopClass::describe).toList()),
                            "correct from/to or length_angstrom (as './ionhop lattice' prints them)");
                }
            }
        }
        double[] site = new double[network.siteCount()];
        int[] type = network.siteType();
        List<String> labels = network.siteLabels();
        for (int s = 0; s < site.length; s++) {
            String label = labels.get(type[s]);
            RegionsSpec.Energies p = spec.phases().get(map.phaseOf(s)).energies();
            double e = p.siteEnergiesEv().getOrDefault(label, deck.siteEnergyEv(label)) + p.siteEnergyShiftEv();
            int band = map.bandOf(s);
            if (band >= 0) {
                RegionsSpec.Energies i = spec.interfaces().get(band).energies();
                e = i.siteEnergiesEv().containsKey(label) ? i.siteEnergiesEv().get(label) : e;
                e += i.siteEnergyShiftEv();
            }
            site[s] = e;
        }
        return new RegionEnergies(map, kra, nu, site);
    }

    public RegionMap map() { return map; }

    /** Energy of an ion on this site, eV. */
    public double siteEnergyEv(int site) { return siteEnergyEv[site]; }

    /** E_KRA of a hop of class {@code hopClass} between these sites, eV (symmetric in the two sites). */
    public double kraBarrierEv(int from, int to, int hopClass) {
        return kraEv[zone(from, to)][hopClass];
    }

    /** Attempt frequency of that hop, Hz. */
    public double attemptFrequencyHz(int from, int to, int hopClass) {
        return nuHz[zone(from, to)][hopClass];
    }

    /** E_KRA of class {@code hopClass} in zone {@code zone}, eV (for reports). */
    public double zoneKraEv(int zone, int hopClass) { return kraEv[zone][hopClass]; }

    private int zone(int from, int to) {
        int i = map.interfaceOfHop(from, to);
        return i >= 0 ? map.phaseCount() + i : map.phaseOf(from);
    }
}
