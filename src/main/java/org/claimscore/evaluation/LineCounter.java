package org.claimscore.evaluation;

/**
 * Line numbers of positions in a text, met in increasing order and counted once over the text,
 * for naming the line a CSV record of an evaluation file starts on.
 */
final class LineCounter {

  private final String content;
  private int position;
  private int line = 1;

  LineCounter(String content) {
    this.content = content;
  }

  /** The 1-based line of {@code target}; targets must not decrease from one call to the next. */
  int lineAt(long target) {
    for (; position < target && position < content.length(); position++) {
      if (content.charAt(position) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The line a record starting at {@code target} is on as a person counts it: past the blank and
   * {@code #} comment lines the CSV parser keeps in front of the record.
   */
  int recordLineAt(long target) {
    int at = lineAt(target);
    int from = (int) Math.min(target, content.length());
    while (from < content.length()) {
      int eol = content.indexOf('\n', from);
      String text = content.substring(from, eol < 0 ? content.length() : eol).strip();
      if (eol < 0 || !text.isEmpty() && !text.startsWith("#")) {
        break;
      }
      from = eol + 1;
      at++;
    }
    return at;
  }
}
