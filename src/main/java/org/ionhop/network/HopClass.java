package org.ionhop.network;

/**
 * A symmetry-distinct hop: all hops that a space-group operation (with a lattice translation) maps
 * onto each other, together with their reverses. A class is undirected, so one saddle-point
 * (E_KRA) barrier serves both directions, as detailed balance requires.
 *
 * @param index          position in {@link HopNetwork#classes()}
 * @param fromLabel      site label of one endpoint (the lexically smaller when they differ)
 * @param toLabel        site label of the other endpoint
 * @param lengthAngstrom hop length, Å
 * @param hopsPerFromSite number of hops of this class that start on one {@code fromLabel} site
 * @param hopsPerToSite   number of hops of this class that start on one {@code toLabel} site
 * @param countPerCell   number of undirected hops of this class per conventional cell
 */
public record HopClass(int index, String fromLabel, String toLabel, double lengthAngstrom,
                       int hopsPerFromSite, int hopsPerToSite, int countPerCell) {

    /** e.g. "Mg1-oct16c 2.403 Å". */
    public String describe() {
        return String.format("%s-%s %.3f Å", fromLabel, toLabel, lengthAngstrom);
    }
}
