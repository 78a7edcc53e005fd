package org.claimscore.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscore.setup.Diagnostic;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * What a rule file may hold, checked on Drools' own parse of the file before anything in it is
 * compiled or run: rules that match {@link ClaimFacts} on its fields, carry literal metadata and
 * have an empty {@code then} block. Anything else is a {@link Diagnostic} on its line, and the file
 * is not compiled.
 *
 * <h2>Design decision: a rule file is untrusted input, checked against an allow-list</h2>
 *
 * <p>Editors change rule files and reports travel with the rules folder they name, so a rule file
 * is input like an article. Drools compiles a rule's {@code then} block as Java, evaluates its
 * conditions, its {@code @metadata} values and attributes such as {@code salience} as MVEL, and
 * offers functions, globals, imports, {@code from} and {@code eval}: each reaches any class on the
 * class path, so files, processes, the network, reflection, threads and {@code System.exit}. A
 * sandbox around that (a security manager, a class filter in the compiler) would be deprecated,
 * partial or tied to Drools internals. Rules here need none of it: their points come from
 * metadata an agenda listener reads, so the {@code then} block stays empty. The check therefore
 * allows only what rules use and rejects everything else:
 *
 * <ul>
 *   <li>package {@code org.claimscore.rules}; no {@code function}, {@code global}, {@code query},
 *       {@code declare}, {@code unit} or attribute ({@code salience}, {@code dialect}, ...);
 *       imports of {@code ClaimFacts} only;
 *   <li>conditions are patterns on {@code ClaimFacts} joined by {@code and}, {@code or}, {@code
 *       not}, {@code exists} and {@code forall}; no {@code eval}, {@code from}, {@code collect},
 *       {@code accumulate}, entry points or windows;
 *   <li>in a constraint, once string literals are set aside, every name is a field of {@code
 *       ClaimFacts}, a variable the rule binds, an operator or literal ({@code contains}, {@code
 *       matches}, {@code in}, {@code true}, ...), a method on {@link #METHODS} called on one of
 *       those, or {@code Math.abs/min/max}: nothing else can be named, so nothing else can be
 *       reached, {@code System}, {@code Runtime}, {@code Class} and {@code getClass} included;
 *       brackets only in {@code str[...]}, and no braces, {@code #}, {@code @}, {@code ;},
 *       backslashes outside strings or unicode escapes in them;
 *   <li>{@code @points} and {@code @credibility} are whole numbers, {@code @reason} and {@code
 *       @flag} quoted text, and no other metadata, since Drools evaluates metadata values;
 *   <li>the {@code then} block holds nothing but white space and comments.
 * </ul>
 *
 * <p>The same check is the run-time safeguard: no code but the allowed methods is compiled, so no
 * rule can leave the JVM or end it while it runs. The file is parsed with the parser and language
 * level the compiler uses, so the check and the compiler read the same rules.
 */
final class RulePolicy {

  /** The package a rule file declares, if it declares one. */
  static final String PACKAGE = "org.claimscore.rules";

  /** The fact type rules match, as an import names it. */
  static final String FACT_IMPORT = ClaimFacts.class.getName();

  /** The methods a constraint may call on a field, a bound variable or the result of another allowed call. */
  static final Set<String> METHODS = Set.of("length", "isEmpty", "isBlank", "startsWith", "endsWith", "contains",
      "equals", "equalsIgnoreCase", "toLowerCase", "toUpperCase", "trim", "strip", "indexOf", "lastIndexOf",
      "matches", "size", "abs", "min", "max");

  /** Operators and literals written as words in DRL constraints. */
  private static final Set<String> WORDS = Set.of("contains", "not", "matches", "memberOf", "soundslike", "str",
      "in", "true", "false", "null", "this", "excludes");
  private static final Set<String> STR_OPERATIONS = Set.of("startsWith", "endsWith", "length");
  private static final Set<String> MATH = Set.of("abs", "min", "max");
  private static final Set<String> METADATA = Set.of("points", "reason", "flag", "credibility");
  private static final Set<String> NUMBER_METADATA = Set.of("points", "credibility");
  private static final Set<String> FACT_TYPES = Set.of(ClaimFacts.class.getSimpleName(), FACT_IMPORT);
  private static final Set<String> FIELDS = Set.copyOf(FactSchema.names());
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d{1,9}");
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
  private static final Pattern BINDING = Pattern.compile("^\\s*([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*:(?!:)");
  private static final Pattern PARSER_POSITION =
      Pattern.compile("^(\\[\\d+,\\d+\\]:\\s*)?\\[ERR \\d+\\] Line \\d+:\\d+\\s*");
  private static final String SEE = " (see \"What a rule may contain\" in the rules README)";

  /** One {@code rule} of a file: its name and the line of its {@code rule} keyword. */
  record Declared(String name, int line) {}

  /**
   * The outcome for one file: its problems (none when it may be compiled), the rules it declares,
   * and its package.
   */
  record Checked(List<Diagnostic> problems, List<Declared> rules, String packageName) {
    Checked {
      problems = List.copyOf(problems);
      rules = List.copyOf(rules);
    }
  }

  private final LanguageLevelOption languageLevel =
      KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration().getOption(LanguageLevelOption.KEY);

  /** Parses {@code text}, the rule file named {@code file} in problems, and checks it against the policy. */
  Checked check(String file, String text) {
    DrlParser parser = new DrlParser(languageLevel);
    PackageDescr pkg;
    try {
      pkg = parser.parse(false, text);
    } catch (Exception | StackOverflowError e) {
      return new Checked(List.of(new Diagnostic(file, 0, "not a rule file Drools can read: "
          + Settings.oneLine(String.valueOf(e.getMessage())))), List.of(), "");
    }
    List<Diagnostic> problems = new ArrayList<>();
    if (parser.hasErrors() || pkg == null) {
      for (DroolsError error : parser.getErrors()) {
        int line = error instanceof ParserError pe ? Math.max(0, pe.getRow()) : 0;
        problems.add(new Diagnostic(file, line, parserMessage(error.getMessage())));
      }
      if (problems.isEmpty()) {
        problems.add(new Diagnostic(file, 0, "not a rule file Drools can read"));
      }
      return new Checked(problems, List.of(), "");
    }
    new FileCheck(file, text, problems).check(pkg);
    List<Declared> rules = pkg.getRules().stream().filter(r -> !(r instanceof QueryDescr))
        .map(r -> new Declared(r.getName(), Math.max(0, r.getLine()))).toList();
    return new Checked(problems, rules, pkg.getName() == null ? "" : pkg.getName());
  }

  /** A parser or compiler message on one line, without the position prefix the file and line already give. */
  static String parserMessage(String text) {
    return PARSER_POSITION.matcher(Settings.oneLine(String.valueOf(text))).replaceFirst("");
  }

  /** The checks of one parsed file, collecting its problems. */
  private static final class FileCheck {
    private final String file;
    private final String text;
    private final List<Diagnostic> problems;
    /** Offsets of the file's line feeds, found on first use. */
    private int[] lineBreaks;

    FileCheck(String file, String text, List<Diagnostic> problems) {
      this.file = file;
      this.text = text;
      this.problems = problems;
    }

    void check(PackageDescr pkg) {
      if (pkg.getName() != null && !pkg.getName().isEmpty() && !pkg.getName().equals(PACKAGE)) {
        problem(pkg, 1, "is in package " + pkg.getName() + ": rule files are in package " + PACKAGE
            + ", where ClaimFacts and Math mean what the check allows" + SEE);
      }
      if (pkg.getUnit() != null) {
        problem(pkg.getUnit(), 0, "declares a rule unit: a rule file holds rules only" + SEE);
      }
      for (ImportDescr imp : pkg.getImports()) {
        if (!FACT_IMPORT.equals(imp.getTarget())) {
          problem(imp, 0, "uses import " + imp.getTarget() + ": a rule file may import only " + FACT_IMPORT + SEE);
        }
      }
      for (FunctionImportDescr imp : pkg.getFunctionImports()) {
        problem(imp, 0, "uses import function " + imp.getTarget() + ": a rule file may import only " + FACT_IMPORT);
      }
      for (ImportDescr imp : pkg.getAccumulateImports()) {
        problem(imp, 0, "uses import accumulate " + imp.getTarget() + ": a rule file may import only " + FACT_IMPORT);
      }
      for (AttributeDescr attribute : pkg.getAttributes()) {
        problem(attribute, 0, "sets " + attribute.getName() + ": a rule file takes no attributes" + SEE);
      }
      for (GlobalDescr global : pkg.getGlobals()) {
        problem(global, 0, "declares a global " + global.getIdentifier() + ": a rule file holds rules only" + SEE);
      }
      for (FunctionDescr function : pkg.getFunctions()) {
        problem(function, 0, "declares a function " + function.getName() + "(): a rule file holds rules only" + SEE);
      }
      for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
        problem(type, 0, "declares a type " + type.getTypeName() + ": a rule file holds rules only" + SEE);
      }
      for (EnumDeclarationDescr type : pkg.getEnumDeclarations()) {
        problem(type, 0, "declares an enum " + type.getTypeName() + ": a rule file holds rules only" + SEE);
      }
      for (BaseDescr declaration : pkg.getEntryPointDeclarations()) {
        problem(declaration, 0, "declares an entry point: a rule file holds rules only" + SEE);
      }
      for (BaseDescr declaration : pkg.getWindowDeclarations()) {
        problem(declaration, 0, "declares a window: a rule file holds rules only" + SEE);
      }
      for (RuleDescr rule : pkg.getRules()) {
        if (rule instanceof QueryDescr query) {
          problem(query, 0, "declares a query " + query.getName() + ": a rule file holds rules only" + SEE);
        } else {
          new RuleCheck(rule).check();
        }
      }
    }

    private void problem(BaseDescr at, int fallbackLine, String message) {
      int line = at != null && at.getLine() > 0 ? at.getLine() : fallbackLine;
      problems.add(new Diagnostic(file, line, message));
    }

    /** The line of character {@code offset} of the file, 1-based. */
    private int lineAt(int offset) {
      if (lineBreaks == null) {
        lineBreaks = java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
      }
      int found = Arrays.binarySearch(lineBreaks, offset);
      return (found >= 0 ? found : -found - 1) + 1;
    }

    /** The checks of one rule; its problems are worded {@code rule "NAME" ...}. */
    private final class RuleCheck {
      private final RuleDescr rule;
      private final String subject;
      private final Set<String> bound = new HashSet<>();

      RuleCheck(RuleDescr rule) {
        this.rule = rule;
        this.subject = "rule \"" + rule.getName() + "\" ";
      }

      void check() {
        for (AttributeDescr attribute : rule.getAttributes().values()) {
          problem(attribute, rule.getLine(), subject + "sets " + attribute.getName()
              + ": a rule takes no attributes, only @points, @reason, @flag and @credibility" + SEE);
        }
        for (AnnotationDescr annotation : rule.getAnnotations()) {
          metadata(annotation);
        }
        if (rule.getLhs() != null) {
          collectBindings(rule.getLhs());
          condition(rule.getLhs());
        }
        consequence();
        if (!rule.getNamedConsequences().isEmpty()) {
          problems.add(new Diagnostic(file, rule.getLine(), subject + "has a named consequence (then[...]): "
              + "leave then ... end empty" + SEE));
        }
      }

      private void metadata(AnnotationDescr annotation) {
        String name = annotation.getName();
        int line = metadataLine(name);
        if (!METADATA.contains(name)) {
          problems.add(new Diagnostic(file, line, subject + "has @" + name
              + " metadata: a rule reads only @points, @reason, @flag and @credibility" + SEE));
          return;
        }
        Map<String, Object> values = annotation.getValueMap();
        boolean literal = values.size() <= 1 && values.keySet().stream().allMatch("value"::equals);
        String raw = values.isEmpty() ? "" : String.valueOf(values.values().iterator().next()).strip();
        if (literal && !values.isEmpty()) {
          literal = NUMBER_METADATA.contains(name) ? WHOLE_NUMBER.matcher(raw).matches() : QUOTED.matcher(raw).matches();
        }
        if (!literal) {
          String expected = NUMBER_METADATA.contains(name) ? "a whole number" : "quoted text";
          problems.add(new Diagnostic(file, line, subject + "has @" + name + "(" + abbreviate(raw)
              + "): a metadata value must be " + expected + SEE));
        }
      }

      /** The line of {@code @name} in the rule's header, or the rule's line when it cannot be found. */
      private int metadataLine(String name) {
        int from = Math.max(0, rule.getStartCharacter());
        Matcher m = Pattern.compile("@" + Pattern.quote(name) + "\\b").matcher(text);
        return from < text.length() && m.find(from) ? lineAt(m.start()) : Math.max(0, rule.getLine());
      }

      private void collectBindings(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
          if (pattern.getIdentifier() != null) {
            bound.add(pattern.getIdentifier());
          }
          if (pattern.getConstraint() instanceof BaseDescr constraint) {
            collectBindings(constraint);
          }
        } else if (descr instanceof ExprConstraintDescr expr) {
          Matcher m = BINDING.matcher(expr.getExpression());
          if (m.find()) {
            bound.add(m.group(1));
          }
        } else if (descr instanceof ConditionalElementDescr ce) {
          for (Object child : ce.getDescrs()) {
            if (child instanceof BaseDescr d) {
              collectBindings(d);
            }
          }
        }
      }

      private void condition(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
          pattern(pattern);
        } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
            || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
          for (Object child : ((ConditionalElementDescr) descr).getDescrs()) {
            condition((BaseDescr) child);
          }
        } else if (descr instanceof EvalDescr) {
          problem(descr, rule.getLine(), subject + "uses eval(...): conditions are tests on ClaimFacts fields" + SEE);
        } else if (descr instanceof ConditionalBranchDescr || descr instanceof NamedConsequenceDescr) {
          problem(descr, rule.getLine(), subject + "uses do[...]: leave then ... end empty" + SEE);
        } else {
          problem(descr, rule.getLine(), subject + "uses " + construct(descr)
              + ": conditions are tests on ClaimFacts fields" + SEE);
        }
      }

      private void pattern(PatternDescr pattern) {
        int line = pattern.getLine() > 0 ? pattern.getLine() : rule.getLine();
        PatternSourceDescr source = pattern.getSource();
        if (source != null) {
          problems.add(new Diagnostic(file, line, subject + "uses " + construct(source)
              + ": a rule matches the ClaimFacts of the claim it scores" + SEE));
          return;
        }
        if (pattern.isQuery() || !FACT_TYPES.contains(pattern.getObjectType())) {
          problems.add(new Diagnostic(file, line, subject + "matches " + pattern.getObjectType()
              + ": a rule may match only ClaimFacts" + SEE));
          return;
        }
        if (!pattern.getBehaviors().isEmpty()) {
          problems.add(new Diagnostic(file, line, subject + "uses a window (over ...)" + SEE));
        }
        for (AnnotationDescr annotation : pattern.getAnnotations()) {
          problems.add(new Diagnostic(file, line, subject + "uses @" + annotation.getName() + " on a pattern" + SEE));
        }
        if (pattern.getConstraint() instanceof BaseDescr constraint) {
          constraint(constraint, line);
        }
      }

      private void constraint(BaseDescr descr, int patternLine) {
        int line = descr.getLine() > 0 ? descr.getLine() : patternLine;
        if (descr instanceof ExprConstraintDescr expr) {
          String problem = new Expression(expr.getExpression(), subject, bound).problem();
          if (problem != null) {
            problems.add(new Diagnostic(file, line, problem));
          }
        } else if (descr instanceof ConditionalElementDescr ce) {
          for (Object child : ce.getDescrs()) {
            constraint((BaseDescr) child, line);
          }
        } else {
          problems.add(new Diagnostic(file, line, subject + "uses " + construct(descr) + " in a constraint" + SEE));
        }
      }

      private void consequence() {
        String code = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        int at = firstCode(code);
        if (at < 0) {
          return;
        }
        int start = rule.getEndCharacter() > 0 ? text.lastIndexOf(code, rule.getEndCharacter()) : -1;
        int line = start >= 0 ? lineAt(start + at) : Math.max(rule.getLine(), rule.getConsequenceLine());
        String call = firstCall(code.substring(at));
        problems.add(new Diagnostic(file, line, subject + (call == null ? "has code in its then block"
            : "calls " + call + "() in its then block")
            + ": leave then ... end empty, the points come from @points" + SEE));
      }
    }
  }

  /**
   * The offset of the first character of {@code code} that is neither white space nor in a comment,
   * or -1. A backslash counts as code: Java reads a unicode escape such as {@code \u000a} before
   * comments, so it could end a comment early.
   */
  static int firstCode(String code) {
    int backslash = code.indexOf('\\');
    int i = 0;
    while (i < code.length()) {
      if (Character.isWhitespace(code.charAt(i))) {
        i++;
      } else if (code.startsWith("//", i)) {
        int eol = code.indexOf('\n', i);
        i = eol < 0 ? code.length() : eol + 1;
      } else if (code.startsWith("/*", i) && code.indexOf("*/", i + 2) >= 0) {
        i = code.indexOf("*/", i + 2) + 2;
      } else {
        return backslash >= 0 ? Math.min(i, backslash) : i;
      }
    }
    return backslash;
  }

  /** The dotted name before the first {@code (} in some Java code ({@code Runtime.getRuntime}), or null. */
  private static String firstCall(String code) {
    String blanked = code.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    int paren = blanked.indexOf('(');
    int end = paren;
    while (end > 0 && Character.isWhitespace(blanked.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isJavaIdentifierPart(blanked.charAt(start - 1)) || blanked.charAt(start - 1) == '.')) {
      start--;
    }
    if (paren < 0 || start == end) {
      return null;
    }
    String name = blanked.substring(start, end);
    String before = blanked.substring(0, start).stripTrailing();
    boolean created = before.endsWith("new")
        && (before.length() == 3 || !Character.isJavaIdentifierPart(before.charAt(before.length() - 4)));
    return created ? "new " + name : name;
  }

  private static String construct(BaseDescr descr) {
    if (descr instanceof FromDescr) {
      return "from";
    } else if (descr instanceof CollectDescr) {
      return "collect";
    } else if (descr instanceof AccumulateDescr) {
      return "accumulate";
    } else if (descr instanceof EntryPointDescr) {
      return "an entry point";
    } else if (descr instanceof WindowReferenceDescr) {
      return "a window";
    }
    return descr.getClass().getSimpleName().replaceFirst("Descr$", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static String abbreviate(String s) {
    String one = Settings.oneLine(s);
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }

  /**
   * One constraint expression read as tokens: names, numbers, string literals and operator
   * characters, enough to tell which names it uses and which of them it calls.
   */
  private static final class Expression {
    private static final String ALLOWED_CALLS = ": a condition may call only the String, list and Math methods"
        + " on the allow-list" + SEE;

    private final String source;
    private final String subject;
    private final Set<String> bound;
    private final List<String> tokens = new ArrayList<>();
    private String problem;

    /** @param subject how problems begin: {@code rule "NAME" } */
    Expression(String source, String subject, Set<String> bound) {
      this.source = source;
      this.subject = subject;
      this.bound = bound;
      tokenize();
    }

    /** What the expression does that a rule may not, as a whole message; null when it is allowed. */
    String problem() {
      if (problem != null) {
        return problem;
      }
      for (int k = 0; k < tokens.size(); k++) {
        String name = tokens.get(k);
        if (name.equals("[") && (k == 0 || !tokens.get(k - 1).equals("str"))) {
          return subject + "uses [...] in a condition: only str[startsWith], str[endsWith] and str[length] take"
              + " brackets" + SEE;
        }
        if (!isName(name)) {
          continue;
        }
        String before = k > 0 ? tokens.get(k - 1) : "";
        String after = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
        if (before.equals(".")) {
          if (!METHODS.contains(name) && !FIELDS.contains(name)) {
            String receiver = k < 2 ? "" : tokens.get(k - 2).equals(")") ? "(...)" : tokens.get(k - 2);
            return subject + (after.equals("(") ? "calls " + receiver + "." + name + "()" : "uses " + receiver + "."
                + name) + ALLOWED_CALLS;
          }
        } else if (before.equals("[") && k > 1 && tokens.get(k - 2).equals("str")) {
          if (!STR_OPERATIONS.contains(name)) {
            return subject + "uses str[" + name + "]: str[...] takes startsWith, endsWith or length" + SEE;
          }
        } else if (name.equals("Math") && after.equals(".") && k + 2 < tokens.size()
            && MATH.contains(tokens.get(k + 2))) {
          k += 2;
        } else if (!FIELDS.contains(name) && !bound.contains(name) && !WORDS.contains(name)) {
          return unknown(k);
        }
      }
      return null;
    }

    /** The problem with the name at token {@code k}, which is no field, variable or operator. */
    private String unknown(int k) {
      StringBuilder dotted = new StringBuilder(tokens.get(k));
      int end = k + 1;
      while (end + 1 < tokens.size() && tokens.get(end).equals(".") && isName(tokens.get(end + 1))) {
        dotted.append('.').append(tokens.get(end + 1));
        end += 2;
      }
      if (end < tokens.size() && tokens.get(end).equals("(")) {
        return subject + "calls " + dotted + "()" + ALLOWED_CALLS;
      }
      if (end > k + 1) {
        return subject + "uses " + dotted + ": a constraint may name only ClaimFacts fields and the rule's variables"
            + SEE;
      }
      return "unknown field '" + dotted + "' on ClaimFacts in: " + Settings.oneLine(source);
    }

    private static boolean isName(String token) {
      return !token.isEmpty() && Character.isJavaIdentifierStart(token.charAt(0));
    }

    private void tokenize() {
      int i = 0;
      int n = source.length();
      while (i < n) {
        char c = source.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (source.startsWith("//", i)) {
          int eol = source.indexOf('\n', i);
          i = eol < 0 ? n : eol + 1;
        } else if (source.startsWith("/*", i)) {
          int end = source.indexOf("*/", i + 2);
          if (end < 0) {
            problem = subject + "has a comment that is not closed: " + abbreviate(source);
            return;
          }
          i = end + 2;
        } else if (c == '"' || c == '\'') {
          int end = i + 1;
          while (end < n && source.charAt(end) != c) {
            if (source.startsWith("\\u", end)) {
              problem = subject + "uses a \\u escape in a string: write the character itself" + SEE;
              return;
            }
            end += source.charAt(end) == '\\' ? 2 : 1;
          }
          if (end >= n) {
            problem = subject + "has a string that is not closed: " + abbreviate(source);
            return;
          }
          tokens.add("\"\"");
          i = end + 1;
        } else if (Character.isJavaIdentifierStart(c)) {
          int end = i + 1;
          while (end < n && Character.isJavaIdentifierPart(source.charAt(end))) {
            end++;
          }
          tokens.add(source.substring(i, end));
          i = end;
        } else if (Character.isDigit(c)) {
          int end = digits(i + 1);
          if (end + 1 < n && source.charAt(end) == '.' && Character.isDigit(source.charAt(end + 1))) {
            end = digits(end + 1);
          }
          if (end < n && "lLfFdD".indexOf(source.charAt(end)) >= 0) {
            end++;
          }
          tokens.add(source.substring(i, end));
          i = end;
        } else if ("{}#@;\\`".indexOf(c) >= 0 || Character.isISOControl(c)) {
          problem = subject + "uses '" + (Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : c)
              + "' in a constraint: " + abbreviate(source) + SEE;
          return;
        } else {
          tokens.add(String.valueOf(c));
          i++;
        }
      }
    }

    private int digits(int from) {
      int end = from;
      while (end < source.length() && Character.isDigit(source.charAt(end))) {
        end++;
      }
      return end;
    }
  }
}
