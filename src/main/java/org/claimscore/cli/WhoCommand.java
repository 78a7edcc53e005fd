package org.claimscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimscore.lexicon.Actor;
import org.claimscore.setup.SetupException;
import org.claimscore.lexicon.Conflict;
import org.claimscore.lexicon.Country;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimscore who NAME}: what the knowledge says about a name, and which file line says it. */
@Command(
    name = "who",
    mixinStandardHelpOptions = true,
    header = "Print what the knowledge knows about a name: kind, country, letter, conflicts and sides, FILE:LINE.",
    description = {
      "Look NAME up in the knowledge the tool loads (rules/knowledge, rules/lexicon, then each --knowledge",
      "overlay): every actor whose name or alias is NAME (any case; a leading 'the' is optional) or whose",
      "acronym is NAME (same case), and every country whose name, other name, demonym or capital is NAME.",
      "For each: its id, name, kind, country, source letter (empty: the settings' default for its kind),",
      "the conflicts of conflicts.csv it is a party to and on which side (a body of a state stands with",
      "its country; 'supporter' for a secondary party), and the FILE:LINE it was read from.",
      "",
      "Exit 0 when something matched, 1 when nothing did, 2 when the knowledge does not load."
    })
final class WhoCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The name, alias, acronym or country to look up.")
  String name;

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = Paths.DEFAULT_RULES,
      description = "Rules folder holding knowledge/ and lexicon/ (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(names = "--knowledge", paramLabel = "DIR",
      description = "Knowledge overlay laid over the shipped knowledge, as for score. Repeatable; a later one wins.")
  List<String> knowledge = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = rules.equals(Paths.DEFAULT_RULES) ? Paths.resolveDefault(rules) : Path.of(rules);
    if (!Files.isDirectory(dir)) {
      err.println("who: no such rules folder: " + Printable.escape(rules));
      return ExitCodes.USAGE;
    }
    List<Lexicon.Folder> overlays = new ArrayList<>();
    for (String k : knowledge) {
      if (!Files.isDirectory(Path.of(k))) {
        err.println("who: no such knowledge folder: " + Printable.escape(k));
        return ExitCodes.USAGE;
      }
      overlays.add(new Lexicon.Folder(Path.of(k), k));
    }
    Lexicon lexicon;
    try {
      lexicon = Lexicon.loadRules(dir, rules, overlays);
    } catch (SetupException e) {
      e.lines().forEach(err::println);
      return ExitCodes.USAGE;
    }
    String wanted = bare(name);
    int found = 0;
    for (Country c : lexicon.countries()) {
      List<String> forms = new ArrayList<>(List.of(c.name()));
      forms.addAll(c.aliases());
      forms.addAll(c.demonyms());
      forms.addAll(c.capitals());
      if (forms.stream().anyMatch(f -> bare(f).equals(wanted))) {
        out.println(c.id() + "  " + c.name() + "  (country)");
        out.println("  names: " + String.join(" | ", forms));
        printConflicts(out, lexicon, c.id(), c.id());
        out.println("  from: " + c.origin());
        found++;
      }
    }
    for (Actor a : lexicon.actors()) {
      boolean byName = Lexicon.names(a).stream().anyMatch(f -> bare(f).equals(wanted));
      boolean byAcronym = a.acronyms().contains(name.strip());
      if (!byName && !byAcronym) {
        continue;
      }
      out.println(a.id() + "  " + a.name());
      out.println("  kind: " + a.kind() + "  country: " + orNone(a.country()) + "  letter: "
          + (a.letter().isEmpty() ? "(settings default for its kind)" : a.letter())
          + (a.speaksFor().isEmpty() ? "" : "  speaks for: " + a.speaksFor()));
      printConflicts(out, lexicon, a.id(), a.stateBody() ? a.country() : null);
      if (!a.speaksFor().isEmpty()) {
        printConflicts(out, lexicon, a.speaksFor(), null);
      }
      out.println("  from: " + a.origin());
      found++;
    }
    if (found == 0) {
      err.println("who: nothing in the knowledge is named '" + Printable.escape(name) + "' (names, aliases,"
          + " acronyms and countries of " + Printable.escape(rules) + "/knowledge, " + Printable.escape(rules)
          + "/lexicon" + (knowledge.isEmpty() ? "" : " and the overlays") + " were searched)");
      return 1;
    }
    return 0;
  }

  /** One line per conflict that names {@code id}, or {@code country} for a body of that state. */
  private static void printConflicts(PrintWriter out, Lexicon lexicon, String id, String country) {
    List<String> lines = new ArrayList<>();
    for (Conflict c : lexicon.conflicts()) {
      String where = side(c, id, country);
      if (where != null) {
        lines.add("    " + c.id() + " " + c.name() + " (" + c.firstYear() + "-" + c.lastYear() + "): " + where);
      }
    }
    out.println("  conflicts: " + (lines.isEmpty() ? "none" : lines.size()));
    lines.forEach(out::println);
  }

  private static String side(Conflict c, String id, String country) {
    String[] labels = {"side A", "side B", "supporter of side A", "supporter of side B"};
    List<List<String>> sides = List.of(c.sideA(), c.sideB(), c.supportersA(), c.supportersB());
    for (int i = 0; i < sides.size(); i++) {
      if (sides.get(i).contains(id)) {
        return labels[i] + " (as " + id + ")";
      }
      if (country != null && sides.get(i).contains(country)) {
        return labels[i] + " (as " + country + ")";
      }
    }
    return null;
  }

  private static String orNone(String s) {
    return s.isEmpty() ? "(none)" : s;
  }

  /** Lower case, runs of white space as one, a leading "the " dropped. */
  private static String bare(String s) {
    String t = s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return t.startsWith("the ") ? t.substring(4) : t;
  }
}
