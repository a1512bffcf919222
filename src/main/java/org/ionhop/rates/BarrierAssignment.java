package org.ionhop.rates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ionhop.common.InputException;
import org.ionhop.deck.Deck;
import org.ionhop.deck.HopClassSpec;
import org.ionhop.deck.NebSource;
import org.ionhop.deck.SourceRef;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.neb.NebBarriers;
import org.ionhop.rates.neb.NebFormat;
import org.ionhop.rates.neb.NebProfile;
import org.ionhop.rates.neb.NebProfileReader;

/**
 * Gives every hop class of the network its E_KRA barrier and attempt frequency from the deck's
 * {@code hop_classes} entries, matched by endpoint labels (either order) and length within the
 * entry's tolerance. Every class must receive exactly one barrier; every entry must match a class.
 */
public final class BarrierAssignment {
    /** Lengths closer than this are the same length to the precision the deck can state. */
    private static final double SAME_LENGTH_ANGSTROM = 1e-4;

    private final List<AssignedBarrier> barriers;
    private final List<String> notes;

    private BarrierAssignment(List<AssignedBarrier> barriers, List<String> notes) {
        this.barriers = List.copyOf(barriers);
        this.notes = List.copyOf(notes);
    }

    /**
     * Assigns barriers to {@code classes} (in index order).
     *
     * @throws InputException when an entry matches no class, an entry matches several classes, a
     *         class gets two barriers, classes are left without a barrier (all listed, with the YAML
     *         lines to add), or an NEB profile disagrees with the deck's site energies
     */
    public static BarrierAssignment assign(Deck deck, List<HopClass> classes) {
        for (int k = 0; k < classes.size(); k++) {
            if (classes.get(k).index() != k) {
                throw new IllegalArgumentException("hop class at position " + k + " has index " + classes.get(k).index());
            }
        }
        List<List<HopClass>> matchedByEntry = new ArrayList<>();
        for (HopClassSpec entry : deck.hopClasses()) {
            List<HopClass> matched = classes.stream()
                    .filter(c -> entry.matches(c.fromLabel(), c.toLabel(), c.lengthAngstrom())).toList();
            checkEntryMatches(entry, matched, classes);
            matchedByEntry.add(matched);
        }
        HopClassSpec[] entryOfClass = new HopClassSpec[classes.size()];
        for (HopClassSpec entry : deck.hopClasses()) {
            for (HopClass c : matchedByEntry.get(entry.index())) {
                int k = classes.indexOf(c);
                if (entryOfClass[k] != null) {
                    HopClassSpec first = entryOfClass[k];
                    throw entry.where().error(c.describe() + " already gets its barrier from hop_classes["
                                    + first.index() + "] (line " + first.where().line() + ")",
                            "remove one of the two entries or make length_tolerance_angstrom smaller");
                }
                entryOfClass[k] = entry;
            }
        }
        checkAllAssigned(deck, classes, entryOfClass);

        List<String> notes = new ArrayList<>();
        Map<String, NebProfile> profiles = new HashMap<>();
        List<AssignedBarrier> out = new ArrayList<>();
        for (int k = 0; k < classes.size(); k++) {
            HopClassSpec entry = entryOfClass[k];
            double nu = entry.attemptFrequencyHz().orElse(deck.attemptFrequencyHz());
            if (entry.barrierEv().isPresent()) {
                out.add(new AssignedBarrier(classes.get(k), entry.barrierEv().getAsDouble(), nu, entry,
                        Optional.empty()));
            } else {
                NebSource source = entry.neb().orElseThrow();
                NebProfile profile = profiles.computeIfAbsent(source.path() + "|" + source.format(),
                        key -> NebProfileReader.read(source.path(), NebFormat.parse(source.format())));
                NebBarriers b = NebBarriers.of(profile, source.saddle().equals("spline")
                        ? NebBarriers.Saddle.SPLINE : NebBarriers.Saddle.IMAGES);
                checkReactionEnergy(deck, entry, source, b, notes);
                out.add(new AssignedBarrier(classes.get(k), b.kraEv(), nu, entry, Optional.of(b)));
            }
        }
        for (int k = 0; k < classes.size(); k++) {
            List<HopClass> shared = matchedByEntry.get(entryOfClass[k].index());
            if (shared.size() > 1 && shared.get(0) == classes.get(k)) {
                notes.add("hop_classes[" + entryOfClass[k].index() + "] gives one barrier to " + shared.size()
                        + " classes of the same labels and length: " + describeAll(shared));
            }
        }
        return new BarrierAssignment(out, notes);
    }

    /** Assigns barriers to the classes of a built network. */
    public static BarrierAssignment assign(Deck deck, HopNetwork network) {
        return assign(deck, network.classes());
    }

    /** One barrier per network class, in class index order. */
    public List<AssignedBarrier> barriers() {
        return barriers;
    }

    /** E_KRA per class index, eV. */
    public double[] kraEv() {
        return barriers.stream().mapToDouble(AssignedBarrier::kraEv).toArray();
    }

    /** Attempt frequency per class index, Hz. */
    public double[] attemptFrequencyHz() {
        return barriers.stream().mapToDouble(AssignedBarrier::attemptFrequencyHz).toArray();
    }

    /** Things the user should know that are not errors (e.g. an NEB reaction energy the deck ignores). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    private static void checkEntryMatches(HopClassSpec entry, List<HopClass> matched, List<HopClass> classes) {
        String self = "hop_classes[" + entry.index() + "] " + entry.describe() + " ± "
                + String.format("%.3f", entry.lengthToleranceAngstrom()) + " Å";
        if (matched.isEmpty()) {
            throw entry.where().error(self + " matches no hop class of the network; the network has: "
                            + describeAll(classes),
                    "correct from/to or length_angstrom (as './ionhop lattice' prints them), or remove the entry");
        }
        double min = matched.stream().mapToDouble(HopClass::lengthAngstrom).min().orElseThrow();
        double max = matched.stream().mapToDouble(HopClass::lengthAngstrom).max().orElseThrow();
        if (matched.size() > 1 && max - min > SAME_LENGTH_ANGSTROM) {
            double needed = closestGap(matched, entry.lengthAngstrom());
            throw entry.where().error(self + " matches " + matched.size() + " hop classes: " + describeAll(matched),
                    String.format("give one entry per class with its exact length_angstrom and "
                            + "length_tolerance_angstrom below %.3f", needed));
        }
    }

    /** Tolerance that separates the matched class nearest the entry's length from the others. */
    private static double closestGap(List<HopClass> matched, double length) {
        List<Double> sorted = matched.stream().map(HopClass::lengthAngstrom).sorted().toList();
        double gap = Double.MAX_VALUE;
        for (int i = 1; i < sorted.size(); i++) {
            double d = sorted.get(i) - sorted.get(i - 1);
            if (d > SAME_LENGTH_ANGSTROM) gap = Math.min(gap, d);
        }
        return gap / 2;
    }

    private static void checkAllAssigned(Deck deck, List<HopClass> classes, HopClassSpec[] entryOfClass) {
        List<HopClass> missing = new ArrayList<>();
        for (int k = 0; k < classes.size(); k++) if (entryOfClass[k] == null) missing.add(classes.get(k));
        if (missing.isEmpty()) return;
        StringBuilder lines = new StringBuilder("add to hop_classes (and fill in your barriers):");
        for (HopClass c : missing) {
            lines.append(String.format("%n  - {from: %s, to: %s, length_angstrom: %.3f, barrier_eV: FILL_IN}",
                    c.fromLabel(), c.toLabel(), c.lengthAngstrom()));
        }
        SourceRef where = deck.where("hop_classes");
        throw where.error(missing.size() + " of " + classes.size() + " hop classes have no barrier: "
                + describeAll(missing), lines.toString());
    }

    private static void checkReactionEnergy(Deck deck, HopClassSpec entry, NebSource source, NebBarriers b,
                                            List<String> notes) {
        String from = entry.fromLabel(), to = entry.toLabel();
        double profile = b.reactionEnergyEv();
        double tol = source.reactionEnergyToleranceEv();
        Path file = source.path().getFileName();
        boolean sameLabel = from.equals(to);
        if (!sameLabel && !(deck.hasSiteEnergy(from) && deck.hasSiteEnergy(to))) {
            double deckDelta = deck.siteEnergyEv(to) - deck.siteEnergyEv(from);
            if (Math.abs(profile - deckDelta) > tol) {
                notes.add(String.format("hop_classes[%d] %s: NEB profile %s has E(%s) - E(%s) = %.3f eV, but the "
                                + "deck gives no site energy for %s, so the kMC uses %.3f eV; set site_energies_eV "
                                + "to match the profile", entry.index(), entry.describe(), file, to, from, profile,
                        String.join(" and ", List.of(from, to).stream().filter(l -> !deck.hasSiteEnergy(l))
                                .map(l -> "'" + l + "'").toList()), deckDelta));
            }
            return;
        }
        double deckDelta = sameLabel ? 0.0 : deck.siteEnergyEv(to) - deck.siteEnergyEv(from);
        if (Math.abs(profile - deckDelta) <= tol) return;
        String deckSide = sameLabel
                ? "both end points are '" + from + "' sites, so E_final - E_initial must be 0"
                : String.format("the deck's site energies give E(%s) - E(%s) = %.3f eV (lines %d and %d)", to, from,
                        deckDelta, deck.siteEnergyWhere(to).line(), deck.siteEnergyWhere(from).line());
        boolean reversed = !sameLabel && Math.abs(profile + deckDelta) <= tol;
        String hint = reversed
                ? "the profile looks reversed: its first image must be the 'from' site " + from + "; swap from and to"
                : sameLabel ? "an unconverged or asymmetric NEB? re-check the end points, or raise "
                        + "reaction_energy_tolerance_eV"
                : "check the profile's orientation (first image = 'from' site " + from + "), the site energies, "
                        + "or reaction_energy_tolerance_eV";
        throw entry.where().error(String.format("NEB profile %s has reaction energy E_final - E_initial = %.3f eV, "
                        + "but %s; they differ by %.3f eV > tolerance %.3f eV", file, profile, deckSide,
                Math.abs(profile - deckDelta), tol), hint);
    }

    private static String describeAll(List<HopClass> classes) {
        List<String> parts = new ArrayList<>();
        for (HopClass c : classes) parts.add(c.describe() + " (" + c.countPerCell() + " per cell)");
        return String.join(", ", parts);
    }
}
