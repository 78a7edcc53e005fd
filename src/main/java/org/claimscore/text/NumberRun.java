package org.claimscore.text;

/** A number as the tokenisers cut it from text: a run of digits, with {@code ,} or {@code .} only between digits. */
public final class NumberRun {

  private NumberRun() {}

  /** True for an ASCII digit. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Where the number that begins at {@code from} ends: after its last digit. {@code 1,300} and
   * {@code 18.5} are one number; {@code 2024.} ends before the point.
   */
  public static int end(String text, int from) {
    int n = text.length();
    int j = from + 1;
    while (j < n) {
      char d = text.charAt(j);
      if (isDigit(d)) {
        j++;
      } else if ((d == ',' || d == '.') && j + 1 < n && isDigit(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }
}
