package org.claimscore.pipeline;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.setup.Diagnostic;

/**
 * The data files every rules folder must hold: the word lists the project ships, each with at
 * least one entry. A folder without one would load and quietly score differently, so every command
 * that reads a rules folder checks this list first. Add a file here when the project ships a new
 * one.
 */
public final class RequiredFiles {

  /** Each required file, relative to the rules folder. */
  public static final List<String> ALL = List.of(
      "lexicon/" + Lexicon.ACTORS,
      "lexicon/" + Lexicon.PLACES,
      "lexicon/" + Lexicon.OUTLETS,
      "lexicon/" + Lexicon.VERBS,
      "lexicon/" + Lexicon.HEDGES,
      "lexicon/" + Lexicon.EDITORIALISING);

  private RequiredFiles() {}

  /**
   * One problem for each required file that is missing from {@code rulesDir} (named {@code display})
   * or holds no entry: only blank and {@code #} comment lines, and for a CSV file its header.
   */
  public static List<Diagnostic> check(Path rulesDir, String display) {
    List<Diagnostic> problems = new ArrayList<>();
    for (String rel : ALL) {
      String shown = display + "/" + rel;
      String text;
      try {
        text = Files.readString(rulesDir.resolve(rel), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        problems.add(new Diagnostic(shown, 0, "missing (every rules folder needs the files claimscore ships: "
            + String.join(", ", ALL) + "; copy it from the project's rules folder)"));
        continue;
      } catch (MalformedInputException e) {
        continue; // its loader names the line
      } catch (IOException e) {
        problems.add(Diagnostic.cannotRead(shown, e));
        continue;
      }
      long entries = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
      if (entries <= (rel.endsWith(".csv") ? 1 : 0)) {
        problems.add(new Diagnostic(shown, 0, "empty (every rules folder needs the files claimscore ships, each"
            + " with at least one entry; copy it from the project's rules folder)"));
      }
    }
    return problems;
  }
}
