package org.claimscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.pipeline.StandardStages;
import org.claimscore.pipeline.Stages;
import org.claimscore.scoring.FactSchema;
import org.claimscore.scoring.RuleCaseRunner;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimscore check-rules}: compiles, lints and tests a rules folder, one line per problem. */
@Command(
    name = "check-rules",
    mixinStandardHelpOptions = true,
    header = "Compile, lint and test a rules folder; one FILE:LINE line per problem.",
    description = {
      "Check a rules folder before using it: load the lexicon and settings, check that every rule",
      "file holds only what a rule may contain, compile them, lint the rules, run the rule tests in",
      "DIR/tests/ and check that every rule has a test case where it fires and one where it does not.",
      "",
      "A rule file may hold only rules that test ClaimFacts fields (with String and list methods such",
      "as length, startsWith, contains, size, and Math.abs/min/max), literal @points, @reason, @flag",
      "and @credibility, and an empty then ... end. Code anywhere else (a call in then, eval, from,",
      "a function, an import other than ClaimFacts, a qualified name such as System or java.io) is",
      "reported as rule \"NAME\" calls X, and nothing in the folder is run.",
      "",
      "The lint finds: rules without @points or @reason; two rules with the same name (both places",
      "are named); a field ClaimFacts does not have; points outside " + CheckRulesCommand.MIN_POINTS + ".."
          + CheckRulesCommand.MAX_POINTS + "; and a value",
      "the pipeline never produces for a text fact whose values the fact schema lists or takes from",
      "the knowledge (type, speakerKind, verbStrength, interest, side, channel, ...; articleCues,",
      "evidenceFlags or hedges contains): a typo such as type == \"casualties\" would make the rule",
      "never fire.",
      "",
      "Every problem is printed as one line, DIR/FILE:LINE: message, sorted by file and line, then a",
      "summary line. Exit 0 when the folder is clean, 2 on any problem."
    })
final class CheckRulesCommand implements Callable<Integer> {

  static final int MIN_POINTS = -50;
  static final int MAX_POINTS = 50;

  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
  private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
  private static final Pattern POINTS = Pattern.compile("@points\\s*\\(\\s*([-+]?\\d+)\\s*\\)");
  private static final Pattern COMPARED = Pattern.compile(
      "(?<![\\w$])(" + checked(FactSchema.Type.TEXT) + ")\\s*(==|!=)\\s*\"([^\"]*)\"");
  private static final Pattern CONTAINED = Pattern.compile(
      "(?<![\\w$])(" + checked(FactSchema.Type.TEXT_LIST) + ")\\s+(not\\s+)?contains\\s+\"([^\"]*)\"");
  private static final Pattern IN_LIST = Pattern.compile(
      "(?<![\\w$])(" + checked(FactSchema.Type.TEXT) + ")\\s+(not\\s+)?in\\s*\\(([^)]*)\\)");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = Paths.DEFAULT_RULES,
      description = "Rules folder: *.drl rule files, settings.csv, lexicon/ and tests/ (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(names = "--knowledge", paramLabel = "DIR",
      description = "Knowledge overlay: files named as in rules/knowledge/ and rules/lexicon/ that add to or"
          + " override the shipped rows (same id overrides; new ids add). Repeatable; a later one wins.")
  List<String> knowledge = new ArrayList<>();

  /** One {@code rule} declaration found in the text of a rule file. */
  record Declared(String name, String file, int line) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = rules.equals(Paths.DEFAULT_RULES) ? Paths.resolveDefault(rules) : Path.of(rules);
    String display = displayName(dir);
    if (!Files.isDirectory(dir)) {
      err.println("check-rules: no such rules folder: " + display);
      return ExitCodes.USAGE;
    }
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files = ruleFiles(dir, display, problems);
    List<Declared> declared = new ArrayList<>();
    Map<String, List<String>> known = knownValues(dir, display);
    for (Path file : files) {
      lintFile(dir, display, file, known, declared, problems);
    }

    RuleCaseRunner runner = new RuleCaseRunner();
    int cases = runner.count(dir);
    int ruleCount = declared.size();
    boolean loaded = false;
    try {
      List<Lexicon.Folder> overlays = new ArrayList<>();
      for (String k : knowledge) {
        if (!Files.isDirectory(Path.of(k))) {
          problems.add(new Diagnostic(k, 0, "no such knowledge folder"));
        } else {
          overlays.add(new Lexicon.Folder(Path.of(k), displayName(Path.of(k))));
        }
      }
      Stages stages = StandardStages.load(dir, display, overlays);
      stages.lexicon().warnings().forEach(out::println);
      loaded = true;
      ruleCount = stages.rules().rules().size();
      problems.addAll(runner.run(dir, stages.rules()));
      problems.addAll(runner.coverage(dir, stages.rules()));
    } catch (SetupException e) {
      problems.addAll(e.diagnostics());
    }
    List<Diagnostic> sorted = problems.stream().distinct().sorted(Diagnostic.BY_PLACE).toList();
    sorted.forEach(out::println);
    String summary = String.format("check-rules: %d rule%s in %d file%s, %d rule test%s", ruleCount,
        plural(ruleCount), files.size(), plural(files.size()), cases, plural(cases))
        + (loaded ? "" : " not run (the rules do not load)");
    out.println(summary + ": " + (sorted.isEmpty() ? "OK" : sorted.size() + " problem" + plural(sorted.size())));
    return sorted.isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
  }

  /** The names of the schema's checked facts of one type, as a regex alternation. */
  private static String checked(FactSchema.Type type) {
    return FactSchema.checkedTextFacts().stream().filter(f -> FactSchema.fact(f).type() == type)
        .collect(java.util.stream.Collectors.joining("|"));
  }

  /**
   * The values the pipeline can produce for each checked text fact of the schema; those that come
   * from the knowledge (hedges, sides, conflicts, countries) only when the lexicon loads.
   */
  static Map<String, List<String>> knownValues(Path dir, String display) {
    Lexicon lexicon = null;
    try {
      lexicon = Lexicon.loadRules(dir, display, List.of());
    } catch (SetupException e) {
      // The lexicon's own problems are reported when the rules folder is loaded; its values go unchecked.
    }
    return FactSchema.allowedValues(lexicon);
  }

  /** Reads one rule file: its rule declarations, points out of range and values no claim can have. */
  private static void lintFile(Path dir, String display, Path file, Map<String, List<String>> known,
      List<Declared> declared, List<Diagnostic> problems) {
    String rel = dir.relativize(file).toString().replace('\\', '/');
    String where = display + "/" + rel;
    List<String> lines;
    try {
      lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      return; // loading the rule book reports the file
    }
    boolean inComment = false;
    String rule = null;
    for (int i = 0; i < lines.size(); i++) {
      StringBuilder code = new StringBuilder();
      inComment = stripComments(lines.get(i), inComment, code);
      String line = code.toString();
      Matcher r = RULE.matcher(line);
      if (r.find()) {
        rule = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
        declared.add(new Declared(rule, where, i + 1));
        continue;
      }
      if (END.matcher(line).find()) {
        rule = null;
        continue;
      }
      Place prefix = new Place(where, i + 1, rule == null ? "" : "rule \"" + rule + "\": ");
      Matcher p = POINTS.matcher(line);
      while (p.find()) {
        long points = Long.parseLong(p.group(1).replace("+", ""));
        if (points < MIN_POINTS || points > MAX_POINTS) {
          problems.add(prefix.problem("@points(" + p.group(1) + ") is outside " + MIN_POINTS + ".." + MAX_POINTS
              + ": no single rule should decide a score on its own"));
        }
      }
      Matcher c = COMPARED.matcher(line);
      while (c.find()) {
        checkValue(prefix, c.group(1), c.group(2), c.group(3), known, problems);
      }
      Matcher in = CONTAINED.matcher(line);
      while (in.find()) {
        checkValue(prefix, in.group(1), in.group(2) == null ? "contains" : "not contains", in.group(3), known,
            problems);
      }
      Matcher list = IN_LIST.matcher(line);
      while (list.find()) {
        Matcher q = QUOTED.matcher(list.group(3));
        while (q.find()) {
          checkValue(prefix, list.group(1), list.group(2) == null ? "in" : "not in", q.group(1), known, problems);
        }
      }
    }
  }

  /** Where a lint problem is: the file, the line, and the rule it is in as a prefix of the message. */
  private record Place(String file, int line, String rule) {
    Diagnostic problem(String message) {
      return new Diagnostic(file, line, rule + message);
    }
  }

  private static void checkValue(Place prefix, String field, String operator, String value,
      Map<String, List<String>> known, List<Diagnostic> problems) {
    List<String> values = known.get(field);
    if (values == null || values.contains(value)) {
      return;
    }
    boolean negated = operator.startsWith("!") || operator.startsWith("not");
    String shown = field + " " + operator + " \"" + value + "\"";
    String nearest = nearest(value, values);
    String listed = values.stream().map(v -> "\"" + v + "\"").reduce((a, b) -> a + ", " + b).orElse("none");
    problems.add(prefix.problem(shown + (negated ? " is always true" : " never matches") + ": \"" + value
        + "\" is not a value the pipeline produces for " + field
        + (nearest == null ? "" : " (did you mean \"" + nearest + "\"?)")
        + (field.equals("hedges") ? "; add it to lexicon/hedges.txt if it is a new hedge" : "; known: " + listed)));
  }

  /** The known value closest to {@code value}, ignoring case, when few edits apart (two, or a third of it); else null. */
  private static String nearest(String value, List<String> values) {
    String best = null;
    int bestDistance = Math.max(2, value.length() / 3) + 1;
    for (String v : values) {
      int d = distance(value.toLowerCase(Locale.ROOT), v.toLowerCase(Locale.ROOT));
      if (!v.isEmpty() && d < bestDistance) {
        best = v;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Appends {@code line} without its comments to {@code code}, keeping quoted strings whole.
   *
   * @return true when a block comment is still open at the end of the line
   */
  private static boolean stripComments(String line, boolean inComment, StringBuilder code) {
    boolean comment = inComment;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
      if (comment) {
        if (ch == '*' && next == '/') {
          comment = false;
          i++;
        }
      } else if (quote != 0) {
        code.append(ch);
        if (ch == '\\' && next != 0) {
          code.append(next);
          i++;
        } else if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '/' && next == '/') {
        break;
      } else if (ch == '/' && next == '*') {
        comment = true;
        i++;
      } else {
        if (ch == '"' || ch == '\'') {
          quote = ch;
        }
        code.append(ch);
      }
    }
    return comment;
  }

  /** The *.drl files the rule book compiles: everywhere under the folder except lexicon/ and tests/. */
  private static List<Path> ruleFiles(Path dir, String display, List<Diagnostic> problems) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
          .filter(p -> {
            String first = dir.relativize(p).getName(0).toString();
            return !first.equals("lexicon") && !first.equals(RuleCaseRunner.TESTS);
          })
          .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Diagnostic(display, 0, "cannot list rule files: " + e.getMessage()));
      return List.of();
    }
  }

  private static String displayName(Path dir) {
    String s = dir.toString().replace('\\', '/');
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? "." : s;
  }

  private static String plural(int n) {
    return n == 1 ? "" : "s";
  }
}
