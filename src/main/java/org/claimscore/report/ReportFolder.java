package org.claimscore.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads back a report folder written by {@link ReportWriter}, for {@code explain} and {@code
 * verify}: each CSV file plain or compressed ({@code claims.csv} or {@code claims.csv.gz}).
 */
public final class ReportFolder {

  private static final int BUFFER = 1 << 16;

  private final Path dir;

  public ReportFolder(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /**
   * The rows of one CSV report as column-to-value maps, in file order, each cell as the text it
   * holds: the spreadsheet guard {@link ReportWriter} puts before some cells is taken off again.
   */
  public List<Map<String, String>> rows(String file) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser parser = CSVParser.parse(open(file), format)) {
      for (CSVRecord rec : parser) {
        Map<String, String> row = new LinkedHashMap<>(rec.toMap());
        row.replaceAll((column, cell) -> Cells.original(cell));
        out.add(row);
      }
    }
    return out;
  }

  /**
   * The path of one report file as this folder holds it: {@code file}, or its compressed form
   * {@code file.gz} for a report written with {@code --gzip}.
   */
  public Path stored(String file) throws IOException {
    Path plain = dir.resolve(file);
    Path gzipped = dir.resolve(file + ReportWriter.GZIP_SUFFIX);
    boolean hasPlain = Files.isRegularFile(plain);
    boolean hasGzipped = ReportWriter.CSV_FILES.contains(file) && Files.isRegularFile(gzipped);
    if (hasPlain && hasGzipped) {
      throw new IOException("both " + file + " and " + gzipped.getFileName() + " are in " + dir
          + "; a report holds one of them: remove the one that is not this report's");
    }
    if (!hasPlain && !hasGzipped) {
      throw new NoSuchFileException(plain.toString(), null, "not a claimscore report folder: " + file + " is missing");
    }
    return hasPlain ? plain : gzipped;
  }

  /** The text of one report file, uncompressed when it is stored as {@code file.gz}. */
  public Reader open(String file) throws IOException {
    return new BufferedReader(new InputStreamReader(bytes(file), StandardCharsets.UTF_8.newDecoder()), BUFFER);
  }

  /** The bytes of one report file, uncompressed when it is stored as {@code file.gz}. */
  public InputStream bytes(String file) throws IOException {
    Path path = stored(file);
    InputStream in = Files.newInputStream(path);
    if (!path.getFileName().toString().endsWith(ReportWriter.GZIP_SUFFIX)) {
      return in;
    }
    try {
      return new GZIPInputStream(in, BUFFER);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Whether {@code file} holds the same bytes here as in {@code other} once uncompressed, and is
   * stored in the same form (both plain or both compressed).
   */
  public boolean sameContent(ReportFolder other, String file) throws IOException {
    if (!stored(file).getFileName().equals(other.stored(file).getFileName())) {
      return false;
    }
    try (InputStream a = bytes(file); InputStream b = other.bytes(file)) {
      byte[] bufferA = new byte[BUFFER];
      byte[] bufferB = new byte[BUFFER];
      while (true) {
        int n = a.readNBytes(bufferA, 0, BUFFER);
        int m = b.readNBytes(bufferB, 0, BUFFER);
        if (n != m || !Arrays.equals(bufferA, 0, n, bufferB, 0, m)) {
          return false;
        }
        if (n < BUFFER) {
          return true;
        }
      }
    }
  }

  /** The run as {@code run.json} records it. */
  public RunInfo run() throws IOException {
    Path path = dir.resolve(ReportWriter.RUN);
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "not a claimscore report folder: run.json is missing");
    }
    JsonNode root = new ObjectMapper().readTree(path.toFile());
    Map<String, Object> options = new TreeMap<>();
    JsonNode opts = root.path("options");
    for (Iterator<Map.Entry<String, JsonNode>> it = opts.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isArray()) {
        List<String> items = new ArrayList<>();
        v.forEach(n -> items.add(n.asText()));
        options.put(e.getKey(), items);
      } else if (v.isBoolean()) {
        options.put(e.getKey(), v.asBoolean());
      } else {
        options.put(e.getKey(), v.asText());
      }
    }
    return new RunInfo(root.path("tool").asText(), root.path("version").asText(), root.path("rules_dir").asText(),
        root.path("rules_hash").asText(), strings(root.path("rule_files")), strings(root.path("inputs")), options);
  }

  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
