package org.claimscore.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The hidden folder beside a report folder where a run writes its reports before moving them in.
 *
 * <p>Design decision: it carries a marker file naming the process that writes it and when that
 * process started. A later run into the same parent folder removes a staging folder whose marker
 * is valid and whose process is gone (a run killed with {@code kill -9}); a folder without a valid
 * marker, or holding anything but report files, is never touched. A shutdown hook removes the
 * folder when the run is stopped (SIGTERM, Ctrl-C) and waits for a move already under way.
 */
final class Staging implements AutoCloseable {

  /** The marker file's name; it is written first and removed last. */
  static final String MARKER = ".claimscore-staging";

  private static final String INFIX = ".writing-";
  private static final String MARKER_TITLE = "claimscore staging folder; a later run removes it once this process is gone";
  private static final int MARKER_MAX_BYTES = 1024;
  private static final Duration START_TOLERANCE = Duration.ofSeconds(2);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final ReentrantLock lock = new ReentrantLock();
  private final Thread hook;
  private boolean ended;

  private Staging(Path dir) {
    this.dir = dir;
    this.hook = new Thread(this::abandonOnShutdown, "claimscore-staging-cleanup");
  }

  /**
   * Creates a staging folder beside {@code target} (with the umask's mode), after removing the
   * staging folders that killed runs left in the same parent.
   */
  static Staging beside(Path target) throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    removeStale(parent);
    Path dir = null;
    while (dir == null) {
      Path candidate = parent.resolve("." + target.getFileName() + INFIX + Long.toUnsignedString(RANDOM.nextLong(), 36));
      try {
        dir = Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException e) {
        // another name is drawn
      }
    }
    Staging staging = new Staging(dir);
    try {
      Files.writeString(dir.resolve(MARKER), marker(ProcessHandle.current()), StandardCharsets.UTF_8);
      Runtime.getRuntime().addShutdownHook(staging.hook);
    } catch (IOException | RuntimeException e) {
      removeIfOurs(dir);
      throw e;
    }
    return staging;
  }

  Path dir() {
    return dir;
  }

  /**
   * Moves the report files {@code written} into {@code target}: renames this folder to it when it
   * does not exist; otherwise moves each file in, replacing the report files of an earlier run
   * and removing those this run did not write (the other form of a compressed file). {@code last}
   * goes last, so a folder caught half-way never looks like a finished report. Nothing else in
   * {@code target} is touched.
   */
  void publish(Path target, List<String> written, String last) throws IOException {
    locked(() -> {
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
          ended = true;
          removeMarker(target);
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
      removeMarker(target);
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

  /** Runs {@code step} unless the run is being stopped; a stop waits for it to end. */
  void locked(Step step) throws IOException {
    lock.lock();
    try {
      if (ended) {
        throw new IOException("the run was stopped; nothing was written to the report folder");
      }
      step.run();
    } finally {
      lock.unlock();
    }
  }

  /** Removes the staging folder unless it was moved into place. */
  @Override
  public void close() throws IOException {
    lock.lock();
    try {
      if (!ended) {
        ended = true;
        removeIfOurs(dir);
      }
    } finally {
      lock.unlock();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down; the hook has run or runs now and finds nothing left to do
    }
  }

  private void abandonOnShutdown() {
    try {
      if (!lock.tryLock(30, TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      if (!ended) {
        ended = true;
        removeIfOurs(dir);
      }
    } catch (IOException e) {
      // the JVM is ending: a later run removes what is left, by its marker
    } finally {
      lock.unlock();
    }
  }

  /** A step that creates or moves files in the staging folder. */
  @FunctionalInterface
  interface Step {
    void run() throws IOException;
  }

  /** Removes the staging folders in {@code parent} left by runs whose process is gone. */
  static void removeStale(Path parent) throws IOException {
    List<Path> candidates = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, e -> {
      String name = e.getFileName().toString();
      return name.startsWith(".") && name.contains(INFIX);
    })) {
      entries.forEach(candidates::add);
    }
    for (Path dir : candidates) {
      if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && writerGone(dir)) {
        removeIfOurs(dir);
      }
    }
  }

  /** Whether {@code dir} holds a valid marker whose process has ended. */
  static boolean writerGone(Path dir) {
    Path marker = dir.resolve(MARKER);
    try {
      if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) || Files.size(marker) > MARKER_MAX_BYTES) {
        return false;
      }
      List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
      if (lines.size() != 3 || !lines.get(0).equals(MARKER_TITLE) || !lines.get(1).matches("pid [0-9]{1,18}")
          || !lines.get(2).startsWith("started ")) {
        return false;
      }
      long pid = Long.parseLong(lines.get(1).substring(4));
      String started = lines.get(2).substring(8);
      Optional<Instant> recorded = started.equals("unknown") ? Optional.empty() : Optional.of(Instant.parse(started));
      Optional<ProcessHandle> process = ProcessHandle.of(pid);
      if (process.isEmpty() || !process.get().isAlive()) {
        return true;
      }
      Optional<Instant> now = process.get().info().startInstant();
      return recorded.isPresent() && now.isPresent()
          && Duration.between(recorded.get(), now.get()).abs().compareTo(START_TOLERANCE) > 0;
    } catch (IOException | DateTimeParseException | SecurityException e) {
      return false;
    }
  }

  /**
   * Deletes {@code dir} when it holds nothing but report files and the marker; leaves it whole
   * otherwise.
   */
  static void removeIfOurs(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
      for (Path p : list) {
        String name = p.getFileName().toString();
        boolean ours = name.equals(MARKER) || ReportWriter.OWNED.contains(name);
        if (!ours || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          return;
        }
        entries.add(p);
      }
    } catch (NoSuchFileException e) {
      return;
    }
    for (Path p : entries) {
      if (!p.getFileName().toString().equals(MARKER)) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir.resolve(MARKER));
    try {
      Files.deleteIfExists(dir);
    } catch (DirectoryNotEmptyException e) {
      // something was put there meanwhile: it stays
    }
  }

  /** Whether {@code file} is a marker this tool wrote, whatever process it names. */
  static boolean isMarker(Path file) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MARKER_MAX_BYTES) {
        return false;
      }
      return Files.readString(file, StandardCharsets.UTF_8).startsWith(MARKER_TITLE + "\n");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Removes a marker that a run killed right after moving its folder into place left in it. */
  private static void removeMarker(Path folder) throws IOException {
    if (isMarker(folder.resolve(MARKER))) {
      Files.deleteIfExists(folder.resolve(MARKER));
    }
  }

  static String marker(ProcessHandle process) {
    String started = process.info().startInstant().map(Instant::toString).orElse("unknown");
    return MARKER_TITLE + "\npid " + process.pid() + "\nstarted " + started + "\n";
  }
}
