package org.ionhop.output;

import org.ionhop.network.HopClass;

/**
 * One symmetry-distinct hop of the network, for the result file.
 *
 * @param label          e.g. "Li1-Li1"
 * @param fromLabel      site label of one endpoint
 * @param toLabel        site label of the other endpoint
 * @param lengthAngstrom hop length, Å
 * @param barrierEv      saddle-point (E_KRA) barrier used, eV
 * @param countPerCell   undirected hops of this class per conventional cell
 */
public record HopClassRecord(String label, String fromLabel, String toLabel, double lengthAngstrom,
                             double barrierEv, int countPerCell) {

    public static HopClassRecord of(HopClass hopClass, double barrierEv) {
        return new HopClassRecord(hopClass.fromLabel() + "-" + hopClass.toLabel(), hopClass.fromLabel(),
                hopClass.toLabel(), hopClass.lengthAngstrom(), barrierEv, hopClass.countPerCell());
    }
}
