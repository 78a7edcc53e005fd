package org.claimscore.report;

import java.util.Collection;
import java.util.Locale;

/** Formats report cells: lists, decimals, and text that a spreadsheet must not run as a formula. */
final class Cells {

  /** The mark put before a cell a spreadsheet could run; also before a cell that begins with the mark itself. */
  static final char GUARD = '\'';

  private Cells() {}

  /**
   * Text that came from a user (articles, file names, ids, rule and knowledge files), made safe for
   * spreadsheets: a cell that begins with {@code = + - @}, a tab, a carriage return, a line feed or
   * a NUL gets a leading apostrophe, so it shows as text and never runs as a formula. A cell that
   * begins with an apostrophe gets one more, so that {@link #original} can always undo the guard.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return needsGuard(value.charAt(0)) ? GUARD + value : value;
  }

  /** The text a cell written by {@link #text} holds: one leading apostrophe removed, if there is one. */
  static String original(String cell) {
    return cell != null && !cell.isEmpty() && cell.charAt(0) == GUARD ? cell.substring(1) : cell;
  }

  private static boolean needsGuard(char first) {
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r', '\n', '\0', GUARD -> true;
      default -> false;
    };
  }

  /** A list joined with {@code "; "}, then made safe as text. */
  static String list(Collection<String> values) {
    return text(String.join("; ", values));
  }

  /** A decimal with a fixed number of places and a dot, whatever the locale. */
  static String decimal(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }
}
