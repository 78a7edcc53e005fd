package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the Factbook's Appendix B, "International Organizations and Groups"
 * ({@code factbook-appendix-b/FactAppB.html}), by a scan of its entry markup: each
 * {@code <div class='appendix-entry-name ...'>} with the {@code appendix-entry-text} div after it.
 */
final class AppendixBReader {

  static final String FILE = "factbook-appendix-b/FactAppB.html";

  private static final String NAME_DIV = "<div class='appendix-entry-name";
  private static final String TEXT_DIV = "<div class='appendix-entry-text";

  /**
   * One entry.
   *
   * @param heading the entry's name as written, entities decoded ("African Union (AU)")
   * @param text its text, tags removed
   * @param line the line of its name
   */
  record Entry(String heading, String text, int line) {
    Entry {
      if (heading.isBlank() || line <= 0) {
        throw new IllegalArgumentException("an entry needs a name and a line");
      }
    }

    /**
     * True for a term rather than an organisation: a name in lower case ("developing countries"),
     * or a text that calls it a term ("another term for ...", "a popular term") or starts with "the".
     */
    boolean term() {
      String t = text.toLowerCase(Locale.ROOT);
      return !Character.isUpperCase(heading.charAt(0)) || t.substring(0, Math.min(60, t.length())).contains("term")
          || t.startsWith("the ");
    }
  }

  /**
   * An organisation's names from an entry's heading.
   *
   * @param name the main name
   * @param otherNames other names ("or European Communities", "Mercosur")
   * @param acronyms acronyms (AU, EAEC, G-7)
   */
  record Names(String name, List<String> otherNames, List<String> acronyms) {
    Names {
      otherNames = List.copyOf(otherNames);
      acronyms = List.copyOf(acronyms);
      if (name.isBlank()) {
        throw new IllegalArgumentException("an organisation needs a name");
      }
    }
  }

  private AppendixBReader() {}

  static List<Entry> read(SourceFile file, Problems problems) {
    String html = file.text();
    List<Entry> entries = new ArrayList<>();
    int at = html.indexOf(NAME_DIV);
    while (at >= 0) {
      int open = html.indexOf('>', at);
      int close = open < 0 ? -1 : html.indexOf("</div>", open);
      if (close < 0) {
        problems.add(file.shown(), file.lineAt(at), "an appendix-entry-name div that is not closed");
        break;
      }
      String heading = Text.plain(html.substring(open + 1, close));
      int next = html.indexOf(NAME_DIV, close);
      int textAt = html.indexOf(TEXT_DIV, close);
      String text = "";
      if (textAt >= 0 && (next < 0 || textAt < next)) {
        int textOpen = html.indexOf('>', textAt);
        int textClose = html.indexOf("</div>", textOpen);
        text = textClose < 0 ? "" : Text.plain(html.substring(textOpen + 1, textClose));
      }
      if (heading.isEmpty()) {
        problems.add(file.shown(), file.lineAt(at), "an appendix entry without a name");
      } else {
        entries.add(new Entry(heading, text, file.lineAt(at)));
      }
      at = next;
    }
    if (entries.isEmpty()) {
      problems.add(file.shown(), 1, "no appendix-entry-name entries (is this the Factbook's Appendix B page?)");
    }
    return entries;
  }

  /** The names in a heading: "Name (ACR)", "Name (or Other, ACR)", "Name (Alias) or Other Name", "(ACR - Language; ...)". */
  static Names names(String heading) {
    List<String> mains = Text.splitOutside(Text.withoutParentheses(heading), " or ");
    List<String> others = new ArrayList<>(mains.subList(1, mains.size()));
    List<String> acronyms = new ArrayList<>();
    for (String inside : Text.parentheses(heading)) {
      for (String semi : Text.splitOutside(inside, ";")) {
        for (String comma : Text.splitOutside(semi, ",")) {
          for (String alt : Text.splitOutside(comma, " or ")) {
            String p = NameShapes.withoutLeadingLowerCase(alt.replaceAll("\\s+-\\s+[A-Z][a-z]+$", ""));
            if (p.isEmpty()) {
              continue;
            }
            if (NameShapes.acronym(p)) {
              acronyms.add(p);
            } else {
              others.add(p);
            }
          }
        }
      }
    }
    String name = mains.isEmpty() ? heading : mains.get(0);
    if (NameShapes.acronym(name)) {
      acronyms.add(0, name);
    }
    return new Names(name, others, acronyms);
  }
}
