package org.claimscore.ingest;

import java.util.Objects;
import org.claimscore.text.Printable;

/**
 * An input that could not be read as an article, with the reason a user can act on.
 *
 * @param input the input as given (plus {@code :LINE} for a JSONL line), exactly as named, for
 *     finding the file again; print it through {@link Printable#escape}
 * @param reason one line: a line break or control character of a name it quotes is escaped
 */
public record Rejection(String input, String reason) {

  public Rejection {
    Objects.requireNonNull(input, "input");
    reason = Printable.escape(Objects.requireNonNull(reason, "reason"));
  }
}
