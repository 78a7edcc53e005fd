package org.claimscore.evaluation;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;

/** The text of a gold, events or key file a user hands {@code evaluate}. */
final class EvaluationFile {

  private EvaluationFile() {}

  /** The file's text; a file that is not UTF-8 is a {@code display:1} problem. */
  static String read(Path file, String display) throws IOException, SetupException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new SetupException(new Diagnostic(display, 1, "not valid UTF-8"));
    }
  }
}
