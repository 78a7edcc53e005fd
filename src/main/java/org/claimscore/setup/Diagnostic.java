package org.claimscore.setup;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Comparator;

/**
 * One problem a user can fix in a file they hand the tool: a rule, settings, lexicon or gold file.
 * It prints as one line, {@code FILE:LINE: message}, whatever characters the file name or message
 * hold.
 *
 * @param file the file as the user named it ({@code rules/patterns.drl}), or the folder for a
 *     problem of the whole folder
 * @param line the 1-based line, or 0 when the problem is the whole file
 * @param message what is wrong, and where it helps, what to do
 */
public record Diagnostic(String file, int line, String message) {

  /** By file, then line number, then message: the order an editor fixes them in. */
  public static final Comparator<Diagnostic> BY_PLACE = Comparator.comparing(Diagnostic::file)
      .thenComparingInt(Diagnostic::line).thenComparing(Diagnostic::message);

  public Diagnostic {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("a diagnostic needs a file");
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or more, got " + line);
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("a diagnostic needs a message");
    }
  }

  /** A file that exists but cannot be read ({@code FILE:0: cannot read: permission denied}). */
  public static Diagnostic cannotRead(String file, IOException failure) {
    String why;
    if (failure instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (failure instanceof NoSuchFileException) {
      why = "no such file";
    } else if (failure.getMessage() == null || failure.getMessage().isBlank()) {
      why = failure.getClass().getSimpleName();
    } else {
      why = failure.getMessage();
    }
    return new Diagnostic(file, 0, "cannot read: " + why);
  }

  /** {@code FILE:LINE: message} on one line: line breaks and other control characters are escaped. */
  @Override
  public String toString() {
    return oneLine(file) + ":" + line + ": " + oneLine(message);
  }

  private static String oneLine(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != 0x7f && c != '\u2028' && c != '\u2029') {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? s : out.toString();
  }
}
