package org.claimscore.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The generator's hand-kept policy, in {@code generator/} of the knowledge folder: the bodies
 * with their kinds, letters and name forms ({@code forms.csv}), the outlet rating letters
 * ({@code ratings.csv}), words never written alone as a name ({@code not-names.txt}) and the
 * phrases that mark an outlet as state-affiliated ({@code state-affiliation.txt}), and the editors'
 * additions to the sources, each with a public page that backs it: names a generated row is also
 * known by ({@code aliases.csv}) and the demonyms and capitals a Factbook profile lacks
 * ({@code countries.csv}).
 *
 * @param bodies by body id, in file order
 * @param ratings from the least to the most cautious
 * @param notNames lower case
 * @param stateAffiliation lower case
 * @param files the policy files read, by their path under the knowledge folder
 * @param aliases the editors' names for generated rows, in file order
 * @param countryFills the editors' demonyms and capitals for profiles that lack them, in file order
 */
record GeneratorPolicy(Map<String, Body> bodies, List<Rating> ratings, Set<String> notNames,
    List<String> stateAffiliation, List<String> files, List<EditorsAlias> aliases, List<CountryFill> countryFills) {

  static final String FOLDER = "generator";
  static final String FORMS = FOLDER + "/forms.csv";
  static final String RATINGS = FOLDER + "/ratings.csv";
  static final String NOT_NAMES = FOLDER + "/not-names.txt";
  static final String STATE_AFFILIATION = FOLDER + "/state-affiliation.txt";
  static final String ALIASES = FOLDER + "/aliases.csv";
  static final String COUNTRIES = FOLDER + "/countries.csv";

  /** The bodies every run needs: the armed groups' and organisations' letters come from these rows. */
  static final List<String> REQUIRED = List.of("gov", "hos", "hog", "mil", "police", "ucdp", "fb", "io");
  /** The kinds of the knowledge files' contract. */
  static final Set<String> KINDS = Set.of("government", "head_of_state", "head_of_government", "military", "police",
      "ministry", "agency", "state_media", "news_agency", "armed_group", "international_org", "ngo", "monitor",
      "research", "outlet", "crowd", "person", "organisation", "anonymous", "media_reports", "social_media");
  /** Placeholders a country body's forms may use. */
  static final Set<String> COUNTRY_PLACEHOLDERS = Set.of("country", "demonym", "capital");
  /** Placeholders an office holder's forms may use. */
  static final Set<String> PERSON_PLACEHOLDERS = Set.of("title", "name", "short", "surname");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
  private static final Pattern BODY_ID = Pattern.compile("[a-z]+(\\.[a-z]+)*");
  private static final Pattern RATING_ID = Pattern.compile("[a-z]+(_[a-z]+)*");
  private static final Pattern ROW_ID = Pattern.compile("[a-z0-9]+([._][a-z0-9]+)*");
  private static final Pattern PUBLIC_PAGE = Pattern.compile("https?://[^\\s|]+");

  /** A policy without the editors' aliases and country additions. */
  GeneratorPolicy(Map<String, Body> bodies, List<Rating> ratings, Set<String> notNames, List<String> stateAffiliation,
      List<String> files) {
    this(bodies, ratings, notNames, stateAffiliation, files, List.of(), List.of());
  }

  GeneratorPolicy {
    aliases = List.copyOf(aliases);
    countryFills = List.copyOf(countryFills);
    bodies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bodies));
    ratings = List.copyOf(ratings);
    notNames = Set.copyOf(notNames);
    stateAffiliation = List.copyOf(stateAffiliation);
    files = List.copyOf(files);
    for (String required : REQUIRED) {
      if (!bodies.containsKey(required)) {
        throw new IllegalArgumentException("the policy has no body " + required);
      }
    }
  }

  /**
   * One body of forms.csv.
   *
   * @param id the id prefix, e.g. {@code min.health}
   * @param kind one of {@link #KINDS}
   * @param letter Admiralty source letter A-F
   * @param forms name templates; may be empty
   * @param line where it is in forms.csv
   */
  record Body(String id, String kind, String letter, List<String> forms, int line) {
    Body {
      forms = List.copyOf(forms);
      if (!BODY_ID.matcher(id).matches() || !KINDS.contains(kind) || !letter.matches("[A-F]")) {
        throw new IllegalArgumentException("not a body: " + id + "," + kind + "," + letter);
      }
    }

    /** True for a body written once per office holder (head of state or government). */
    boolean person() {
      return kind.equals("head_of_state") || kind.equals("head_of_government");
    }

    /** True for a body written once per country from its forms. */
    boolean perCountry() {
      return !forms.isEmpty() && !person();
    }
  }

  /**
   * One rating of ratings.csv.
   *
   * @param label as perennial-sources.csv writes it
   * @param code as reliability_ranking.csv writes it, or empty
   * @param rating the value written in outlets-rsp.csv
   * @param letter Admiralty source letter A-F
   */
  record Rating(String label, String code, String rating, String letter) {
    Rating {
      if (label.isBlank() || !RATING_ID.matcher(rating).matches() || !letter.matches("[A-F]")) {
        throw new IllegalArgumentException("not a rating: " + label + "," + rating + "," + letter);
      }
    }
  }

  /**
   * One row of aliases.csv: a name the sources do not give a generated row, as the editors found it
   * used ("Taliban" for UCDP's "Taleban").
   *
   * @param id the generated row's id ({@code ucdp.303}, {@code gov.france})
   * @param alias the name; an acronym's shape makes it an acronym
   * @param source a public page that gives the name for that body
   * @param line where it is in aliases.csv
   */
  record EditorsAlias(String id, String alias, String source, int line) {
    EditorsAlias {
      if (!ROW_ID.matcher(id).matches() || alias.isBlank() || !PUBLIC_PAGE.matcher(source).matches() || line < 1) {
        throw new IllegalArgumentException("not an alias row: " + id + "," + alias + "," + source);
      }
    }
  }

  /**
   * One row of countries.csv: demonyms and capitals for a Factbook profile that gives none (or
   * "none"), each from a public page.
   *
   * @param id the country id
   * @param demonyms names of its people, added to its demonyms (not to the adjectives forms use)
   * @param capitals capitals, the main one first
   * @param source a public page that gives them
   * @param line where it is in countries.csv
   */
  record CountryFill(String id, List<String> demonyms, List<String> capitals, String source, int line) {
    CountryFill {
      demonyms = List.copyOf(demonyms);
      capitals = List.copyOf(capitals);
      if (!ROW_ID.matcher(id).matches() || demonyms.isEmpty() && capitals.isEmpty()
          || !PUBLIC_PAGE.matcher(source).matches() || line < 1) {
        throw new IllegalArgumentException("not a country row: " + id + "," + source);
      }
    }
  }

  /** The body of this id; it must exist (required bodies are checked on load). */
  Body body(String id) {
    Body b = bodies.get(id);
    if (b == null) {
      throw new IllegalArgumentException("no body " + id);
    }
    return b;
  }

  /** How cautious a rating is: its place in ratings.csv. */
  int caution(Rating r) {
    return ratings.indexOf(r);
  }

  /** True when {@code phrase} (any case) is listed in not-names.txt. */
  boolean notAName(String phrase) {
    return notNames.contains(phrase.toLowerCase(Locale.ROOT));
  }

  /** Reads the policy files from {@code dir/generator/}; every problem is collected before failing. */
  static GeneratorPolicy read(Path dir, String dirShown) throws KnowledgeSourceException {
    Problems problems = new Problems();
    Map<String, Body> bodies = new LinkedHashMap<>();
    List<Rating> ratings = new ArrayList<>();
    SourceFile forms = SourceFile.read(dir, dirShown, FORMS, problems);
    if (forms != null) {
      for (CSVRecord rec : records(forms, List.of("body", "kind", "letter", "forms"), problems)) {
        body(forms, rec, bodies, problems);
      }
      for (String required : REQUIRED) {
        if (!bodies.containsKey(required)) {
          problems.add(forms.shown(), 1, "no row for body " + required + " (needed for its kind and letter)");
        }
      }
    }
    SourceFile ratingsFile = SourceFile.read(dir, dirShown, RATINGS, problems);
    if (ratingsFile != null) {
      for (CSVRecord rec : records(ratingsFile, List.of("label", "code", "rating", "letter"), problems)) {
        int line = ratingsFile.recordLine(rec.getCharacterPosition());
        try {
          ratings.add(new Rating(rec.get("label"), rec.get("code"), rec.get("rating"),
              rec.get("letter").toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          problems.add(ratingsFile.shown(), line, "a rating needs a label, a rating in lower_case and a letter A-F");
        }
      }
      if (ratings.isEmpty()) {
        problems.add(ratingsFile.shown(), 1, "no ratings");
      }
    }
    Set<String> notNames = new LinkedHashSet<>();
    SourceFile notNamesFile = SourceFile.read(dir, dirShown, NOT_NAMES, problems);
    if (notNamesFile != null) {
      for (String line : notNamesFile.lines()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          notNames.add(s.toLowerCase(Locale.ROOT));
        }
      }
    }
    List<String> phrases = new ArrayList<>();
    SourceFile phrasesFile = SourceFile.read(dir, dirShown, STATE_AFFILIATION, problems);
    if (phrasesFile != null) {
      for (String line : phrasesFile.lines()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          phrases.add(s.toLowerCase(Locale.ROOT));
        }
      }
    }
    List<EditorsAlias> aliases = new ArrayList<>();
    SourceFile aliasFile = SourceFile.read(dir, dirShown, ALIASES, problems);
    if (aliasFile != null) {
      Set<String> seen = new LinkedHashSet<>();
      for (CSVRecord rec : records(aliasFile, List.of("id", "alias", "source"), problems)) {
        int line = aliasFile.recordLine(rec.getCharacterPosition());
        if (!ROW_ID.matcher(rec.get("id")).matches() || rec.get("alias").isEmpty()) {
          problems.add(aliasFile.shown(), line, "a row needs a generated row's id and a name");
        } else if (!PUBLIC_PAGE.matcher(rec.get("source")).matches()) {
          problems.add(aliasFile.shown(), line, "source must be the http(s) address of a public page that gives the"
              + " name, got '" + rec.get("source") + "'");
        } else if (!seen.add(rec.get("id") + "\n" + rec.get("alias").toLowerCase(Locale.ROOT))) {
          problems.add(aliasFile.shown(), line, "'" + rec.get("alias") + "' is already given to " + rec.get("id"));
        } else {
          aliases.add(new EditorsAlias(rec.get("id"), rec.get("alias"), rec.get("source"), line));
        }
      }
    }
    List<CountryFill> fills = new ArrayList<>();
    SourceFile countryFile = SourceFile.read(dir, dirShown, COUNTRIES, problems);
    if (countryFile != null) {
      Set<String> seen = new LinkedHashSet<>();
      for (CSVRecord rec : records(countryFile, List.of("id", "demonyms", "capital", "source"), problems)) {
        int line = countryFile.recordLine(rec.getCharacterPosition());
        List<String> demonyms = pipeSeparated(rec.get("demonyms"));
        List<String> capitals = pipeSeparated(rec.get("capital"));
        if (!ROW_ID.matcher(rec.get("id")).matches() || demonyms.isEmpty() && capitals.isEmpty()) {
          problems.add(countryFile.shown(), line, "a row needs a country id and a demonym or a capital");
        } else if (!PUBLIC_PAGE.matcher(rec.get("source")).matches()) {
          problems.add(countryFile.shown(), line, "source must be the http(s) address of a public page that gives"
              + " them, got '" + rec.get("source") + "'");
        } else if (!seen.add(rec.get("id"))) {
          problems.add(countryFile.shown(), line, "country " + rec.get("id") + " has a row already");
        } else {
          fills.add(new CountryFill(rec.get("id"), demonyms, capitals, rec.get("source"), line));
        }
      }
    }
    problems.throwIfAny();
    return new GeneratorPolicy(bodies, ratings, notNames, phrases, List.of(FORMS, RATINGS, NOT_NAMES,
        STATE_AFFILIATION, ALIASES, COUNTRIES), aliases, fills);
  }

  private static List<String> pipeSeparated(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split("\\|")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static void body(SourceFile file, CSVRecord rec, Map<String, Body> bodies, Problems problems) {
    int line = file.recordLine(rec.getCharacterPosition());
    String id = rec.get("body");
    String kind = rec.get("kind");
    String letter = rec.get("letter").toUpperCase(Locale.ROOT);
    if (!BODY_ID.matcher(id).matches()) {
      problems.add(file.shown(), line, "body '" + id + "' must be lower-case words joined by dots");
      return;
    }
    if (!KINDS.contains(kind)) {
      problems.add(file.shown(), line, "unknown kind '" + kind + "', expected one of "
          + KINDS.stream().sorted().toList());
      return;
    }
    if (!letter.matches("[A-F]")) {
      problems.add(file.shown(), line, "letter must be A-F, got '" + letter + "'");
      return;
    }
    if (bodies.containsKey(id)) {
      problems.add(file.shown(), line, "body " + id + " is already on line " + bodies.get(id).line());
      return;
    }
    List<String> forms = new ArrayList<>();
    boolean person = kind.equals("head_of_state") || kind.equals("head_of_government");
    Set<String> allowed = person ? PERSON_PLACEHOLDERS : COUNTRY_PLACEHOLDERS;
    for (String form : rec.get("forms").split("\\|")) {
      String f = form.strip();
      if (f.isEmpty()) {
        continue;
      }
      Matcher m = PLACEHOLDER.matcher(f);
      boolean any = false;
      while (m.find()) {
        any = true;
        if (!allowed.contains(m.group(1))) {
          problems.add(file.shown(), line, "form '" + f + "': unknown placeholder {" + m.group(1) + "}, expected one of "
              + allowed.stream().sorted().map(p -> "{" + p + "}").toList());
        }
      }
      if (!any) {
        problems.add(file.shown(), line, "form '" + f + "' has no placeholder: it would name every country's body alike");
      }
      forms.add(f);
    }
    bodies.put(id, new Body(id, kind, letter, forms, line));
  }

  private static List<CSVRecord> records(SourceFile file, List<String> columns, Problems problems) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
        .setIgnoreEmptyLines(true).setTrim(true).build();
    List<CSVRecord> out = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(file.text(), format)) {
      if (!parser.getHeaderNames().equals(columns)) {
        problems.add(file.shown(), headerLine(file), "header must be " + String.join(",", columns) + ", got "
            + String.join(",", parser.getHeaderNames()));
        return out;
      }
      for (CSVRecord rec : parser) {
        if (!rec.isConsistent()) {
          problems.add(file.shown(), file.recordLine(rec.getCharacterPosition()), "expected " + columns.size()
              + " fields, got " + rec.size());
        } else {
          out.add(rec);
        }
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      problems.add(file.shown(), 1, "not a CSV file: " + e.getMessage());
    }
    return out;
  }

  private static int headerLine(SourceFile file) {
    String[] lines = file.lines();
    for (int i = 0; i < lines.length; i++) {
      String s = lines[i].strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        return i + 1;
      }
    }
    return 1;
  }
}
