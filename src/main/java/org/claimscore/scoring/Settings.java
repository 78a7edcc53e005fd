package org.claimscore.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimscore.setup.CsvProblem;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;

/**
 * The numbers an editor tunes, from {@code rules/settings.csv}: base confidence, the confidence
 * bands of the credibility digit, default source letters by speaker kind, the firing limit, and
 * the points of an article's standing.
 *
 * @param baseConfidence confidence before any rule fires
 * @param bandMinimums minimum confidence for digits 1 to 4, in that order; anything lower is 5
 * @param defaultLetters Admiralty letter by speaker-kind key (see {@link #LETTER_KEYS})
 * @param firingLimitPerClaim rule firings allowed per claim before the loop guard stops a run
 * @param standing the points an article's figures earn its standing
 */
public record Settings(int baseConfidence, List<Integer> bandMinimums, Map<String, String> defaultLetters,
    int firingLimitPerClaim, StandingWeights standing) {

  /** The settings file name inside the rules folder. */
  public static final String FILE = "settings.csv";

  /** Speaker-kind keys of the default letters, each written {@code letter.KEY} in the file. */
  public static final List<String> LETTER_KEYS = List.of("person_with_role", "person", "organisation",
      "government", "government_of_a_party", "media", "social_media", "anonymous", "media_reports", "crowd",
      "unknown", "none", "party_to_conflict");

  /**
   * Fine kinds of the knowledge ({@code letter.military}, ...) whose default letter may be given;
   * a speaker of a fine kind without one takes the letter of its coarse kind.
   */
  public static final List<String> OPTIONAL_LETTER_KEYS = org.claimscore.lexicon.Kinds.ALL.stream()
      .filter(k -> !LETTER_KEYS.contains(k)).toList();

  private static final List<String> BAND_KEYS =
      List.of("credibility_1_min", "credibility_2_min", "credibility_3_min", "credibility_4_min");

  /** Keys of an article's standing: where it starts, and the points per figure of each kind. */
  private static final List<String> STANDING_KEYS = List.of("standing.base", "standing.figure_backed",
      "standing.figure_superseded", "standing.figure_contradicted");

  public Settings {
    java.util.Objects.requireNonNull(standing, "standing");
    bandMinimums = List.copyOf(bandMinimums);
    defaultLetters = Map.copyOf(defaultLetters);
    if (bandMinimums.size() != 4) {
      throw new IllegalArgumentException("four band minimums expected, got " + bandMinimums);
    }
    for (String key : LETTER_KEYS) {
      if (!defaultLetters.getOrDefault(key, "").matches("[A-F]")) {
        throw new IllegalArgumentException("no letter A-F for speaker kind " + key);
      }
    }
    defaultLetters.forEach((key, letter) -> {
      if (!letter.matches("[A-F]")) {
        throw new IllegalArgumentException("no letter A-F for speaker kind " + key);
      }
    });
  }

  /** The credibility digit 1-5 that a confidence earns on its own; rules may only make it worse. */
  public int digitFor(int confidence) {
    for (int i = 0; i < bandMinimums.size(); i++) {
      if (confidence >= bandMinimums.get(i)) {
        return i + 1;
      }
    }
    return 5;
  }

  /**
   * Reads {@code rulesDir/settings.csv}, naming it {@code displayDir/settings.csv} in problems.
   *
   * @throws SetupException listing every problem, a missing file included
   */
  public static Settings load(Path rulesDir, String displayDir) throws SetupException {
    String where = displayDir + "/" + FILE;
    String text;
    try {
      text = Files.readString(rulesDir.resolve(FILE), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SetupException(new Diagnostic(where, 0, "the settings file is missing"));
    } catch (MalformedInputException e) {
      throw new SetupException(new Diagnostic(where, 1, "not valid UTF-8"));
    } catch (IOException e) {
      throw new SetupException(Diagnostic.cannotRead(where, e));
    }
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Long> lines = new TreeMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
        .setIgnoreEmptyLines(true).setTrim(true).build();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      if (!parser.getHeaderNames().equals(List.of("key", "value", "comment"))) {
        throw new SetupException(new Diagnostic(where, 1,
            "header must be key,value,comment, got " + String.join(",", parser.getHeaderNames())));
      }
      for (CSVRecord rec : parser) {
        int line = (int) parser.getCurrentLineNumber();
        if (rec.size() < 2) {
          problems.add(new Diagnostic(where, line, "expected key,value,comment, got " + rec.size() + " field(s)"));
          continue;
        }
        String key = rec.get(0).toLowerCase(Locale.ROOT);
        if (!known(key)) {
          problems.add(new Diagnostic(where, line, "unknown key '" + key + "'"));
        } else if (values.containsKey(key)) {
          problems.add(new Diagnostic(where, line, "key '" + key + "' given twice (first on line " + lines.get(key) + ")"));
        } else {
          values.put(key, rec.get(1));
          lines.put(key, (long) line);
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      problems.add(CsvProblem.of(where, e));
      throw new SetupException(problems);
    }
    Values v = new Values(where, values, lines, problems);
    Integer base = v.number("base_confidence", 0, 100);
    List<Integer> bands = new ArrayList<>();
    for (String key : BAND_KEYS) {
      bands.add(v.number(key, 0, 100));
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i) != null && bands.get(i - 1) != null && bands.get(i) > bands.get(i - 1)) {
        problems.add(new Diagnostic(where, lines.get(BAND_KEYS.get(i)).intValue(), BAND_KEYS.get(i)
            + " must not be above " + BAND_KEYS.get(i - 1)));
      }
    }
    Map<String, String> letters = new TreeMap<>();
    for (String key : LETTER_KEYS) {
      letters.put(key, v.letter("letter." + key));
    }
    for (String key : OPTIONAL_LETTER_KEYS) {
      if (values.containsKey("letter." + key)) {
        letters.put(key, v.letter("letter." + key));
      }
    }
    Integer limit = v.number("firing_limit_per_claim", 10, 1_000_000);
    Integer standingBase = v.number("standing.base", 0, 100);
    Integer backed = v.number("standing.figure_backed", -100, 100);
    Integer superseded = v.number("standing.figure_superseded", -100, 100);
    Integer contradicted = v.number("standing.figure_contradicted", -100, 100);
    if (backed != null && contradicted != null && contradicted >= backed) {
      problems.add(new Diagnostic(where, lines.get("standing.figure_contradicted").intValue(),
          "standing.figure_contradicted must be below standing.figure_backed (" + backed + "): an article whose"
              + " figures independent origins contradict ranks below one they back"));
    }
    if (!problems.isEmpty()) {
      throw new SetupException(problems);
    }
    return new Settings(base, bands, letters, limit, new StandingWeights(standingBase, backed, superseded, contradicted));
  }

  private static boolean known(String key) {
    return key.equals("base_confidence") || key.equals("firing_limit_per_claim") || BAND_KEYS.contains(key)
        || STANDING_KEYS.contains(key)
        || (key.startsWith("letter.") && (LETTER_KEYS.contains(key.substring("letter.".length()))
            || OPTIONAL_LETTER_KEYS.contains(key.substring("letter.".length()))));
  }

  static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s+", " ").trim();
  }

  /** Typed access to the raw values, collecting problems; a value that is missing or wrong is null. */
  private record Values(String where, Map<String, String> values, Map<String, Long> lines, List<Diagnostic> problems) {

    Integer number(String key, int min, int max) {
      String raw = values.get(key);
      if (raw == null) {
        problems.add(new Diagnostic(where, 1, "missing key '" + key + "'"));
        return null;
      }
      int line = lines.get(key).intValue();
      try {
        int n = Integer.parseInt(raw);
        if (n < min || n > max) {
          problems.add(new Diagnostic(where, line, key + " must be " + min + "-" + max + ", got " + n));
          return null;
        }
        return n;
      } catch (NumberFormatException e) {
        problems.add(new Diagnostic(where, line, key + " must be a whole number, got '" + raw + "'"));
        return null;
      }
    }

    String letter(String key) {
      String raw = values.get(key);
      if (raw == null) {
        problems.add(new Diagnostic(where, 1, "missing key '" + key + "'"));
        return "F";
      }
      String letter = raw.toUpperCase(Locale.ROOT);
      if (!letter.matches("[A-F]")) {
        problems.add(new Diagnostic(where, lines.get(key).intValue(), key + " must be a letter A-F, got '" + raw + "'"));
        return "F";
      }
      return letter;
    }
  }
}
