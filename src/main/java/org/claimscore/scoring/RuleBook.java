package org.claimscore.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;

/**
 * The compiled rules of one rules folder, with its settings; built once per run and shared by
 * threads. {@link #score} runs a fresh session per call.
 *
 * <p>Design decision: rules are declarative. A rule's consequence is empty; an agenda listener
 * reads each fired rule's {@code @points}, {@code @reason}, {@code @flag} and {@code @credibility}
 * and adds them up, so the facts stay immutable records and a rule counts at most once per claim.
 * Every rule file is checked against {@link RulePolicy} before anything is compiled, and one that
 * breaks it is not compiled at all.
 */
public final class RuleBook {

  private static final String RESOURCES = "src/main/resources/";
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final String NULL_PACKAGE = "Parser returned a null Package";
  private static final Pattern UNKNOWN_FIELD = Pattern.compile(
      "Unable to Analyse Expression (.*?):\\s*\\[Error: unable to resolve method using strict-mode: "
          + "[\\w.$]*?(\\w+)\\.(\\w+)\\(\\)\\]", Pattern.DOTALL);
  /** How Drools names the rule of a condition that failed: {@code [Rule "NAME" in FILE]}. */
  private static final Pattern FAILED_RULE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\"");

  private final String displayDir;
  private final Settings settings;
  private final KieBase kieBase;
  private final Map<String, RuleInfo> rulesByKey;
  private final List<RuleInfo> rules;
  private final List<Path> files;

  private RuleBook(String displayDir, Settings settings, KieBase kieBase, Map<String, RuleInfo> rulesByKey,
      List<Path> files) {
    this.displayDir = displayDir;
    this.settings = settings;
    this.kieBase = kieBase;
    this.rulesByKey = Map.copyOf(rulesByKey);
    this.rules = rulesByKey.values().stream()
        .sorted(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line).thenComparing(RuleInfo::name))
        .toList();
    this.files = List.copyOf(files);
  }

  /**
   * Compiles every {@code *.drl} under {@code rulesDir} (except in {@code lexicon/} and {@code tests/})
   * and reads {@code settings.csv}.
   *
   * @throws SetupException with every problem of every file, each naming {@code RULESDIR/FILE} and its line
   */
  public static RuleBook load(Path rulesDir) throws SetupException {
    return load(rulesDir, displayName(rulesDir));
  }

  /** As {@link #load(Path)}, naming the folder {@code display} in problems and reports. */
  public static RuleBook load(Path rulesDir, String display) throws SetupException {
    display = displayName(display);
    if (!Files.isDirectory(rulesDir)) {
      throw new SetupException(new Diagnostic(display, 0, "not a folder"));
    }
    List<Diagnostic> problems = new ArrayList<>();
    Settings settings = null;
    try {
      settings = Settings.load(rulesDir, display);
    } catch (SetupException e) {
      problems.addAll(e.diagnostics());
    }
    List<Path> drls = ruleFiles(rulesDir, display, problems);
    if (drls.isEmpty()) {
      if (problems.stream().noneMatch(p -> p.file().endsWith(".drl"))) {
        problems.add(new Diagnostic(display, 0, "no *.drl rule files in this folder"));
      }
      throw new SetupException(problems);
    }

    // Every file is checked against the rule policy before anything is compiled; only files that
    // pass are compiled, so the compiler's own problems are still reported for those.
    RulePolicy policy = new RulePolicy();
    Map<String, RulePolicy.Checked> checked = new TreeMap<>();
    Map<String, String> textByRel = new TreeMap<>();
    for (Path drl : drls) {
      String rel = relative(rulesDir, drl);
      try {
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        textByRel.put(rel, text);
        checked.put(rel, policy.check(display + "/" + rel, text));
      } catch (MalformedInputException e) {
        problems.add(new Diagnostic(display + "/" + rel, 1, "not valid UTF-8"));
      } catch (IOException e) {
        problems.add(Diagnostic.cannotRead(display + "/" + rel, e));
      }
    }
    Set<String> unsafe = new TreeSet<>();
    checked.forEach((rel, c) -> {
      problems.addAll(c.problems());
      if (!c.problems().isEmpty()) {
        unsafe.add(rel);
      }
    });
    unsafe.addAll(duplicateNames(display, checked, problems));

    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId = ks.newReleaseId("org.claimscore", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
    kfs.generateAndWritePomXML(releaseId);
    Map<String, String> relByTarget = new HashMap<>();
    for (Map.Entry<String, RulePolicy.Checked> e : checked.entrySet()) {
      String rel = e.getKey();
      if (unsafe.contains(rel)) {
        continue;
      }
      String pkg = e.getValue().packageName();
      String target = RESOURCES + (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + rel;
      Resource resource = ks.getResources().newByteArrayResource(textByRel.get(rel).getBytes(StandardCharsets.UTF_8))
          .setResourceType(ResourceType.DRL).setSourcePath(target).setTargetPath(target);
      kfs.write(resource);
      relByTarget.put(target, rel);
      relByTarget.put(target.substring(RESOURCES.length()), rel);
    }
    if (relByTarget.isEmpty()) {
      throw new SetupException(problems);
    }
    KieBase kieBase = null;
    try {
      KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
      List<Diagnostic> compileProblems = new ArrayList<>();
      for (Message msg : builder.getResults().getMessages(Message.Level.ERROR)) {
        if (msg.getText() != null && msg.getText().contains(NULL_PACKAGE)) {
          continue;
        }
        String rel = msg.getPath() == null ? null : relByTarget.getOrDefault(msg.getPath(), msg.getPath());
        String where = rel == null ? display : display + "/" + rel;
        compileProblems.add(new Diagnostic(where, Math.max(0, msg.getLine()), readable(msg.getText())));
      }
      if (compileProblems.isEmpty() && !builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
        compileProblems.add(new Diagnostic(display, 0, "the rules do not compile: " + NULL_PACKAGE));
      }
      problems.addAll(compileProblems);
      if (problems.isEmpty()) {
        kieBase = ks.newKieContainer(releaseId).getKieBase();
      }
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(new Diagnostic(display, 0, "the rules do not compile: " + readable(e.getMessage())));
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
    if (!problems.isEmpty()) {
      throw new SetupException(problems);
    }

    Map<String, RuleInfo> infos = new LinkedHashMap<>();
    List<Diagnostic> metadataProblems = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        String rel = fileOf(rule, relByTarget);
        int line = checked.containsKey(rel) ? checked.get(rel).rules().stream()
            .filter(d -> d.name().equals(rule.getName())).mapToInt(RulePolicy.Declared::line).findFirst().orElse(0) : 0;
        RuleInfo info = info(rule, rel, line, display, metadataProblems);
        if (info != null) {
          infos.put(key(rule), info);
        }
      }
    }
    if (!metadataProblems.isEmpty()) {
      throw new SetupException(metadataProblems);
    }
    List<Path> files = new ArrayList<>(drls);
    files.add(rulesDir.resolve(Settings.FILE));
    return new RuleBook(display, settings, kieBase, infos, files);
  }

  /** The rules folder as the user gave it, as problems and reports name it. */
  public String displayDir() {
    return displayDir;
  }

  public Settings settings() {
    return settings;
  }

  /** Every rule, by file, then line. */
  public List<RuleInfo> rules() {
    return rules;
  }

  /** The files the rule book was built from (rule files, then settings), for hashing into run records. */
  public List<Path> files() {
    return files;
  }

  /**
   * Scores a batch of claims in a fresh session: one {@link Score} per fact, in input order.
   * Thread-safe.
   *
   * @throws RuleRunException when the rules fire more often than the settings allow, or a condition
   *     fails on a claim
   */
  public List<Score> score(List<ClaimFacts> facts) {
    if (facts.isEmpty()) {
      return List.of();
    }
    Map<ClaimFacts, Map<String, Firing>> firings = new IdentityHashMap<>();
    Map<Rule, Fired> byRule = new IdentityHashMap<>();
    KieSession session = kieBase.newKieSession();
    try {
      session.addEventListener(new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
          Fired rule = byRule.computeIfAbsent(event.getMatch().getRule(), r -> new Fired(rulesByKey.get(key(r))));
          if (rule.info == null) {
            return;
          }
          rule.count++;
          for (Object o : event.getMatch().getObjects()) {
            Map<String, Firing> mine = firings.get(o);
            if (mine != null) {
              mine.putIfAbsent(rule.info.name(), rule.firing);
            }
          }
        }
      });
      // A rule fires at most once per claim unless it matches several claims at once, so the
      // limit is never below one firing of every rule on every claim.
      long perClaim = Math.max(settings.firingLimitPerClaim(), rules.size() + 1L);
      boolean tooOften;
      try {
        for (ClaimFacts f : facts) {
          if (!firings.containsKey(f)) {
            firings.put(f, new LinkedHashMap<>());
            session.insert(f);
          }
        }
        long limit = perClaim * firings.size();
        tooOften = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, limit)) >= limit;
      } catch (RuntimeException e) {
        throw new RuleRunException(List.of(failed(e)), e);
      }
      if (tooOften) {
        throw new RuleRunException(firedTooOften(byRule.values(), firings.size(), perClaim), null);
      }
    } finally {
      session.dispose();
    }
    List<Score> scores = new ArrayList<>(facts.size());
    for (ClaimFacts f : facts) {
      scores.add(verdict(f, firings.get(f).values()));
    }
    return scores;
  }

  private Score verdict(ClaimFacts f, Collection<Firing> fired) {
    int sum = 0;
    int cap = 0;
    for (Firing firing : fired) {
      sum += firing.points();
      cap = Math.max(cap, firing.credibility());
    }
    int confidence = (int) Math.max(0, Math.min(100, (long) settings.baseConfidence() + sum));
    int digit = Math.max(settings.digitFor(confidence), cap);
    String letter = f.sourceLetter();
    List<Firing> sorted = fired.stream()
        .sorted(Comparator.comparingInt((Firing x) -> -Math.abs(x.points())).thenComparing(Firing::rule))
        .toList();
    List<String> flags = fired.stream().map(Firing::flag).filter(s -> !s.isEmpty()).distinct().sorted().toList();
    return new Score(f.claimId(), confidence, letter + digit, sorted, flags);
  }

  /** One line an editor can act on: MVEL's multi-line resolution errors become "unknown field". */
  private static String readable(String text) {
    String raw = String.valueOf(text);
    Matcher m = UNKNOWN_FIELD.matcher(raw);
    if (m.find()) {
      return "unknown field '" + m.group(3) + "' on " + m.group(2) + " in: " + Settings.oneLine(m.group(1));
    }
    return RulePolicy.parserMessage(raw);
  }

  /** A rule as one session sees it: its metadata from the rule file, and how often it fired. */
  private static final class Fired {
    /** Null for a rule without metadata, which no score records. */
    final RuleInfo info;
    final Firing firing;
    int count;

    Fired(RuleInfo info) {
      this.info = info;
      this.firing = info == null ? null : info.firing();
    }
  }

  /** The rules that fired most, each at its line: no rule fires that often on claims one at a time. */
  private List<Diagnostic> firedTooOften(Collection<Fired> fired, int claims, long perClaim) {
    int most = fired.stream().filter(r -> r.info != null).mapToInt(r -> r.count).max().orElse(0);
    return fired.stream().filter(r -> r.info != null && r.count == most)
        .map(r -> new Diagnostic(displayDir + "/" + r.info.file(), r.info.line(), "rule \"" + r.info.name()
            + "\" fired " + most + " times on " + claims + " claim" + (claims == 1 ? "" : "s") + ", past the limit of "
            + perClaim + " firings per claim (firing_limit_per_claim, or one more than the number of rules if that is"
            + " more): a rule with several ClaimFacts patterns fires once for every combination of claims they match"))
        .sorted(Diagnostic.BY_PLACE).toList();
  }

  /** The rule whose condition threw {@code e}, at its line, when the message names one of ours. */
  private Diagnostic failed(RuntimeException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why = Settings.oneLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    Matcher m = FAILED_RULE.matcher(String.valueOf(e.getMessage()));
    RuleInfo info = null;
    while (info == null && m.find()) {
      String name = m.group(1);
      info = rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
    if (info == null) {
      return new Diagnostic(displayDir, 0, "a rule failed while scoring: " + why);
    }
    return new Diagnostic(displayDir + "/" + info.file(), info.line(), "rule \"" + info.name()
        + "\" failed while scoring: " + why);
  }

  private static RuleInfo info(Rule rule, String rel, int line, String display, List<Diagnostic> found) {
    Map<String, Object> meta = rule.getMetaData();
    String file = display + "/" + rel;
    String subject = "rule \"" + rule.getName() + "\" ";
    List<Diagnostic> problems = new ArrayList<>();
    java.util.function.Consumer<String> problem = m -> problems.add(new Diagnostic(file, line, m));
    Object points = meta.get("points");
    Object reason = meta.get("reason");
    Object flag = meta.getOrDefault("flag", "");
    Object credibility = meta.getOrDefault("credibility", 0);
    if (points == null) {
      problem.accept(subject + "has no @points(N) metadata");
    } else if (!(points instanceof Integer)) {
      problem.accept(subject + "has @points(" + points + "): expected a whole number");
    }
    if (reason == null) {
      problem.accept(subject + "has no @reason(\"...\") metadata");
    } else if (!(reason instanceof String s) || s.isBlank()) {
      problem.accept(subject + "has @reason(" + reason + "): expected a quoted sentence");
    }
    if (!(flag instanceof String)) {
      problem.accept(subject + "has @flag(" + flag + "): expected a quoted word");
    }
    if (!(credibility instanceof Integer c) || (c != 0 && (c < 1 || c > 6))) {
      problem.accept(subject + "has @credibility(" + credibility + "): expected a digit 1-6");
    }
    if (!problems.isEmpty()) {
      found.addAll(problems);
      return null;
    }
    return new RuleInfo(rule.getName(), rel, line, (Integer) points, ((String) reason).trim(),
        ((String) flag).trim(), (Integer) credibility);
  }

  private static String fileOf(Rule rule, Map<String, String> relByTarget) {
    if (rule instanceof RuleImpl impl && impl.getResource() != null) {
      Resource r = impl.getResource();
      for (String path : new String[] {r.getSourcePath(), r.getTargetPath()}) {
        if (path != null && relByTarget.containsKey(path)) {
          return relByTarget.get(path);
        }
      }
    }
    return "?";
  }

  /**
   * Reports every rule name declared more than once across the files, at each place it is
   * declared, and returns the files that hold one: Drools would only report the second, in its
   * own words, and rule names must be unique across files.
   */
  private static Set<String> duplicateNames(String display, Map<String, RulePolicy.Checked> checked,
      List<Diagnostic> problems) {
    /** Where a rule is declared. */
    record Place(String rel, int line) {
      String shown(String display) {
        return display + "/" + rel + ":" + line;
      }
    }
    Map<String, List<Place>> placesByName = new TreeMap<>();
    checked.forEach((rel, c) -> c.rules().forEach(
        r -> placesByName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(new Place(rel, r.line()))));
    Set<String> files = new TreeSet<>();
    placesByName.forEach((name, places) -> {
      if (places.size() < 2) {
        return;
      }
      for (Place place : places) {
        String others = places.stream().filter(o -> o != place).map(o -> o.shown(display))
            .reduce((a, b) -> a + ", " + b).orElse("");
        problems.add(new Diagnostic(display + "/" + place.rel(), place.line(), "rule \"" + name + "\" is defined "
            + (places.size() == 2 ? "twice" : places.size() + " times") + " (also at " + others
            + "); rule names must be unique across the rule files"));
        files.add(place.rel());
      }
    });
    return files;
  }

  private static String key(Rule rule) {
    return rule.getPackageName() + "/" + rule.getName();
  }

  private static List<Path> ruleFiles(Path rulesDir, String display, List<Diagnostic> problems) {
    try (Stream<Path> walk = Files.walk(rulesDir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
          .filter(p -> {
            Path first = rulesDir.relativize(p).getName(0);
            return !first.toString().equals("lexicon") && !first.toString().equals("tests");
          })
          .sorted(Comparator.comparing(p -> relative(rulesDir, p)))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Diagnostic(display, 0, "cannot list rule files: " + Settings.oneLine(e.getMessage())));
      return List.of();
    }
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  static String displayName(Path dir) {
    return displayName(dir.toString());
  }

  private static String displayName(String dir) {
    String s = dir.replace('\\', '/');
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? "." : s;
  }
}
