package org.claimscore.knowledge;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One generated file: a CSV file with its {@code #} header and rows, or a Markdown file.
 *
 * @param name the file name in the knowledge folder
 * @param header the comment lines, without their {@code #}
 * @param columns the column names; empty for a Markdown file
 * @param rows the rows, each as many cells as there are columns
 * @param markdown the whole text of a Markdown file; "" for a CSV file
 */
public record KnowledgeFile(String name, List<String> header, List<String> columns, List<List<String>> rows,
    String markdown) {

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

  public KnowledgeFile {
    header = List.copyOf(header);
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    if (!name.matches("[A-Za-z0-9-]+\\.(csv|md)")) {
      throw new IllegalArgumentException("not a knowledge file name: " + name);
    }
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(name + ": a row of " + row.size() + " cells for " + columns.size()
            + " columns: " + row);
      }
    }
  }

  /** A CSV file. */
  static KnowledgeFile csv(String name, List<String> header, List<String> columns, List<List<String>> rows) {
    return new KnowledgeFile(name, header, columns, rows, "");
  }

  /** A Markdown file. */
  static KnowledgeFile markdown(String name, String text) {
    return new KnowledgeFile(name, List.of(), List.of(), List.of(), text);
  }

  /** The file's bytes as text: LF line ends, the header as {@code # } lines, Commons CSV's default quoting. */
  public String render() {
    if (columns.isEmpty()) {
      return markdown;
    }
    StringBuilder out = new StringBuilder();
    for (String line : header) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    StringWriter body = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(body, CSV)) {
      printer.printRecord(columns);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append(body).toString();
  }
}
