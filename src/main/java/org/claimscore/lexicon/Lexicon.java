package org.claimscore.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimscore.setup.CsvProblem;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;

/**
 * The word lists editors keep under {@code rules/lexicon/}: actors, places, outlets, hedges,
 * attribution verbs and editorialising words. Immutable once loaded.
 *
 * @param actors known speakers and parties
 * @param places places with spelling variants
 * @param outlets news outlets
 * @param hedges hedging words and phrases, lower case
 * @param verbs reporting verbs (any inflection listed) to their strength: confirming, neutral, distancing
 * @param editorialising loaded words and phrases that mark an article as opinionated, lower case
 */
public record Lexicon(
    List<Actor> actors,
    List<Place> places,
    List<Outlet> outlets,
    List<String> hedges,
    Map<String, String> verbs,
    List<String> editorialising) {

  public static final String ACTORS = "actors.csv";
  public static final String PLACES = "places.csv";
  public static final String OUTLETS = "outlets.csv";
  public static final String HEDGES = "hedges.txt";
  public static final String VERBS = "verbs.csv";
  public static final String EDITORIALISING = "editorialising.txt";

  private static final Set<String> KINDS =
      Set.of("person", "organisation", "government", "media", "social_media", "anonymous", "media_reports");
  private static final Set<String> STRENGTHS = Set.of("confirming", "neutral", "distancing");
  /** The sides an actor can belong to; "" is independent. */
  public static final Set<String> SIDES = Set.of("", "russia", "ukraine");

  public Lexicon {
    actors = List.copyOf(actors);
    places = List.copyOf(places);
    outlets = List.copyOf(outlets);
    hedges = List.copyOf(hedges);
    verbs = Map.copyOf(verbs);
    editorialising = List.copyOf(editorialising);
  }

  /** A lexicon without an editorialising word list. */
  public Lexicon(
      List<Actor> actors, List<Place> places, List<Outlet> outlets, List<String> hedges, Map<String, String> verbs) {
    this(actors, places, outlets, hedges, verbs, List.of());
  }

  /** An empty lexicon: nothing known. */
  public static Lexicon empty() {
    return new Lexicon(List.of(), List.of(), List.of(), List.of(), Map.of());
  }

  /**
   * Loads every lexicon file in {@code dir}; a missing file counts as empty (a rules folder checks
   * that it has them all). All problems in all files are collected before failing, each naming
   * its file as {@code displayDir/name}.
   *
   * @throws SetupException with every problem of every file
   */
  public static Lexicon load(Path dir, String displayDir) throws SetupException {
    List<Diagnostic> problems = new ArrayList<>();
    Reader r = new Reader(dir, displayDir, problems);
    List<Actor> actors =
        r.csv(ACTORS, List.of("name", "aliases", "kind", "side", "reliability"), rec -> {
          String kind = rec.get("kind").trim().toLowerCase(Locale.ROOT);
          String side = rec.get("side").trim().toLowerCase(Locale.ROOT);
          String letter = rec.get("reliability").trim().toUpperCase(Locale.ROOT);
          if (!KINDS.contains(kind)) {
            return r.problem(ACTORS, rec, "unknown kind '" + kind + "', expected one of " + sorted(KINDS));
          }
          if (!SIDES.contains(side)) {
            return r.problem(ACTORS, rec, "unknown side '" + side + "', expected russia, ukraine or empty");
          }
          if (!letter.matches("[A-F]")) {
            return r.problem(ACTORS, rec, "reliability must be a letter A-F, got '" + letter + "'");
          }
          return new Actor(rec.get("name").trim(), split(rec.get("aliases")), kind, side, letter);
        });
    List<Place> places =
        r.csv(PLACES, List.of("name", "variants", "region"),
            rec -> new Place(rec.get("name").trim(), split(rec.get("variants")), rec.get("region").trim()));
    List<Outlet> outlets =
        r.csv(OUTLETS, List.of("name", "patterns", "reliability"), rec -> {
          String letter = rec.get("reliability").trim().toUpperCase(Locale.ROOT);
          if (!letter.matches("[A-F]")) {
            return r.problem(OUTLETS, rec, "reliability must be a letter A-F, got '" + letter + "'");
          }
          return new Outlet(rec.get("name").trim(), split(rec.get("patterns")), letter);
        });
    Map<String, String> verbs = new LinkedHashMap<>();
    for (String[] v : r.csv(VERBS, List.of("verb", "strength"), rec -> {
      String strength = rec.get("strength").trim().toLowerCase(Locale.ROOT);
      if (!STRENGTHS.contains(strength)) {
        return r.problem(VERBS, rec, "unknown strength '" + strength + "', expected one of " + sorted(STRENGTHS));
      }
      return new String[] {rec.get("verb").trim().toLowerCase(Locale.ROOT), strength};
    })) {
      verbs.put(v[0], v[1]);
    }
    List<String> hedges = r.lines(HEDGES);
    List<String> editorialising = r.lines(EDITORIALISING);
    if (!problems.isEmpty()) {
      throw new SetupException(problems);
    }
    return new Lexicon(actors, places, outlets, hedges, verbs, editorialising);
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }

  private static List<String> split(String pipeSeparated) {
    return Arrays.stream(pipeSeparated.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Reads one lexicon file at a time, collecting problems instead of stopping at the first. */
  private static final class Reader {
    private final Path dir;
    private final String displayDir;
    private final List<Diagnostic> problems;
    private String current = "";

    Reader(Path dir, String displayDir, List<Diagnostic> problems) {
      this.dir = dir;
      this.displayDir = displayDir;
      this.problems = problems;
    }

    <T> T problem(String file, CSVRecord rec, String message) {
      problems.add(new Diagnostic(where(file), lineOf(rec), message));
      return null;
    }

    private String where(String file) {
      return displayDir + "/" + file;
    }

    /** The line a record starts on as an editor counts it: comments and blank lines included. */
    private int lineOf(CSVRecord rec) {
      int at = (int) Math.min(rec.getCharacterPosition(), current.length());
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (current.charAt(i) == '\n') {
          line++;
        }
      }
      while (at < current.length()) {
        int eol = current.indexOf('\n', at);
        String text = current.substring(at, eol < 0 ? current.length() : eol).strip();
        if (eol < 0 || !text.isEmpty() && !text.startsWith("#")) {
          break;
        }
        at = eol + 1;
        line++;
      }
      return line;
    }

    <T> List<T> csv(String file, List<String> columns, Function<CSVRecord, T> row) {
      String text = read(file);
      if (text == null) {
        return List.of();
      }
      current = text;
      List<T> out = new ArrayList<>();
      CSVFormat format =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
              .setIgnoreEmptyLines(true).setTrim(true).build();
      try (CSVParser parser = CSVParser.parse(text, format)) {
        List<String> header = parser.getHeaderNames();
        if (!header.equals(columns)) {
          problems.add(new Diagnostic(where(file), 1, "header must be " + String.join(",", columns)
              + ", got " + String.join(",", header)));
          return List.of();
        }
        for (CSVRecord rec : parser) {
          if (!rec.isConsistent()) {
            problem(file, rec, "expected " + columns.size() + " fields, got " + rec.size());
            continue;
          }
          if (rec.get(0).isBlank()) {
            problem(file, rec, "the first field, " + columns.get(0) + ", is empty");
            continue;
          }
          T value = row.apply(rec);
          if (value != null) {
            out.add(value);
          }
        }
      } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
        problems.add(CsvProblem.of(where(file), e));
      }
      return out;
    }

    List<String> lines(String file) {
      String text = read(file);
      if (text == null) {
        return List.of();
      }
      return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }

    private String read(String file) {
      try {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        return null;
      } catch (MalformedInputException e) {
        problems.add(new Diagnostic(where(file), 1, "not valid UTF-8"));
        return null;
      } catch (IOException e) {
        problems.add(Diagnostic.cannotRead(where(file), e));
        return null;
      }
    }
  }
}
