package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Factbook's "Military and security forces" entry, a prose list such as
 * {@code Ruritanian Armed Forces (RAF): Ground Force (Ruritanian Army), Ruritanian Navy; Rapid
 * Reaction Forces (RRF); Ministry of Interior: Ruritania Police Forces (RPF)}, into the forces it names.
 *
 * <p>Design decision: groups are separated by semicolons (line breaks count as one); a group
 * {@code Head: item, item} names the head and each item; a head that is a ministry is only a
 * heading, as is an office ({@code Office of the Prime Minister:}). Each force's parenthesised
 * parts give its acronyms and other names ({@code aka X, Y, or Z}); lower-case notes in them
 * ({@code includes land and maritime forces}) are dropped. A group that starts in lower case is
 * prose, not a list, and gives no names.
 */
final class ForceNames {

  /**
   * One force.
   *
   * @param name its name as the list gives it, parentheses removed
   * @param others other names given in its parentheses
   * @param acronyms acronyms given in its parentheses
   * @param police true when a name of it says Police
   */
  record Force(String name, List<String> others, List<String> acronyms, boolean police) {
    Force {
      others = List.copyOf(others);
      acronyms = List.copyOf(acronyms);
      if (name.isBlank()) {
        throw new IllegalArgumentException("a force needs a name");
      }
    }

    /** The name, the other names and the acronyms. */
    List<String> allNames() {
      List<String> all = new ArrayList<>();
      all.add(name);
      all.addAll(others);
      all.addAll(acronyms);
      return all;
    }
  }

  private ForceNames() {}

  /** True when the entry says the country has no military ("no regular military forces"). */
  static boolean noMilitary(String text) {
    return text.strip().startsWith("no ");
  }

  /** The forces the entry lists, in order; none when it is prose. */
  static List<Force> read(String text) {
    String s = text.strip().replaceAll("(\\s*\\(\\d{4}\\))+\\s*$", "").strip();
    List<Force> forces = new ArrayList<>();
    for (String group : Text.splitOutside(s, ";")) {
      if (!Character.isUpperCase(group.charAt(0))) {
        continue;
      }
      List<String> headAndItems = Text.splitOutside(group, ":");
      List<String> items;
      if (headAndItems.size() >= 2) {
        String head = headAndItems.get(0);
        if (!heading(head)) {
          add(head, forces);
        }
        items = Text.splitOutside(String.join(": ", headAndItems.subList(1, headAndItems.size())), ",");
      } else {
        items = Text.splitOutside(group, ",");
      }
      for (String item : items) {
        add(item, forces);
      }
    }
    return forces;
  }

  /** A ministry or office that heads a list of forces, not a force itself. */
  private static boolean heading(String s) {
    String bare = Text.withoutParentheses(s);
    return bare.startsWith("Minist") || bare.startsWith("Office ");
  }

  private static void add(String item, List<Force> forces) {
    String bare = Text.withoutParentheses(item);
    String name = NameShapes.name(bare) ? bare : NameShapes.trailingName(bare);
    if (name.isEmpty() || heading(name)) {
      return;
    }
    List<String> others = new ArrayList<>();
    List<String> acronyms = new ArrayList<>();
    boolean police = name.contains("Police");
    for (String inside : Text.parentheses(item)) {
      for (String part : parts(inside)) {
        String p = NameShapes.withoutLeadingLowerCase(part);
        if (p.isEmpty()) {
          continue;
        }
        if (NameShapes.acronym(p)) {
          acronyms.add(p);
        } else if (NameShapes.name(p)) {
          others.add(p);
          police |= p.contains("Police");
        }
      }
    }
    forces.add(new Force(name, others, acronyms, police));
  }

  /** Splits a parenthesis on semicolons and commas, and each piece on " or ". */
  private static List<String> parts(String inside) {
    List<String> parts = new ArrayList<>();
    for (String semi : Text.splitOutside(inside, ";")) {
      for (String comma : Text.splitOutside(semi, ",")) {
        parts.addAll(Text.splitOutside(comma, " or "));
      }
    }
    return parts;
  }
}
