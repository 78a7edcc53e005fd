package org.claimscore.lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which conflicts of {@code conflicts.csv} an event belongs to.
 *
 * <p>Design decision, in three steps, all from data:
 * <ol>
 *   <li>Is the event about a conflict? Its articles' words of the event vocabulary ({@code
 *       rules/lexicon/event-words.csv}) are counted by topic: it is about a conflict when it has at
 *       least {@value #MIN_CONFLICT_WORDS} conflict words and more of them than disaster, crime and
 *       election words together. A flood, an earthquake, a shooting or an election in a country
 *       at war therefore has no parties.
 *   <li>Which conflicts? Those active in one of the event's years of which the event names a
 *       party on each side (a country by its name, demonym, capital, a place in it or one of its
 *       bodies; an armed group by its name; a side's supporters count for that side), or which
 *       are located in the country the event names most often and of which it names a party.
 *       A country named in passing is not enough: a story on Kursk that quotes the Pentagon names
 *       the United States, which does not make it a story of the United States' war with
 *       al-Qaida. Years: its articles' publication years, or
 *       else the years its text mentions (no year at all: any). A conflict whose last year is the
 *       last year of the table counts as still active; any other is allowed one year of lag.
 *   <li>In which order? By how many of its parties the event names, then the latest last year,
 *       then id: a speaker's side is taken from the first conflict that names it.
 * </ol>
 */
public final class ConflictFinder {

  /** The fewest conflict words an event about a conflict has. */
  static final int MIN_CONFLICT_WORDS = 1;

  private final List<Conflict> conflicts;
  private final int lastYearOfTable;
  /** For each party id, the places in {@link #conflicts} of the conflicts it is a party to, in order. */
  private final Map<String, int[]> conflictsOfParty = new HashMap<>();

  public ConflictFinder(Lexicon lexicon) {
    this.conflicts = lexicon.conflicts();
    this.lastYearOfTable = conflicts.stream().mapToInt(Conflict::lastYear).max().orElse(0);
    Map<String, Set<Integer>> places = new HashMap<>();
    for (int i = 0; i < conflicts.size(); i++) {
      for (String party : conflicts.get(i).parties()) {
        places.computeIfAbsent(party, p -> new TreeSet<>()).add(i);
      }
    }
    places.forEach((party, at) -> conflictsOfParty.put(party, at.stream().mapToInt(Integer::intValue).toArray()));
  }

  /**
   * What an event names, gathered over its articles.
   *
   * @param countries country ids it names
   * @param actors actor ids it names
   * @param published the publication dates known
   * @param textYears years its text mentions
   * @param topics event words by topic
   * @param mainCountries the countries it names explicitly most often (ties: all of them)
   */
  public record EventFacts(Set<String> countries, Set<String> actors, List<LocalDate> published,
      Set<Integer> textYears, Map<String, Integer> topics, Set<String> mainCountries) {}

  /** True when the words of an event say it is about a conflict (step 1 of the class comment). */
  public static boolean aboutConflict(Map<String, Integer> topics) {
    int conflict = topics.getOrDefault("conflict", 0);
    int other = topics.getOrDefault("disaster", 0) + topics.getOrDefault("crime", 0)
        + topics.getOrDefault("election", 0);
    return conflict >= MIN_CONFLICT_WORDS && conflict > other;
  }

  /** The event's conflicts, as the class comment says. */
  public EventConflicts decide(EventFacts facts) {
    if (conflicts.isEmpty() || !aboutConflict(facts.topics())) {
      return EventConflicts.NONE;
    }
    Set<Integer> years = new TreeSet<>();
    facts.published().forEach(d -> years.add(d.getYear()));
    if (years.isEmpty()) {
      years.addAll(facts.textYears());
    }
    Map<Conflict, Integer> score = new HashMap<>();
    List<Conflict> found = new ArrayList<>();
    for (int at : conflictsNamingAParty(facts)) {
      Conflict c = conflicts.get(at);
      if (!active(c, years)) {
        continue;
      }
      int named = 0;
      for (String party : c.parties()) {
        if (facts.countries().contains(party) || facts.actors().contains(party)) {
          named++;
        }
      }
      boolean bothSides = namesOne(facts, c.sideA(), c.supportersA()) && namesOne(facts, c.sideB(), c.supportersB());
      boolean inMainCountry = named > 0 && c.locations().stream().anyMatch(facts.mainCountries()::contains);
      if (bothSides || inMainCountry) {
        score.put(c, named);
        found.add(c);
      }
    }
    found.sort(Comparator.comparingInt((Conflict c) -> -score.get(c)).thenComparingInt(c -> -c.lastYear())
        .thenComparing(Conflict::id));
    return new EventConflicts(found);
  }

  /**
   * The places in {@link #conflicts}, in order, of the conflicts of which the event names a party:
   * no other conflict can be chosen, since each way of choosing one needs a party named.
   */
  private int[] conflictsNamingAParty(EventFacts facts) {
    BitSet at = new BitSet(conflicts.size());
    for (Set<String> ids : List.of(facts.countries(), facts.actors())) {
      for (String id : ids) {
        int[] of = conflictsOfParty.get(id);
        if (of != null) {
          for (int i : of) {
            at.set(i);
          }
        }
      }
    }
    return at.stream().toArray();
  }

  private static boolean namesOne(EventFacts facts, List<String> side, List<String> supporters) {
    for (List<String> parties : List.of(side, supporters)) {
      for (String p : parties) {
        if (facts.actors().contains(p) || facts.countries().contains(p)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean active(Conflict c, Set<Integer> years) {
    if (years.isEmpty()) {
      return true;
    }
    int last = c.lastYear() >= lastYearOfTable ? Integer.MAX_VALUE : c.lastYear() + 1;
    for (int y : years) {
      if (y >= c.firstYear() && y <= last) {
        return true;
      }
    }
    return false;
  }

  /** Years from 1900 to 2099 written as four digits on their own. */
  public static Set<Integer> yearsIn(String text) {
    Set<Integer> out = new TreeSet<>();
    int n = text.length();
    for (int i = 0; i + 4 <= n; i++) {
      char c = text.charAt(i);
      if ((c == '1' || c == '2') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (i + 4 == n || !Character.isLetterOrDigit(text.charAt(i + 4)))) {
        String y = text.substring(i, i + 4);
        if ((y.startsWith("19") || y.startsWith("20")) && y.chars().allMatch(Character::isDigit)) {
          out.add(Integer.parseInt(y));
        }
      }
    }
    return out;
  }
}
