package org.claimscore.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimscore} command: scores news claims with rules editors keep in plain files. */
@Command(
    name = "claimscore",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Scores the factual claims in a batch of news articles about one event: who each claim comes",
      "from, whether really independent sources back it, and which editor-kept rules fire on it.",
      "Writes per-claim confidence (0-100), an Admiralty grade (A-F source, 1-6 information) and",
      "the reasons, as CSV reports an auditor can follow back to every rule that fired."
    },
    subcommands = {ScoreCommand.class, CheckRulesCommand.class, ExplainCommand.class, DiffCommand.class,
        VerifyCommand.class, EvaluateCommand.class, BenchCommand.class, GenerateKnowledgeCommand.class, WhoCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 done; 1 inputs rejected under --strict, no input held an article, or an",
        "internal failure; 2 usage error, or rule, settings, lexicon, language or gold files that cannot",
        "be used, one FILE:LINE line per problem (no report is written)."})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line; tests set its writers to capture output. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setUsageHelpWidth(100);
    cl.setExecutionExceptionHandler(new Failures());
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      cmd.getErr().println(cmd.getCommandName() + ": " + ex.getMessage());
      cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports an unexpected failure in one line; the stack trace only with CLAIMSCORE_DEBUG set. */
  static final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
      cmd.getErr().println("claimscore: internal error: " + ex);
      if (System.getenv("CLAIMSCORE_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      } else {
        cmd.getErr().println("Set CLAIMSCORE_DEBUG=1 to see the stack trace, and please report it.");
      }
      return ExitCodes.FAILURE;
    }
  }

  /** The version recorded at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"claimscore " + toolVersion()};
    }
  }

  /** The tool version from the build, or "dev" when run from unpackaged classes. */
  public static String toolVersion() {
    try (InputStream in = Main.class.getResourceAsStream("/claimscore.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
