package org.claimscore.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A report folder checked before anything is written to it: not a file, not the root, not an
 * input nor beside an input's articles, and holding nothing but the report files of an earlier
 * run, which are the only files a run replaces.
 *
 * @param path the folder, absolute, with symbolic links resolved as far as it exists
 */
public record OutputFolder(Path path) {

  /** How many of the files a folder holds a refusal names before it gives only their count. */
  private static final int NAMES_SHOWN = 3;

  public OutputFolder {
    if (!path.isAbsolute() || path.getParent() == null) {
      throw new IllegalArgumentException("a report folder is an absolute path below the root: " + path);
    }
  }

  /** Why a folder cannot take the reports; the message says what to do instead. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * Checks {@code out} as a report folder for a run over {@code inputs} (files and folders that
   * exist), and returns it; or says why not.
   */
  public static OutputFolder check(Path out, Collection<Path> inputs) throws IOException {
    String shown = "--out " + out;
    Path absolute = out.toAbsolutePath().normalize();
    if (absolute.getParent() == null) {
      throw new Refused(shown + ": is the root of the file system; give the reports a folder of their own");
    }
    Path real = real(absolute);
    if (real.getParent() == null) {
      throw new Refused(shown + ": leads to the root of the file system; give the reports a folder of their own");
    }
    for (Path input : inputs) {
      Path in = real(input.toAbsolutePath().normalize());
      if (real.equals(in)) {
        throw new Refused(shown + ": is the input " + (Files.isDirectory(in) ? "folder " : "file ") + input
            + " itself; choose a report folder outside the inputs");
      }
      if (in.startsWith(real)) {
        throw new Refused(shown + ": holds the input " + input + "; choose a report folder outside the inputs");
      }
      if (Files.isDirectory(in) && real.startsWith(in)) {
        throw new Refused(shown + ": is inside the input folder " + input
            + ", where the next run would read the reports as articles; choose a report folder outside it");
      }
    }
    if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !Files.exists(real)) {
      throw new Refused(shown + ": is a symbolic link to nothing; choose a new or empty folder");
    }
    if (Files.exists(real) && !Files.isDirectory(real)) {
      throw new Refused(shown + ": is a file, not a folder; choose a new or empty folder (the file is left as it is)");
    }
    if (Files.isDirectory(real)) {
      List<String> others = others(real);
      if (!others.isEmpty()) {
        List<String> named = others.subList(0, Math.min(NAMES_SHOWN, others.size()));
        throw new Refused(shown + ": already holds " + others.size() + " file(s) or folder(s) that are not "
            + "claimscore reports (" + String.join(", ", named) + (others.size() > named.size() ? ", ..." : "")
            + "); score replaces only its own report files and deletes nothing else, so choose a new or empty "
            + "folder, or remove those files yourself");
      }
      writable(real);
    }
    Path existing = real.getParent();
    while (!Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (!Files.isDirectory(existing)) {
      throw new Refused(shown + ": " + existing + " is a file, not a folder");
    }
    writable(existing);
    return new OutputFolder(real);
  }

  /** Whether {@code name} in a report folder is a file an earlier run wrote there. */
  static boolean ours(Path folder, String name) {
    Path p = folder.resolve(name);
    return ReportWriter.OWNED.contains(name) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
        || name.equals(Staging.MARKER) && Staging.isMarker(p);
  }

  /** The entries of {@code folder} a run did not write, sorted, folders ending in {@code /}. */
  private static List<String> others(Path folder) throws IOException {
    List<String> others = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (!ours(folder, name)) {
          others.add(printable(name) + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : ""));
        }
      }
    }
    others.sort(null);
    return others;
  }

  private static void writable(Path folder) throws Refused {
    if (!Files.isWritable(folder)) {
      throw new Refused("cannot write to " + folder + ": permission denied");
    }
  }

  /**
   * {@code path} with symbolic links resolved: all of it when it exists, else its longest
   * existing beginning, with the rest as given.
   */
  static Path real(Path absolute) throws IOException {
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    return existing.toRealPath().resolve(existing.relativize(absolute));
  }

  /** A file name with control characters written as {@code \\uXXXX}, so it fits on one line. */
  private static String printable(String name) {
    StringBuilder sb = new StringBuilder();
    name.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
