package org.claimscore.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the CIA World Factbook profiles ({@code factbook/<region>/<gec>.json}) into {@link
 * FactbookProfile}s, and collects every word their prose uses in lower case (the generator's
 * evidence that a word is an ordinary word, not a name).
 */
final class FactbookReader {

  static final String FOLDER = "factbook";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TRANSLATED = Pattern.compile("translated as (?:the )?(.+)");

  /**
   * What was read.
   *
   * @param profiles profiles with a country name, sorted by path
   * @param files every profile file read, by path
   * @param lowerCaseWords every word the profiles' text writes without a capital, lower case
   */
  record Factbook(List<FactbookProfile> profiles, List<String> files, Set<String> lowerCaseWords) {
    Factbook {
      profiles = List.copyOf(profiles);
      files = List.copyOf(files);
      lowerCaseWords = Set.copyOf(lowerCaseWords);
    }
  }

  private FactbookReader() {}

  /** Reads every {@code *.json} under {@code root/factbook}; problems are collected. */
  static Factbook read(Path root, String rootShown, Problems problems) {
    Path dir = root.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      problems.add(rootShown + "/" + FOLDER, 1, "missing: the folder of Factbook profiles (<region>/<gec>.json)");
      return new Factbook(List.of(), List.of(), Set.of());
    }
    List<String> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
          .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(rootShown + "/" + FOLDER, 1, "cannot list: " + e.getMessage());
      return new Factbook(List.of(), List.of(), Set.of());
    }
    if (paths.isEmpty()) {
      problems.add(rootShown + "/" + FOLDER, 1, "no profiles (<region>/<gec>.json)");
    }
    List<FactbookProfile> profiles = new ArrayList<>();
    Set<String> words = new TreeSet<>();
    for (String path : paths) {
      SourceFile file = SourceFile.read(root, rootShown, path, problems);
      if (file == null) {
        continue;
      }
      JsonNode json;
      try {
        json = JSON.readTree(file.text());
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        problems.add(file.shown(), at == null ? 1 : Math.max(1, at.getLineNr()), "not JSON: " + e.getOriginalMessage());
        continue;
      }
      if (json == null || !json.isObject()) {
        problems.add(file.shown(), 1, "not a Factbook profile: the file is not a JSON object");
        continue;
      }
      lowerCaseWords(json, words);
      FactbookProfile profile = profile(path, json);
      if (profile != null) {
        profiles.add(profile);
      }
    }
    return new Factbook(profiles, paths, words);
  }

  private static final Pattern POPULATION = Pattern.compile("^\\s*([0-9][0-9,]*)");

  /** One profile, or null when it has no country name (the world, the oceans, the European Union). */
  static FactbookProfile profile(String path, JsonNode json) {
    JsonNode names = json.path("Government").path("Country name");
    String shortForm = cleanName(text(names, "conventional short form"));
    String longForm = cleanName(text(names, "conventional long form"));
    String name = !none(shortForm) ? shortForm : longForm;
    if (none(name)) {
      return null;
    }
    String id = id(name);
    List<String> others = new ArrayList<>();
    if (!none(longForm)) {
      others.add(longForm);
    }
    if (name.contains(",")) {
      others.addAll(Text.splitOutside(name, ","));
    }
    for (String local : List.of(text(names, "local short form"), text(names, "local long form"))) {
      others.addAll(localNames(local));
    }
    List<String> former = formerNames(text(names, "former"));
    List<String> abbreviations = abbreviations(text(names, "abbreviation"));
    JsonNode nationality = json.path("People and Society").path("Nationality");
    List<String> adjectives = demonyms(text(nationality, "adjective"));
    Set<String> demonyms = new LinkedHashSet<>(demonyms(text(nationality, "noun")));
    demonyms.addAll(adjectives);
    JsonNode government = json.path("Government");
    List<String> capitals = capitals(text(government.path("Capital"), "name"));
    boolean dependency = government.has("Dependency status");
    JsonNode executive = government.path("Executive branch");
    Set<String> officeWords = new TreeSet<>();
    lowerCaseWords(executive, officeWords);
    return new FactbookProfile(path, id, name, distinct(others, name), former, abbreviations,
        List.copyOf(demonyms), adjectives, capitals, dependency, text(executive, "chief of state"),
        text(executive, "head of government"),
        text(json.path("Military and Security"), "Military and security forces"),
        text(json.path("Terrorism"), "Terrorist group(s)"), officeWords,
        population(text(json.path("People and Society").path("Population"), "total")));
  }

  /** The leading figure of a population entry ("26,402,841 (2025 est.)"), 0 when it has none ("uninhabited"). */
  static long population(String s) {
    Matcher m = POPULATION.matcher(s);
    if (!m.find()) {
      return 0;
    }
    try {
      return Long.parseLong(m.group(1).replace(",", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The country id rule of the knowledge files' contract. */
  static String id(String name) {
    String slug = Text.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return slug.startsWith("the_") ? slug.substring(4) : slug;
  }

  /** The plain text of {@code node.field}: its {@code text} member, or the field itself when it is a string. */
  static String text(JsonNode node, String field) {
    JsonNode f = node.path(field);
    if (f.isTextual()) {
      return Text.plain(f.asText());
    }
    JsonNode t = f.path("text");
    return t.isTextual() ? Text.plain(t.asText()) : "";
  }

  private static boolean none(String s) {
    String t = s.strip();
    return t.isEmpty() || t.equalsIgnoreCase("none") || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("N/A");
  }

  /** The name with parenthesised lower-case notes and anything after a ";" dropped ("Isle (sometimes referred to as ...)"). */
  static String cleanName(String s) {
    String out = s;
    for (String inside : Text.parentheses(s)) {
      if (!inside.isEmpty() && !Character.isUpperCase(inside.charAt(0))) {
        out = out.replace("(" + inside + ")", "");
      }
    }
    List<String> clauses = Text.splitOutside(Text.squeeze(out), ";");
    return clauses.isEmpty() ? "" : clauses.get(0);
  }

  /** Local names: alternatives split on "/", ";" and " or ", language notes dropped, Latin script only. */
  static List<String> localNames(String s) {
    List<String> out = new ArrayList<>();
    if (none(s)) {
      return out;
    }
    for (String inside : Text.parentheses(s)) {
      Matcher m = TRANSLATED.matcher(inside);
      if (m.matches()) {
        out.add(m.group(1).strip());
      }
    }
    for (String slash : Text.splitOutside(Text.withoutParentheses(s), "/")) {
      for (String semi : Text.splitOutside(slash, ";")) {
        for (String alt : Text.splitOutside(semi, " or ")) {
          if (!none(alt) && Text.latin(alt) && Character.isLetter(alt.charAt(0))) {
            out.add(alt);
          }
        }
      }
    }
    return out;
  }

  /** Former names: comma- and semicolon-separated, notes in parentheses and brackets dropped, lower-case notes left out. */
  static List<String> formerNames(String s) {
    List<String> out = new ArrayList<>();
    if (none(s)) {
      return out;
    }
    for (String semi : Text.splitOutside(s, ";")) {
      for (String part : Text.splitOutside(semi, ",")) {
        String name = Text.withoutParentheses(part);
        if (!name.isEmpty() && Character.isUpperCase(name.charAt(0)) && NameShapes.name(name)) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /** The abbreviation field: "AB or ABC", "AB (or ABR)"; language notes ("(English)") dropped. */
  static List<String> abbreviations(String s) {
    List<String> out = new ArrayList<>();
    if (none(s)) {
      return out;
    }
    for (String inside : Text.parentheses(s)) {
      String p = NameShapes.withoutLeadingLowerCase(inside);
      if (NameShapes.acronym(p)) {
        out.add(p);
      }
    }
    for (String slash : Text.splitOutside(Text.withoutParentheses(s), "/")) {
      for (String alt : Text.splitOutside(slash, " or ")) {
        String a = NameShapes.withoutLeadingLowerCase(alt);
        if (!a.isEmpty()) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * Demonyms: "Ruritanian(s)" gives Ruritanian and Ruritanians, "Ruritman(men)" Ruritman and Ruritmen;
   * alternatives split on commas, " or " and "/"; notes in parentheses and after "; note" dropped.
   */
  static List<String> demonyms(String s) {
    List<String> out = new ArrayList<>();
    String t = s;
    int note = t.indexOf("; note");
    if (note >= 0) {
      t = t.substring(0, note);
    }
    t = t.replaceAll("\\s*\\((s|es|men|women)\\)", "{$1}").replaceAll("\\(or ([^)]*)\\)", ", $1");
    for (String semi : Text.splitOutside(Text.withoutParentheses(t), ";")) {
      for (String comma : Text.splitOutside(semi, ",")) {
        for (String slash : Text.splitOutside(comma, "/")) {
          for (String alt : Text.splitOutside(slash, " or ")) {
            expand(alt.startsWith("or ") ? alt.substring(3) : alt, out);
          }
        }
      }
    }
    return distinct(out, "");
  }

  private static void expand(String demonym, List<String> out) {
    String d = demonym.strip();
    if (none(d) || !Text.latin(d) || !Character.isLetter(d.charAt(0))) {
      return;
    }
    Matcher plural = Pattern.compile("(.*)\\{(s|es|men|women)}$").matcher(d);
    if (!plural.matches()) {
      if (!d.contains("{")) {
        out.add(d);
      }
      return;
    }
    String base = plural.group(1).strip();
    String ending = plural.group(2);
    out.add(base);
    if (ending.equals("s") || ending.equals("es")) {
      out.add(base + ending);
    } else if (base.endsWith("man") || base.endsWith("woman")) {
      out.add(base.substring(0, base.length() - 3) + "men");
    }
  }

  /**
   * The capital's names: each main name (the name at the start of each ";"- or ","-separated part),
   * and the other names in its parentheses ("Rangoon (aka Yangon, ...)"), notes left out.
   */
  static List<String> capitals(String s) {
    List<String> out = new ArrayList<>();
    if (none(s)) {
      return out;
    }
    for (String semi : Text.splitOutside(s, ";")) {
      if (semi.startsWith("note")) {
        continue;
      }
      for (String part : Text.splitOutside(semi, ", ")) {
        String main = NameShapes.leadingName(Text.withoutParentheses(part));
        if (main.isEmpty() || main.contains(".")) {
          continue;
        }
        out.add(main);
        for (String inside : Text.parentheses(part)) {
          for (String piece : Text.splitOutside(inside.replace('/', ','), ",")) {
            String p = piece.startsWith("aka ") ? piece.substring(4) : piece;
            String other = NameShapes.leadingName(p);
            if (!other.isEmpty() && Character.isUpperCase(p.charAt(0))) {
              out.add(other);
            }
          }
        }
      }
    }
    return distinct(out, "");
  }

  private static void lowerCaseWords(JsonNode node, Set<String> words) {
    if (node.isTextual()) {
      NameRules.lowerCaseWords(Text.plain(node.asText()), words);
    } else {
      node.forEach(child -> lowerCaseWords(child, words));
    }
  }

  private static List<String> distinct(List<String> names, String except) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    seen.add(except.toLowerCase(Locale.ROOT));
    for (String n : names) {
      String s = Text.squeeze(n);
      if (!s.isEmpty() && seen.add(s.toLowerCase(Locale.ROOT))) {
        out.add(s);
      }
    }
    return out;
  }
}
