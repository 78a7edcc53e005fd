package org.claimscore.text;

/**
 * Names and reasons as a one-line message shows them: a file name is untrusted, and a line break
 * or a control character in it must not start a line of its own or change how the rest reads.
 */
public final class Printable {

  private Printable() {}

  /**
   * {@code text} with every line break, control and invisible formatting character written as an
   * escape: {@code \n}, {@code \r}, {@code \t}, otherwise {@code \}{@code uXXXX} (also the line and
   * paragraph separators, bidirectional overrides, zero-width characters and unpaired surrogates).
   * Text without any of them comes back as it is.
   */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    int first = 0;
    while (first < text.length() && !escaped(text, first)) {
      first += Character.charCount(text.codePointAt(first));
    }
    if (first >= text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (!escaped(text, i)) {
        sb.appendCodePoint(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        for (int k = i; k < i + width; k++) {
          sb.append(String.format("\\u%04x", (int) text.charAt(k)));
        }
      }
      i += width;
    }
    return sb.toString();
  }

  /** Whether the character (or surrogate pair) at {@code i} is written as an escape. */
  private static boolean escaped(String text, int i) {
    char c = text.charAt(i);
    if (c >= ' ' && c < 0x7f) {
      return false;
    }
    int type = Character.getType(text.codePointAt(i));
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
  }
}
