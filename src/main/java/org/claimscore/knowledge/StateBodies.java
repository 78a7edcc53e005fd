package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A country's government, head of state and of government, military, police and ministries, with
 * the names forms.csv generates for them and the force names the Factbook lists.
 */
final class StateBodies {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

  private StateBodies() {}

  /**
   * The rows of one country.
   *
   * @param chief the chief of state, or null
   * @param head the head of government, or null
   * @param asOf the Factbook's data date for office holders
   * @param forces the force names for this country's military and police, already filtered
   */
  static List<ActorRow> rows(Countries.Country country, GeneratorPolicy policy, NameRules rules, Officeholder chief,
      Officeholder head, String asOf, Forces forces) {
    List<ActorRow> rows = new ArrayList<>();
    Map<String, List<String>> values = new HashMap<>();
    values.put("country", country.shortNames());
    values.put("demonym", country.adjectives());
    values.put("capital", country.capitals());
    String source = country.profile().path();
    for (GeneratorPolicy.Body body : policy.bodies().values()) {
      String id = body.id() + "." + country.id();
      if (body.person()) {
        Officeholder holder = body.kind().equals("head_of_state") ? chief : head;
        ActorRow row = holder == null ? null : person(id, body, holder, country.id(), asOf, source, rules);
        if (row != null) {
          rows.add(row);
        }
        continue;
      }
      if (!body.perCountry()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      List<String> acronyms = new ArrayList<>();
      if (body.kind().equals("military")) {
        if (forces.noMilitary()) {
          continue;
        }
        names.addAll(forces.military());
        acronyms.addAll(forces.militaryAcronyms());
      } else if (body.kind().equals("police")) {
        names.addAll(forces.police());
        acronyms.addAll(forces.policeAcronyms());
      }
      List<String> generated = new ArrayList<>();
      for (String form : body.forms()) {
        generated.addAll(expand(form, values));
      }
      generated.addAll(names);
      generated.addAll(acronyms);
      NameRules.Sorted sorted = rules.sort(generated, Set.of());
      if (sorted.aliases().isEmpty()) {
        continue;
      }
      rows.add(new ActorRow(id, sorted.aliases().get(0), sorted.aliases(), sorted.acronyms(), body.kind(),
          country.id(), body.letter(), "", List.of(source)));
    }
    return rows;
  }

  /**
   * The Factbook's force names for one country's military and police.
   *
   * @param noMilitary true when the Factbook says the country has no military: no mil row, whatever
   *     other forces (a coast guard) the entry goes on to name
   */
  record Forces(List<String> military, List<String> militaryAcronyms, List<String> police, List<String> policeAcronyms,
      boolean noMilitary) {
    Forces {
      military = List.copyOf(military);
      militaryAcronyms = List.copyOf(militaryAcronyms);
      police = List.copyOf(police);
      policeAcronyms = List.copyOf(policeAcronyms);
    }

    static final Forces NONE = new Forces(List.of(), List.of(), List.of(), List.of(), false);
  }

  /** The office holder's row, or null when no form gives an alias (a name of one word: the surname alone is never one). */
  private static ActorRow person(String id, GeneratorPolicy.Body body, Officeholder holder, String country,
      String asOf, String source, NameRules rules) {
    Map<String, List<String>> values = new HashMap<>();
    values.put("title", holder.title().isEmpty() ? List.of() : List.of(holder.title()));
    values.put("name", holder.name().contains(" ") ? List.of(holder.name()) : List.of());
    values.put("short", holder.shortName().isEmpty() ? List.of() : List.of(holder.shortName()));
    values.put("surname", holder.surname().isEmpty() ? List.of() : List.of(holder.surname()));
    List<String> forms = new ArrayList<>();
    for (String form : body.forms()) {
      for (String f : expand(form, values)) {
        if (!f.equalsIgnoreCase(holder.surname()) || holder.surname().contains(" ")) {
          forms.add(f);
        }
      }
    }
    NameRules.Sorted sorted = rules.sort(forms, Set.of());
    if (sorted.aliases().isEmpty()) {
      return null;
    }
    return new ActorRow(id, holder.name(), sorted.aliases(), sorted.acronyms(), body.kind(), country, body.letter(),
        asOf, List.of(source));
  }

  /**
   * Every form a template gives with these values; none when a placeholder has no value. A
   * possessive of a name ending in s is written both ways ("Islands'" and "Islands's").
   */
  static List<String> expand(String form, Map<String, List<String>> values) {
    List<String> out = new ArrayList<>();
    out.add(form);
    Matcher m = PLACEHOLDER.matcher(form);
    Set<String> seen = new LinkedHashSet<>();
    while (m.find()) {
      seen.add(m.group(1));
    }
    for (String placeholder : seen) {
      List<String> vs = values.getOrDefault(placeholder, List.of());
      List<String> next = new ArrayList<>();
      for (String partial : out) {
        for (String v : vs) {
          String filled = partial.replace("{" + placeholder + "}", v);
          if (v.toLowerCase(Locale.ROOT).endsWith("s") && partial.contains("{" + placeholder + "}'s")) {
            next.add(partial.replace("{" + placeholder + "}'s", v + "'"));
          }
          next.add(filled);
        }
      }
      out = next;
    }
    return out;
  }
}
