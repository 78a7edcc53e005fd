package org.claimscore.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** SHA-256 fingerprints of the files a run depends on, so an auditor can tell what changed. */
public final class Fingerprints {

  private Fingerprints() {}

  /** SHA-256 of one file's bytes, as lower-case hex. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md = digest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * Every regular file under {@code dir} that can change a score (rule files, settings, lexicon;
   * not the editor's rule tests), by path relative to {@code dir} with forward slashes.
   */
  public static Map<String, String> ruleFiles(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (rel.startsWith("tests/") || rel.endsWith(".md") || rel.startsWith(".")) {
          continue;
        }
        out.put(rel, sha256(p));
      }
    }
    return out;
  }

  /** One hash over a set of file hashes: changes when any file, its name, or the set changes. */
  public static String combined(Map<String, String> files) {
    MessageDigest md = digest();
    new TreeMap<>(files).forEach((name, hash) ->
        md.update((name + "\0" + hash + "\n").getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(md.digest());
  }

  /** Hashes of the given input files, by the path string under which they were read. */
  public static Map<String, String> inputs(List<String> inputPaths) {
    Map<String, String> out = new TreeMap<>();
    for (String input : inputPaths) {
      try {
        out.put(input, sha256(Path.of(input)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot hash input " + input, e);
      }
    }
    return out;
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
