package org.claimscore.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** The hidden folder beside a report folder where a run writes its reports before moving them in. */
final class Staging implements AutoCloseable {

  private static final String INFIX = ".writing-";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private boolean ended;

  private Staging(Path dir) {
    this.dir = dir;
  }

  /** Creates a staging folder beside {@code target}, with the umask's mode. */
  static Staging beside(Path target) throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path dir = null;
    while (dir == null) {
      Path candidate = parent.resolve("." + target.getFileName() + INFIX + Long.toUnsignedString(RANDOM.nextLong(), 36));
      try {
        dir = Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException e) {
        // another name is drawn
      }
    }
    return new Staging(dir);
  }

  Path dir() {
    return dir;
  }

  /**
   * Moves the report files {@code written} into {@code target}: renames this folder to it when it
   * does not exist; otherwise moves each file in, replacing the report files of an earlier run
   * and removing those this run did not write. {@code last} goes last, so a folder caught half-way
   * never looks like a finished report. Nothing else in {@code target} is touched.
   */
  void publish(Path target, List<String> written, String last) throws IOException {
    locked(() -> {
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
          ended = true;
          return;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
          // the folder was made meanwhile: the files are moved into it
        }
      }
      if (!Files.isDirectory(target)) {
        throw new IOException(target + " is no longer a folder; the reports were not moved into it");
      }
      List<String> earlier = new ArrayList<>();
      for (String name : ReportWriter.OWNED) {
        if (!written.contains(name) && Files.isRegularFile(target.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
          earlier.add(name);
        }
      }
      Files.deleteIfExists(target.resolve(last));
      for (String name : written) {
        if (!name.equals(last)) {
          moveInto(target, name);
        }
      }
      for (String name : earlier) {
        Files.deleteIfExists(target.resolve(name));
      }
      moveInto(target, last);
      removeIfOurs(dir);
      ended = true;
    });
  }

  private void moveInto(Path target, String name) throws IOException {
    try {
      Files.move(dir.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(dir.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Runs {@code step} unless the staging folder was moved or removed. */
  void locked(Step step) throws IOException {
    if (ended) {
      throw new IOException("the staging folder " + dir + " is gone; nothing was written to the report folder");
    }
    step.run();
  }

  /** Removes the staging folder unless it was moved into place. */
  @Override
  public void close() throws IOException {
    if (!ended) {
      ended = true;
      removeIfOurs(dir);
    }
  }

  /** A step that creates or moves files in the staging folder. */
  @FunctionalInterface
  interface Step {
    void run() throws IOException;
  }

  /** Deletes {@code dir} when it holds nothing but report files; leaves it whole otherwise. */
  static void removeIfOurs(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
      for (Path p : list) {
        if (!ReportWriter.OWNED.contains(p.getFileName().toString())
            || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          return;
        }
        entries.add(p);
      }
    } catch (NoSuchFileException e) {
      return;
    }
    for (Path p : entries) {
      Files.deleteIfExists(p);
    }
    try {
      Files.deleteIfExists(dir);
    } catch (DirectoryNotEmptyException e) {
      // something was put there meanwhile: it stays
    }
  }
}
