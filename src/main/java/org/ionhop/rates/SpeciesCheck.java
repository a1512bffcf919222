package org.ionhop.rates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.common.InputException;
import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.Elements;
import org.ionhop.deck.Deck;
import org.ionhop.deck.ExtraSite;
import org.ionhop.deck.Species;

/**
 * Does the deck's mobile species fit the structure? The species must be a chemical element (a typo
 * such as "Xx" would otherwise run, with a charge given by hand, as an unknown ion), and the network
 * sites must belong to it: a Na deck on the Li sites of a Li compound runs happily and reports
 * numbers for a material nobody asked about. That is refused unless the deck says it is meant
 * ({@code species.allow_substitution: true}, e.g. for a Na-substituted analogue), then it is a warning.
 */
final class SpeciesCheck {
    private SpeciesCheck() {}

    /** The species and every extra site's element must be chemical elements. */
    static void requireElement(Deck deck) {
        Species species = deck.species();
        if (Elements.normalise(species.element()).filter(e -> e.equals(species.element())).isEmpty()) {
            throw species.elementWhere().error("'" + species.element() + "' is not a chemical element",
                    "write the symbol of the mobile ion, e.g. Li, Na or Mg");
        }
        for (ExtraSite e : deck.network().extraSites()) {
            if (e.element() != null && Elements.normalise(e.element()).filter(x -> x.equals(e.element())).isEmpty()) {
                throw e.where().error("element '" + e.element() + "' is not a chemical element",
                        "leave element out (the site is then of the mobile species " + species.element() + ")");
            }
        }
    }

    /**
     * Refuses network sites of another element than the species, or (with allow_substitution)
     * returns the one-line warning that says so; empty when every site is of the species. Labels
     * missing from the structure are left to the network builder, which lists the labels present.
     */
    static List<String> sitesOfOtherElements(Deck deck, Crystal crystal) {
        String species = deck.species().element();
        Map<String, String> foreign = new LinkedHashMap<>();
        for (String label : deck.network().allLabels()) {
            for (AtomSite a : crystal.asymmetricUnit()) {
                if (a.label().equals(label) && !a.element().equals(species)) foreign.put(label, a.element());
            }
        }
        if (foreign.isEmpty()) return List.of();
        List<String> described = new ArrayList<>();
        foreign.forEach((label, element) -> described.add(label + " (" + element + ")"));
        String sites = String.join(", ", described);
        if (deck.species().allowSubstitution()) {
            return List.of("the mobile species " + species + " moves on sites of another element: " + sites
                    + " (species.allow_substitution: true in " + deck.species().where().fileAndLine() + ")");
        }
        boolean extraOnly = foreign.keySet().stream().noneMatch(deck.network().siteLabels()::contains);
        List<String> own = new ArrayList<>();
        for (AtomSite a : crystal.asymmetricUnit()) if (a.element().equals(species)) own.add(a.label());
        String hint = (own.isEmpty() ? "the structure has no " + species + " site; " : "sites of " + species + ": "
                + String.join(", ", own) + "; ") + "check species.element, or set species.allow_substitution: true if "
                + species + " on these sites is intended";
        if (extraOnly) {
            ExtraSite first = deck.network().extraSites().stream().filter(e -> foreign.containsKey(e.label()))
                    .findFirst().orElseThrow();
            throw first.where().error("extra site " + first.label() + " is " + foreign.get(first.label())
                    + ", but the mobile species is " + species, hint);
        }
        throw new InputException(deck.file(), deck.network().siteLabelsWhere().line(), "network.sites", "the mobile species is " + species
                + " (species.element), but these network sites are of another element: " + sites, hint);
    }
}
