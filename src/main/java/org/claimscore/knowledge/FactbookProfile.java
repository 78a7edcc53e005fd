package org.claimscore.knowledge;

import java.util.List;

/**
 * What the generator takes from one Factbook country profile, HTML entities decoded.
 *
 * @param path the file under the sources folder, e.g. {@code factbook/africa/su.json}
 * @param id the country id: the conventional short form (else the long form) folded to lower-case ASCII
 *     with runs of other characters as {@code _} and a leading {@code the_} dropped
 * @param name the conventional short form (else the long form), lower-case notes in parentheses dropped
 * @param otherNames other English and local (Latin-script) names: the long form, the short form's
 *     comma-separated parts, the local forms, an official translation; not former names
 * @param formerNames former names the profile gives
 * @param abbreviations the abbreviation field's parts (US, USA, DRC)
 * @param demonyms nationality nouns and adjectives ({@code Ruritanian}, {@code Ruritanians})
 * @param adjectives nationality adjectives only
 * @param capitals the capital's names, the main one first
 * @param dependency true when the profile has a dependency status
 * @param chiefOfState the executive branch's chief of state entry, or ""
 * @param headOfGovernment the executive branch's head of government entry, or ""
 * @param forces the "Military and security forces" entry, or ""
 * @param terroristGroups the "Terrorist group(s)" entry, or ""
 * @param officeWords every word the executive branch's text writes in lower case: the titles it
 *     speaks of ("prime", "minister", "chancellor"), never a person's given name
 * @param population the total population the profile gives, 0 when it gives none (uninhabited)
 */
record FactbookProfile(String path, String id, String name, List<String> otherNames, List<String> formerNames,
    List<String> abbreviations, List<String> demonyms, List<String> adjectives, List<String> capitals,
    boolean dependency, String chiefOfState, String headOfGovernment, String forces, String terroristGroups,
    java.util.Set<String> officeWords, long population) {

  FactbookProfile {
    otherNames = List.copyOf(otherNames);
    formerNames = List.copyOf(formerNames);
    abbreviations = List.copyOf(abbreviations);
    demonyms = List.copyOf(demonyms);
    adjectives = List.copyOf(adjectives);
    capitals = List.copyOf(capitals);
    officeWords = java.util.Set.copyOf(officeWords);
    if (path.isBlank() || !id.matches("[a-z0-9]+(_[a-z0-9]+)*") || name.isBlank() || population < 0) {
      throw new IllegalArgumentException("a profile needs a path, an id and a name: " + path + " " + id);
    }
  }

  /** This profile with more demonyms (nouns and adjectives), adjectives and capitals, each added once. */
  FactbookProfile with(List<String> moreDemonyms, List<String> moreAdjectives, List<String> moreCapitals) {
    return new FactbookProfile(path, id, name, otherNames, formerNames, abbreviations, joined(demonyms, moreDemonyms),
        joined(adjectives, moreAdjectives), joined(capitals, moreCapitals), dependency, chiefOfState, headOfGovernment,
        forces, terroristGroups, officeWords, population);
  }

  private static List<String> joined(List<String> first, List<String> more) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(first);
    all.addAll(more);
    return List.copyOf(all);
  }
}
