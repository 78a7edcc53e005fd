package org.claimscore.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One file of the sources or the generator's policy, read whole as strict UTF-8 (a leading byte
 * order mark dropped), with the path it is reported under and line numbers for character offsets.
 *
 * @param path where the file is, relative to the folder given ({@code ucdp/ucdp-actor-221.csv}): its source cells
 * @param shown how problems name it: the folder as the user gave it, then {@code path}
 * @param text the content
 */
record SourceFile(String path, String shown, String text) {

  SourceFile {
    if (path.isBlank() || shown.isBlank()) {
      throw new IllegalArgumentException("a source file needs a path");
    }
  }

  /** Reads {@code root/path}; a missing or unreadable file is a problem at line 1 and gives null. */
  static SourceFile read(Path root, String rootShown, String path, Problems problems) {
    String shown = rootShown + "/" + path;
    Path file = root.resolve(path);
    if (!Files.isRegularFile(file)) {
      problems.add(shown, 1, "missing: the generator reads this file");
      return null;
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      if (text.isEmpty()) {
        problems.add(shown, 1, "empty: the generator reads this file");
        return null;
      }
      return new SourceFile(path, shown, text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      problems.add(shown, 1, "not UTF-8 text");
      return null;
    } catch (IOException e) {
      problems.add(shown, 1, "cannot read: " + e.getMessage());
      return null;
    }
  }

  /** The 1-based line a character offset is on; CR LF and LF both end a line. */
  int lineAt(long offset) {
    int end = (int) Math.min(offset, text.length());
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }

  /**
   * The line a CSV record starts on as an editor counts it: a record's position is where its
   * parse began, which is before the comment and blank lines above it.
   */
  int recordLine(long position) {
    int at = (int) Math.min(position, text.length());
    int line = lineAt(at);
    while (at < text.length()) {
      int eol = text.indexOf('\n', at);
      String row = text.substring(at, eol < 0 ? text.length() : eol).strip();
      if (eol < 0 || !row.isEmpty() && !row.startsWith("#")) {
        break;
      }
      at = eol + 1;
      line++;
    }
    return line;
  }

  /** The lines of the file without their line ends (CR LF or LF). */
  String[] lines() {
    String[] lines = text.split("\r?\n", -1);
    return lines.length > 0 && lines[lines.length - 1].isEmpty() ? Arrays.copyOf(lines, lines.length - 1) : lines;
  }
}
