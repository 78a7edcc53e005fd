package org.claimscore.ingest;

/** An input that could not be read as an article, with the reason a user can act on. */
public record Rejection(String input, String reason) {}
