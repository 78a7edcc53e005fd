package org.claimscore.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads back a report folder written by {@link ReportWriter}, for {@code explain} and {@code verify}. */
public final class ReportFolder {

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
    Path path = dir.resolve(file);
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "not a claimscore report folder: " + file + " is missing");
    }
    List<Map<String, String>> out = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser parser = CSVParser.parse(path, StandardCharsets.UTF_8, format)) {
      for (CSVRecord rec : parser) {
        Map<String, String> row = new LinkedHashMap<>(rec.toMap());
        row.replaceAll((column, cell) -> Cells.original(cell));
        out.add(row);
      }
    }
    return out;
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
