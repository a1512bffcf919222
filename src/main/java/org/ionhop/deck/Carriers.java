package org.ionhop.deck;

/**
 * How many mobile ions the supercell holds, in one of four ways, and how they are placed at start.
 * The count can only be checked once the network is built: call {@link #ionCount(int)}.
 *
 * @param kind      which of the four ways the deck used
 * @param amount    the number (IONS, VACANCIES) or fraction (ION_FRACTION, VACANCY_FRACTION)
 * @param placement initial arrangement of the ions
 * @param startFile with {@link Placement#FILE}: the occupancy file (one 0/1 per network site); else null
 */
public record Carriers(Kind kind, double amount, Placement placement, SourceRef where, java.nio.file.Path startFile) {

    /** Carriers placed at random or ordered (no start file). */
    public Carriers(Kind kind, double amount, Placement placement, SourceRef where) {
        this(kind, amount, placement, where, null);
    }

    /** Deck key for each way of giving the carrier content. */
    public enum Kind {
        IONS("ions"), ION_FRACTION("ion_fraction"), VACANCIES("vacancies"), VACANCY_FRACTION("vacancy_fraction");

        private final String key;

        Kind(String key) { this.key = key; }

        public String key() { return key; }
    }

    /**
     * Initial arrangement: random (seeded) over all network sites, lowest site energy first (ties by
     * index), or the occupancy a file gives (e.g. kMCpy's initial state written by import-kmcpy).
     */
    public enum Placement { RANDOM, ORDERED, FILE }

    /**
     * Number of mobile ions in a supercell with {@code siteCount} network sites. Fractions are rounded
     * to the nearest whole number of ions.
     *
     * @throws org.ionhop.common.InputException at the carriers line when there would be no ion, no
     *         vacancy (nothing could hop) or more carriers than sites
     */
    public int ionCount(int siteCount) {
        long ions = switch (kind) {
            case IONS -> Math.round(amount);
            case ION_FRACTION -> Math.round(amount * siteCount);
            case VACANCIES -> siteCount - Math.round(amount);
            case VACANCY_FRACTION -> siteCount - Math.round(amount * siteCount);
        };
        String given = kind.key() + ": " + DeckSection.fmt(amount);
        boolean countOfVacancies = kind == Kind.VACANCIES || kind == Kind.VACANCY_FRACTION;
        if (kind == Kind.IONS && ions > siteCount || kind == Kind.VACANCIES && ions < 0) {
            throw where.error(given + " but the supercell has only " + siteCount + " network sites",
                    "use a larger supercell or fewer " + (countOfVacancies ? "vacancies" : "ions"));
        }
        if (ions < 1) {
            throw where.error(given + " leaves no mobile ion among " + siteCount + " network sites",
                    "use a larger supercell or a " + (countOfVacancies ? "smaller" : "larger") + " value");
        }
        if (ions >= siteCount) {
            throw where.error(given + " leaves no vacancy among " + siteCount + " network sites, so no ion can hop",
                    "use a larger supercell or a " + (countOfVacancies ? "larger" : "smaller") + " value");
        }
        return (int) ions;
    }
}
