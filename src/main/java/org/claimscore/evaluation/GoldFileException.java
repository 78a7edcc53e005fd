package org.claimscore.evaluation;

/** A gold file that cannot be read; the message is {@code FILE:LINE: what is wrong}. */
public final class GoldFileException extends Exception {

  private static final long serialVersionUID = 1L;

  public GoldFileException(String message) {
    super(message);
  }
}
