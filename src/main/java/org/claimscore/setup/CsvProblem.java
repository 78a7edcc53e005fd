package org.claimscore.setup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a CSV parser's complaint about a file means to an editor: the line it is on, in plain words. */
public final class CsvProblem {

  private static final Pattern LINE = Pattern.compile("(?:startline |line:? )(\\d+)");
  private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^(?:[\\w$]+\\.)*[\\w$]*(?:Exception|Error):\\s*");

  private CsvProblem() {}

  /**
   * The diagnostic for {@code failure}, thrown by Commons CSV while reading {@code file}: on the
   * line the parser names (1 when it names none).
   */
  public static Diagnostic of(String file, Exception failure) {
    String raw = String.valueOf(failure.getMessage());
    Matcher m = LINE.matcher(raw);
    int line = m.find() ? Integer.parseInt(m.group(1)) : 1;
    String message;
    if (raw.contains("EOF reached before encapsulated token finished")) {
      message = "unbalanced quote: a field opened with \" on this line is never closed"
          + " (write a quote inside a quoted field as \"\")";
    } else if (raw.contains("Invalid char between encapsulated token and delimiter")) {
      message = "text after a closing quote: a quoted field must end at the next comma"
          + " (write a quote inside a quoted field as \"\")";
    } else {
      message = "cannot read as CSV: " + EXCEPTION_PREFIX.matcher(raw.replaceAll("\\s+", " ").trim()).replaceFirst("");
    }
    return new Diagnostic(file, line, message);
  }
}
