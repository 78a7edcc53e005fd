package org.claimscore.language;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;

/**
 * The English of news prose as data: the word lists under {@code rules/language/en/} that the
 * extractor reads instead of keeping them in Java. Immutable once loaded.
 *
 * <p>Two shapes of file: a {@code .txt} list holds one word or phrase a line; a {@code .csv}
 * table holds a phrase and one value a line, under a fixed header. Both take {@code #} comments
 * and blank lines. Phrases are compared in lower case with single spaces. Every file in
 * {@link #FILES} is required: a missing or empty one is an error, not a silent change of
 * behaviour.
 */
public final class Language {

  /** Where the files live, under a rules folder. */
  public static final String DIR = "language/en";

  /** Words around a name that say what it does in its sentence; read with the knowledge (see {@code Lexicon}). */
  public static final String NAME_CONTEXT = "name-context.csv";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,12}");
  /** The categories a phrase of {@code cues.csv} may give, as the claim typer names them. */
  private static final String CUE = "(kill|destroy|equipment|predict|mask|opinion|background|territory"
      + "|territory_weak|place_word|statement|analysis|event|qualifier|against|success|scope_both|intent|actor|past|stative)";

  /** What one file holds and which values it accepts. */
  private record Spec(String header, Pattern values, String expected) {
    boolean table() {
      return header != null;
    }
  }

  /** Every file, with its header (tables only) and the shape of its values. */
  private static final Map<String, Spec> FILES = files();

  private static Map<String, Spec> files() {
    Map<String, Spec> f = new LinkedHashMap<>();
    Spec list = new Spec(null, null, null);
    f.put("numbers.csv", new Spec("word,value", WHOLE, "a whole number"));
    f.put("multipliers.csv", new Spec("word,value", WHOLE, "a whole number"));
    f.put("qualifiers.csv", new Spec("phrase,qualifier", Pattern.compile("at_least|more_than|up_to|about"),
        "at_least, more_than, up_to or about"));
    f.put("units.csv", new Spec("phrase,unit", NAME, "a unit name in lower case (letters, digits, _)"));
    f.put("outcomes.csv", new Spec("word,outcome", NAME, "an outcome name in lower case (letters, digits, _)"));
    f.put("cues.csv", new Spec("phrase,cues", Pattern.compile(CUE + "( " + CUE + ")*"),
        "one or more cue names separated by spaces: " + CUE.replaceAll("[()]", "").replace("|", ", ")));
    f.put(NAME_CONTEXT, new Spec("phrase,role", Pattern.compile("before_place|before_verb|before_source"),
        "before_place, before_verb or before_source"));
    for (String name : List.of("vague.txt", "people.txt", "counted.txt", "unit-stops.txt",
        "not-count-before.txt", "not-count-after.txt", "zero-subjects.txt", "zero-determiners.txt",
        "anaphoric-units.txt", "address-words.txt", "be-words.txt")) {
      f.put(name, list);
    }
    f.put("months.csv", new Spec("word,month", Pattern.compile("[1-9]|1[0-2]"), "a month's number, 1 to 12"));
    f.put("boilerplate.csv", new Spec("phrase,where", Pattern.compile("line|sentence"), "line or sentence"));
    f.put("outlet-name-endings.txt", list);
    f.put("abbreviations.txt", list);
    f.put("soft-abbreviations.txt", list);
    f.put("sentence-openers.txt", list);
    f.put("function-words.txt", list);
    f.put("time-words.txt", list);
    f.put("weekdays.txt", list);
    f.put("name-connectors.txt", list);
    f.put("name-parts.txt", list);
    f.put("spellings.csv", new Spec("british,american", Pattern.compile("[a-z]+"), "a word in lower case letters"));
    f.put("stop-words.txt", list);
    f.put("attribution-words.txt", list);
    f.put("synonyms.csv", new Spec("word,same_as", Pattern.compile("[a-z]+"), "a word in lower case letters"));
    f.put("materiel.txt", list);
    f.put("unit-kinds.csv", new Spec("unit,counted_as", NAME, "a unit name in lower case (letters, digits, _)"));
    f.put("repelled.txt", list);
    f.put("gained.txt", list);
    f.put("figure-updates.txt", list);
    f.put("channels.csv", new Spec("phrase,channel", Pattern.compile("social_media|statement|telegram|tv|video"),
        "social_media, statement, telegram, tv or video"));
    for (String name : List.of("adverbs-before-verb.txt", "prepositions.txt",
        "not-role-start.txt", "not-role-after.txt", "agent-verbs.txt", "telling-verbs.txt", "own-losses.txt",
        "role-titles.txt", "honorifics.txt", "body-words.txt", "anonymous-heads.txt", "place-nouns.txt",
        "casualty-units.txt", "clause-openers.txt", "documents.txt")) {
      f.put(name, list);
    }
    return Collections.unmodifiableMap(f);
  }

  private final Map<String, List<String>> lists;
  private final Map<String, Map<String, String>> tables;
  private final Map<String, Integer> monthNumbers;

  private Language(Map<String, List<String>> lists, Map<String, Map<String, String>> tables) {
    this.lists = lists;
    this.tables = tables;
    Map<String, Integer> months = new HashMap<>();
    tables.getOrDefault("months.csv", Map.of()).forEach((word, month) -> months.put(word, Integer.parseInt(month)));
    this.monthNumbers = Map.copyOf(months);
  }

  /** The names of every file a rules folder's language folder must hold. */
  public static Set<String> fileNames() {
    return FILES.keySet();
  }

  /** The phrases of a {@code .txt} list, lower case, in file order without repeats. */
  public List<String> list(String file) {
    List<String> l = lists.get(file);
    if (l == null) {
      throw new IllegalArgumentException("no language list " + file);
    }
    return l;
  }

  /** The rows of a {@code .csv} table, phrase to value, in file order; a later row of a phrase wins. */
  public Map<String, String> table(String file) {
    Map<String, String> t = tables.get(file);
    if (t == null) {
      throw new IllegalArgumentException("no language table " + file);
    }
    return t;
  }

  /** The words of {@code months.csv}, lower case, to their month's number (1-12). */
  public Map<String, Integer> monthNumbers() {
    return monthNumbers;
  }

  /**
   * Reads every file of {@code rulesDir/language/en}, collecting all problems, each
   * {@code display/language/en/FILE:LINE: message}.
   */
  public static Language load(Path rulesDir, String display) throws SetupException {
    Path dir = rulesDir.resolve(DIR);
    String shown = display + "/" + DIR;
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    for (Map.Entry<String, Spec> e : FILES.entrySet()) {
      String name = e.getKey();
      Spec spec = e.getValue();
      String where = shown + "/" + name;
      String text;
      try {
        text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
      } catch (NoSuchFileException ex) {
        problems.add(new Diagnostic(where, 0, "missing: every rules folder needs " + DIR + "/" + name));
        continue;
      } catch (MalformedInputException ex) {
        problems.add(new Diagnostic(where, 1, "not valid UTF-8"));
        continue;
      } catch (IOException ex) {
        problems.add(Diagnostic.cannotRead(where, ex));
        continue;
      }
      Map<String, String> rows = new LinkedHashMap<>();
      List<String> lines = text.lines().toList();
      boolean headerSeen = !spec.table();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          if (!line.equals(spec.header())) {
            problems.add(new Diagnostic(where, i + 1, "header must be " + spec.header() + ", got " + line));
            break;
          }
          headerSeen = true;
          continue;
        }
        if (!spec.table()) {
          rows.putIfAbsent(phrase(line), "");
          continue;
        }
        int comma = line.lastIndexOf(',');
        String phrase = comma < 0 ? "" : phrase(line.substring(0, comma));
        String value = comma < 0 ? "" : line.substring(comma + 1).strip();
        if (comma < 0 || phrase.isEmpty() || phrase.contains(",")) {
          problems.add(new Diagnostic(where, i + 1, "expected " + spec.header() + ", got '" + line + "'"));
        } else if (!spec.values().matcher(value).matches()) {
          problems.add(new Diagnostic(where, i + 1, "'" + value + "' for '" + phrase + "': expected " + spec.expected()));
        } else {
          rows.put(phrase, value);
        }
      }
      if (rows.isEmpty() && problems.stream().noneMatch(p -> p.file().equals(where))) {
        problems.add(new Diagnostic(where, 1, "empty: it needs at least one " + (spec.table() ? "row" : "line")));
      }
      if (spec.table()) {
        tables.put(name, Collections.unmodifiableMap(rows));
      } else {
        lists.put(name, List.copyOf(rows.keySet()));
      }
    }
    if (!problems.isEmpty()) {
      throw new SetupException(problems);
    }
    return new Language(Collections.unmodifiableMap(lists), Collections.unmodifiableMap(tables));
  }

  /** Lower case, single spaces. */
  private static String phrase(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
