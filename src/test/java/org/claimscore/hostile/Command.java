package org.claimscore.hostile;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.claimscore.cli.Main;
import picocli.CommandLine;

/** Runs the command line in-process and keeps its exit code and both outputs, for the hostile-input tests. */
record Command(int exit, String out, String err) {

  static Command run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Command(exit, out.toString(), err.toString());
  }
}
