package org.ionhop.kmc;

/**
 * How many ions start on the network and where. The amount counts ions or vacancies, as a number
 * or as a fraction of all network sites (rounded to the nearest whole number).
 *
 * @param species   whether {@code amount} counts ions or vacancies
 * @param amount    a count ({@code fraction == false}) or a fraction of the sites in [0, 1]
 * @param fraction  whether {@code amount} is a fraction
 * @param placement random placement, ions on the lowest-energy sites first, or given sites
 * @param startSites with {@link Placement#GIVEN}: the site of each ion; else null
 */
public record Carriers(Species species, double amount, boolean fraction, Placement placement, int[] startSites) {

    public Carriers(Species species, double amount, boolean fraction, Placement placement) {
        this(species, amount, fraction, placement, null);
    }

    /** What {@link #amount} counts. */
    public enum Species { IONS, VACANCIES }

    /** Starting configuration. */
    public enum Placement {
        /** Uniformly random among all sites (from the replica's own random stream). */
        RANDOM,
        /** Lowest site energy first, ties by site index: a deterministic ordered start. */
        LOWEST_ENERGY,
        /** Exactly the sites given ({@link #startSites()}), in every replica. */
        GIVEN
    }

    public Carriers {
        if (fraction ? !(amount >= 0 && amount <= 1) : !(amount >= 0 && amount == Math.rint(amount))) {
            throw new IllegalArgumentException("carrier amount must be a whole number >= 0 or a fraction in [0, 1], got "
                    + amount);
        }
    }

    public static Carriers ions(int count) { return new Carriers(Species.IONS, count, false, Placement.RANDOM); }

    public static Carriers ionFraction(double f) { return new Carriers(Species.IONS, f, true, Placement.RANDOM); }

    public static Carriers vacancies(int count) {
        return new Carriers(Species.VACANCIES, count, false, Placement.RANDOM);
    }

    public static Carriers vacancyFraction(double f) {
        return new Carriers(Species.VACANCIES, f, true, Placement.RANDOM);
    }

    public Carriers withPlacement(Placement p) { return new Carriers(species, amount, fraction, p, startSites); }

    /** These carriers starting on exactly {@code sites} (one per ion, distinct). */
    public Carriers startingOn(int[] sites) {
        return new Carriers(species, amount, fraction, Placement.GIVEN, sites.clone());
    }

    /** Number of ions on a network of {@code siteCount} sites. */
    public int ionCount(int siteCount) {
        long n = fraction ? Math.round(amount * siteCount) : (long) amount;
        if (n > siteCount) {
            throw new IllegalArgumentException("asked for " + n + " " + species.name().toLowerCase()
                    + " but the network has only " + siteCount + " sites");
        }
        return (int) (species == Species.IONS ? n : siteCount - n);
    }
}
