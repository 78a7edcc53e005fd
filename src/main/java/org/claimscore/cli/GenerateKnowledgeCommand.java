package org.claimscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimscore.knowledge.KnowledgeGenerator;
import org.claimscore.knowledge.KnowledgeSourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimscore generate-knowledge}: writes the knowledge files from the public source data. */
@Command(
    name = "generate-knowledge",
    mixinStandardHelpOptions = true,
    header = "Generate the knowledge files (countries, actors, conflicts, organisations, outlets) from public data.",
    description = {
      "Read the public data in DIR (NOTICE.md, factbook/, ucdp/, wp-rsp/, factbook-appendix-b/: the CIA World",
      "Factbook, the UCDP actor list and armed conflict dataset, Wikipedia's perennial sources list, the",
      "Factbook's Appendix B) and the policy in OUT/generator/ (name forms, letters, ratings, words never used",
      "as names), and write OUT/countries.csv, actors.csv, conflicts.csv, international-organisations.csv,",
      "outlets-rsp.csv and NOTICE.md. Each file's header names its sources and how each source field maps to",
      "its columns, kinds and letters. The same sources and policy give byte-identical files.",
      "",
      "Each file is written to a temporary file and moved into place; no other file in OUT is touched, and",
      "nothing is written when a source cannot be read. Then prints what each file holds and the counts",
      "against issue 9's coverage targets.",
      "Exit 0 when written; 2 when DIR, OUT or a source or policy file is missing or malformed",
      "(FILE:LINE: message per problem)."
    })
final class GenerateKnowledgeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", paramLabel = "DIR", defaultValue = Paths.DEFAULT_SOURCES,
      description = "Folder of the public source data and its NOTICE.md (default: ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = Paths.DEFAULT_KNOWLEDGE,
      description = "Knowledge folder to write, holding the policy in generator/ (default: ${DEFAULT-VALUE}).")
  String out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path sources = from.equals(Paths.DEFAULT_SOURCES) ? Paths.resolveDefault(from) : Path.of(from);
    Path knowledge = out.equals(Paths.DEFAULT_KNOWLEDGE) ? Paths.resolveDefault(out) : Path.of(out);
    if (!Files.isDirectory(sources)) {
      err.println("generate-knowledge: no source folder " + from + ": give --from DIR, the folder holding NOTICE.md,"
          + " factbook/, ucdp/, wp-rsp/ and factbook-appendix-b/");
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(knowledge)) {
      err.println("generate-knowledge: no knowledge folder " + out + ": give --out DIR, a folder holding the"
          + " generator's policy in generator/ (as rules/knowledge does)");
      return ExitCodes.USAGE;
    }
    KnowledgeGenerator.Result result;
    try {
      result = KnowledgeGenerator.generate(sources, from, knowledge, out);
    } catch (KnowledgeSourceException e) {
      e.problems().forEach(err::println);
      err.println("generate-knowledge: " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
          + "; nothing written");
      return ExitCodes.USAGE;
    }
    try {
      KnowledgeGenerator.write(knowledge, result.files());
    } catch (IOException e) {
      err.println("generate-knowledge: cannot write " + out + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    stdout.println("generate-knowledge: wrote " + out + "/ from " + from + ":");
    for (String line : result.counts()) {
      stdout.println("  " + line);
    }
    stdout.println("coverage against issue 9's targets:");
    for (KnowledgeGenerator.Coverage c : result.coverage()) {
      stdout.printf("  %-58s %6d  %s%n", c.what(), c.count(), c.met() ? "ok (at least " + c.minimum() + ")"
          : "BELOW the target of " + c.minimum());
    }
    if (!result.notes().isEmpty()) {
      stdout.println("notes:");
      result.notes().forEach(n -> stdout.println("  " + n));
    }
    return ExitCodes.OK;
  }
}
