package org.claimscore.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.pipeline.RequiredFiles;
import org.claimscore.scoring.ClaimFactsBuilder;
import org.claimscore.scoring.RuleBook;
import org.claimscore.scoring.RuleRunException;
import org.claimscore.scoring.Settings;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;

/**
 * Random edits to the shipped rule, settings, lexicon and language files (a line deleted or repeated, random
 * bytes or tokens inserted, the file cut short) load, or fail with diagnostics that name the file:
 * never another exception, and never a hang.
 */
class RulesFolderFuzzTest {

  private static final Path RULES = Path.of("rules");
  private static final Duration TIME_LIMIT = Duration.ofSeconds(20);

  /** Pieces of rule files and CSV lines, harmless and hostile, for the edits to insert. */
  private static final List<String> TOKENS = List.of(
      "rule", "\"Hedged claim\"", "when", "then", "end", "\n", "\r\n", "\"", "'", "(", ")", "[", "]", "{", "}", ",",
      ";", ":", "$c :", "@points(", "@points(9999999999)", "@reason(", "@flag(x)", "@credibility(7)", "salience 10",
      "no-loop", "eval(", "from", "not", "exists", "||", "&&", "==", "contains", "matches \"(\"", "str[startsWith]",
      "ClaimFacts(", "ClaimFacts( )", "ClaimFacts( ) ClaimFacts( )", "hedged", "text.length()", "Math.abs(",
      "System.exit(3);", "Runtime.getRuntime().halt(3);", "this.getClass()", "import java.io.File;",
      "function void f() { }", "global java.util.List g;", "query \"q\" end", "declare T end", "package a.b;",
      "//", "/*", "*/", "\\u000a", "\\", "#", "|", "\u0000", "\ufeff", "Москва", "😀", "\ud83d",
      "name,aliases,kind,side,reliability", "key,value,comment", "base_confidence,", "firing_limit_per_claim,10,",
      "letter.none,G,", "credibility_1_min,-1,", ",,,,", "\"unclosed", "a,\"b\"c,d");

  private static List<Path> files;
  private static Path work;

  /** One edit to a file's bytes. */
  record Edit(int kind, double at, String token, byte[] bytes) {

    byte[] apply(byte[] in) {
      int pos = (int) (at * in.length);
      return switch (kind) {
        case 0 -> lineEdit(in, at, false);
        case 1 -> lineEdit(in, at, true);
        case 2 -> splice(in, pos, token.getBytes(StandardCharsets.UTF_8));
        case 3 -> splice(in, pos, bytes);
        default -> Arrays.copyOf(in, pos);
      };
    }

    private static byte[] splice(byte[] in, int pos, byte[] insert) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(in, 0, pos);
      out.writeBytes(insert);
      out.write(in, pos, in.length - pos);
      return out.toByteArray();
    }

    /** Deletes the line at {@code at}, or repeats it. */
    private static byte[] lineEdit(byte[] in, double at, boolean repeat) {
      List<String> lines = new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.ISO_8859_1).split("\n", -1)));
      int i = Math.min(lines.size() - 1, (int) (at * lines.size()));
      if (repeat) {
        lines.add(i, lines.get(i));
      } else {
        lines.remove(i);
      }
      return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
      String what = switch (kind) {
        case 0 -> "delete the line";
        case 1 -> "repeat the line";
        case 2 -> "insert " + token.replace("\n", "\\n");
        case 3 -> "insert bytes " + Arrays.toString(bytes);
        default -> "cut the file";
      };
      return what + " at " + at;
    }
  }

  @BeforeContainer
  static void copyTheShippedRules() throws IOException {
    work = Files.createTempDirectory("claimscore-fuzz");
    try (Stream<Path> walk = Files.walk(RULES)) {
      files = walk.filter(Files::isRegularFile).filter(p -> {
        String name = p.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".csv") || name.endsWith(".txt");
      }).sorted().toList();
    }
  }

  @AfterContainer
  static void removeTheCopies() throws IOException {
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Combinators.combine(
        Arbitraries.integers().between(0, 4),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.of(TOKENS),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Path> ruleFile() {
    return Arbitraries.of(files.stream().filter(p -> p.toString().endsWith(".drl")).toList());
  }

  @Provide
  Arbitrary<Path> dataFile() {
    return Arbitraries.of(files.stream().filter(p -> !p.toString().endsWith(".drl")).toList());
  }

  /** A rules folder of the shipped settings and {@code file} with {@code edits} applied, as the only other file. */
  private static Path edited(Path file, List<Edit> edits) throws IOException {
    Path dir = Files.createTempDirectory(work, "rules");
    Files.createDirectories(dir.resolve("lexicon"));
    Files.copy(RULES.resolve(Settings.FILE), dir.resolve(Settings.FILE));
    Path language = RULES.resolve(Language.DIR);
    Files.createDirectories(dir.resolve(Language.DIR));
    for (String name : Language.fileNames()) {
      Files.copy(language.resolve(name), dir.resolve(Language.DIR).resolve(name));
    }
    byte[] bytes = Files.readAllBytes(file);
    for (Edit e : edits) {
      bytes = e.apply(bytes);
    }
    Path target = dir.resolve(RULES.relativize(file).toString());
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
    return dir;
  }

  @Property(tries = 25)
  void anEditedRuleFileLoadsAndScoresOrIsNamedAtItsLines(@ForAll("ruleFile") Path file,
      @ForAll("edits") List<Edit> edits) throws IOException {
    Path dir = edited(file, edits);
    assertTimeoutPreemptively(TIME_LIMIT, () -> {
      try {
        RuleBook book = RuleBook.load(dir);
        book.score(List.of(ClaimFactsBuilder.neutral("a"), ClaimFactsBuilder.neutral("b")));
      } catch (SetupException e) {
        assertNamed(e.diagnostics(), dir);
      } catch (RuleRunException e) {
        assertNamed(e.diagnostics(), dir);
      }
    }, () -> "edits " + edits + " of " + file);
  }

  @Property(tries = 150)
  void anEditedSettingsOrLexiconFileLoadsOrIsNamedAtItsLines(@ForAll("dataFile") Path file,
      @ForAll("edits") List<Edit> edits) throws IOException {
    Path dir = edited(file, edits);
    assertTimeoutPreemptively(TIME_LIMIT, () -> {
      List<Diagnostic> missing = RequiredFiles.check(dir, dir.toString());
      assertTrue(missing.stream().allMatch(d -> d.line() == 0), missing.toString());
      try {
        Settings.load(dir, dir.toString());
        Lexicon.load(dir.resolve("lexicon"), dir + "/lexicon");
        Language.load(dir, dir.toString());
      } catch (SetupException e) {
        assertNamed(e.diagnostics(), dir);
      }
    }, () -> "edits " + edits + " of " + file);
  }

  /** Every diagnostic names a file of the folder and prints as one line. */
  private static void assertNamed(List<Diagnostic> diagnostics, Path dir) {
    assertFalse(diagnostics.isEmpty());
    for (Diagnostic d : diagnostics) {
      assertTrue(d.file().startsWith(dir.toString()), d.toString());
      assertFalse(d.toString().contains("\n") || d.toString().contains("\r"), d.toString());
    }
  }
}
