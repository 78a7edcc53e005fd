package org.claimscore.evaluation;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;
import org.claimscore.text.Span;

/**
 * Reads one split of the PolNeAR attribution corpus: {@code SPLIT/text/NAME.txt} and its brat
 * standoff annotations {@code SPLIT/attributions/NAME_ANNOTATOR.ann}.
 *
 * <p>Design decision: a text annotated by several annotators is read with the annotation file
 * that sorts first, so every text counts once and the choice does not depend on the file system.
 * Lines that are neither a span ({@code T}), an attribution ({@code E}) nor a note ({@code #}),
 * such as the continuation of a span whose text ran onto a second line, are skipped; a span or
 * attribution line that does not parse is an error naming the file and line.
 */
public final class PolnearCorpus {

  /** The splits of the corpus, in its own order. */
  public static final List<String> SPLITS = List.of("train", "dev", "test");

  private PolnearCorpus() {}

  /**
   * One gold attribution: who (possibly nobody) said what.
   *
   * @param source the fragments of the Source span; empty for an attribution without a source
   * @param content the fragments of every Content span
   */
  public record Attribution(List<Span> source, List<Span> content) {

    public Attribution {
      source = List.copyOf(source);
      content = List.copyOf(content);
      if (content.isEmpty()) {
        throw new IllegalArgumentException("an attribution needs content");
      }
    }

    public boolean hasSource() {
      return !source.isEmpty();
    }
  }

  /**
   * One annotated text.
   *
   * @param id the text's name, without {@code .txt}
   * @param text the text exactly as stored; offsets point into it
   * @param attributions the gold attributions, in file order
   */
  public record Document(String id, String text, List<Attribution> attributions) {

    public Document {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      attributions = List.copyOf(attributions);
    }
  }

  /** Every text of {@code split} under {@code root} that has an annotation, sorted by name. */
  public static List<Document> read(Path root, String split) throws IOException, SetupException {
    if (!SPLITS.contains(split)) {
      throw problem(root, 0, "unknown split '" + split + "', expected one of " + SPLITS);
    }
    Path texts = root.resolve(split).resolve("text");
    Path anns = root.resolve(split).resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw problem(root, 0, "not a PolNeAR folder: expected " + split + "/text and "
          + split + "/attributions");
    }
    Map<String, Path> annotationOf = new HashMap<>();
    try (Stream<Path> files = Files.list(anns)) {
      for (Path ann : files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList()) {
        String name = ann.getFileName().toString();
        int cut = name.lastIndexOf('_');
        if (cut > 0) {
          annotationOf.putIfAbsent(name.substring(0, cut), ann);
        }
      }
    }
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(texts)) {
      for (Path txt : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        Path ann = annotationOf.get(id);
        if (ann == null) {
          continue;
        }
        String text;
        try {
          text = Files.readString(txt, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
          throw problem(txt, 1, "not valid UTF-8");
        }
        docs.add(new Document(id, text, parse(ann, Files.readAllLines(ann, StandardCharsets.UTF_8), text.length())));
      }
    }
    return docs;
  }

  /** The attributions of one {@code .ann} file's lines; {@code length} bounds every offset. */
  static List<Attribution> parse(Path file, List<String> lines, int length) throws SetupException {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    List<Integer> eventLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] f = line.split("\t");
      if (line.startsWith("T") && f.length >= 2) {
        int space = f[1].indexOf(' ');
        if (space < 0) {
          throw problem(file, i + 1, "a span needs a label and offsets");
        }
        spans.put(f[0], fragments(f[1].substring(space + 1), length, file, i + 1));
      } else if (line.startsWith("E") && f.length >= 2) {
        events.add(f[1].trim().split(" "));
        eventLines.add(i + 1);
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (int e = 0; e < events.size(); e++) {
      List<Span> source = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      for (String role : events.get(e)) {
        int colon = role.indexOf(':');
        if (colon < 0) {
          throw problem(file, eventLines.get(e), "expected ROLE:ID, got '" + role + "'");
        }
        String name = role.substring(0, colon);
        List<Span> target = name.equals("Source") ? source : name.startsWith("Content") ? content : null;
        if (target == null) {
          continue;
        }
        List<Span> s = spans.get(role.substring(colon + 1));
        if (s == null) {
          throw problem(file, eventLines.get(e), "no span " + role.substring(colon + 1));
        }
        target.addAll(s);
      }
      if (!content.isEmpty()) {
        out.add(new Attribution(source, content));
      }
    }
    return out;
  }

  private static List<Span> fragments(String offsets, int length, Path file, int line) throws SetupException {
    List<Span> out = new ArrayList<>();
    for (String part : offsets.split(";")) {
      String[] se = part.trim().split(" ");
      try {
        int start = Integer.parseInt(se[0]);
        int end = Integer.parseInt(se[1]);
        if (start < 0 || end < start || end > length) {
          throw problem(file, line, "span " + start + "-" + end + " outside the text");
        }
        out.add(new Span(start, end));
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw problem(file, line, "bad offsets '" + part.trim() + "'");
      }
    }
    return out;
  }

  private static SetupException problem(Path file, int line, String message) {
    return new SetupException(new Diagnostic(file.toString(), line, message));
  }
}
