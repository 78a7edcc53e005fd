package org.claimscore.report;

import java.util.Collection;
import java.util.Locale;

/** Formats report cells: lists, decimals, and text that a spreadsheet must not run as a formula. */
final class Cells {

  private Cells() {}

  /**
   * Text from articles or rule files, made safe for spreadsheets: a cell that begins with
   * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so it shows as text and
   * never runs as a formula.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
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
