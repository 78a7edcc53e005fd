package org.claimscore.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Lexicon;

/**
 * Reads articles from {@code .txt}, {@code .json} and {@code .jsonl} files and folders of them;
 * every input it cannot use becomes a {@link Rejection} with a reason, never an exception.
 */
public final class ArticleReader {

  private static final String UNSUPPORTED = "unsupported file type; expected .txt, .json or .jsonl";
  private static final String LOOP = "symbolic link loop";
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final int MAX_REASON = 200;
  /** JSONL records parsed ahead of the sink when parsing runs on a pool. */
  private static final int PARSE_WINDOW = 256;

  private final Masthead masthead;
  private final ObjectMapper json = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Reads articles, naming their outlets as {@code lexicon} knows them and finding mastheads with {@code language}. */
  public ArticleReader(Lexicon lexicon, Language language) {
    this.masthead = new Masthead(lexicon.outlets(), language);
  }

  /**
   * Reads files and folders in the order given; folders recursively, in sorted order, through
   * symbolic links, taking only {@code .txt}, {@code .json}, {@code .jsonl} files and skipping
   * hidden entries, folders named {@code expected} and a folder's own {@code knowledge} folder
   * (its knowledge overlay). Files that share a name are named by their paths (see {@link
   * ArticleLocator#name}). A link that loops or leads nowhere, a second path to a file already
   * found, and the second of two articles with the same id are rejected.
   */
  public IngestResult read(List<Path> inputs) {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    stream(inputs, new ArticleSink() {
      @Override
      public void article(Article article, ArticleLocator where) {
        articles.add(article);
      }

      @Override
      public void rejected(Rejection rejection) {
        rejected.add(rejection);
      }
    });
    articles.sort(Comparator.comparing(Article::id));
    rejected.sort(Comparator.comparing(Rejection::input, ArticleReader::compareInputs));
    return new IngestResult(articles, rejected);
  }

  /**
   * Reads the same inputs as {@link #read} one article at a time, in input order, holding no more
   * than one file (or one JSONL line) in memory; each article comes with where to read it again.
   */
  public void stream(List<Path> inputs, ArticleSink sink) {
    stream(inputs, sink, null);
  }

  /**
   * As {@link #stream(List, ArticleSink)}, parsing JSONL records on {@code parsers} (a few records
   * ahead of the sink) when it is not null. The sink still sees everything in input order, on the
   * calling thread.
   */
  public void stream(List<Path> inputs, ArticleSink sink, java.util.concurrent.ExecutorService parsers) {
    Batch batch = new Batch(sink, parsers);
    List<InputFile> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        files.addAll(walk(input, batch));
      } else if (!Files.exists(input)) {
        batch.reject(display(input), Files.isSymbolicLink(input) ? brokenLink(input) : "no such file or directory");
      } else if (kind(input) == null) {
        batch.reject(display(input), UNSUPPORTED);
      } else {
        files.add(new InputFile(input, input.getFileName().toString(), identity(input, null)));
      }
    }
    for (InputFile f : named(distinct(files, batch))) {
      readFile(f.path(), f.name(), batch);
    }
    batch.drain();
  }

  /** Reads one article again from where {@link #stream} found it. */
  public Article reread(ArticleLocator where) throws IOException {
    Batch batch = new Batch(null, null);
    String input = display(where.file());
    if (where.line() == 0) {
      readFile(where.file(), where.name(), batch);
    } else {
      byte[] bytes = new byte[where.length()];
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(where.file())) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long pos = where.offset();
        while (buf.hasRemaining()) {
          int n = ch.read(buf, pos);
          if (n < 0) {
            throw new IOException(input + " changed since it was first read: it is shorter");
          }
          pos += n;
        }
      }
      jsonLine(bytes, where.name(), input, where.line(), where, batch);
    }
    if (batch.last == null) {
      throw new IOException(input + (where.line() > 0 ? ":" + where.line() : "")
          + " changed since it was first read: " + (batch.lastReason == null ? "no article" : batch.lastReason));
    }
    return batch.last;
  }

  /**
   * The text of an article file as {@link #stream} decodes it (UTF-8, or UTF-16 or UTF-32 with a
   * byte-order mark, the mark dropped); an {@link IOException} whose message is the reason when it
   * cannot be read or is no text.
   */
  public static String text(Path file) throws IOException {
    try {
      return decode(Files.readAllBytes(file));
    } catch (BadInput e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** An article from plain text, with its title, outlet and dateline found as for a {@code .txt} file. */
  public Article readText(String id, String text, String input) {
    String title = masthead.title(text);
    return new Article(id, masthead.outlet(text, title), null, masthead.dateline(text), title, text, input);
  }

  /**
   * An article file found in the inputs.
   *
   * @param path the file, as the folder walk or the command line names it
   * @param relative its path inside the folder given ({@code /} between names), or its name when given itself
   * @param identity what tells two paths to the same file apart from two files: its file key, or its real path
   * @param name what its articles are called when they name no id (see {@link ArticleLocator#name})
   */
  private record InputFile(Path path, String relative, Object identity, String name) {
    InputFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(relative, "relative");
      Objects.requireNonNull(identity, "identity");
      Objects.requireNonNull(name, "name");
    }

    InputFile(Path path, String relative, Object identity) {
      this(path, relative, identity, stem(path));
    }
  }

  /**
   * The article files of a folder, followed through symbolic links to files and folders, sorted by
   * their path inside it; a link that leads back into a folder that holds it, or nowhere, is rejected.
   */
  private List<InputFile> walk(Path dir, Batch batch) {
    List<InputFile> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (d.equals(dir)) {
            return FileVisitResult.CONTINUE;
          }
          String name = d.getFileName().toString();
          boolean overlay = name.equals("knowledge") && d.getParent().equals(dir);
          return name.equals("expected") || name.startsWith(".") || overlay
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          String name = f.getFileName().toString();
          if (name.startsWith(".")) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink()) {
            // A link the walk could not follow: it loops or leads nowhere.
            String problem = brokenLink(f);
            if (problem.startsWith(LOOP) || kind(f) != null) {
              batch.reject(display(f), problem);
            }
          } else if (attrs.isRegularFile() && kind(f) != null) {
            files.add(new InputFile(f, slashes(dir.relativize(f).toString()), identity(f, attrs)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          batch.reject(display(f), e instanceof FileSystemLoopException
              ? LOOP + " (it leads back into a folder that holds it)" : "cannot read: " + describe(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      batch.reject(display(dir), "cannot read folder: " + describe(e));
      return List.of();
    }
    if (files.isEmpty()) {
      batch.reject(display(dir), "folder holds no .txt, .json or .jsonl files");
    }
    files.sort(Comparator.comparing(InputFile::relative));
    return files;
  }

  /** Why a symbolic link cannot be followed: it loops, or what it points to is missing. */
  private static String brokenLink(Path link) {
    try {
      link.toRealPath();
      return "cannot read: the symbolic link changed while it was read";
    } catch (NoSuchFileException e) {
      return "symbolic link to a missing file or folder";
    } catch (IOException e) {
      return LOOP + " (it leads back to itself)";
    }
  }

  /** What is the same for every path to one file: its file key where the system has one, else its real path. */
  private static Object identity(Path file, BasicFileAttributes known) {
    try {
      BasicFileAttributes attrs = known != null ? known : Files.readAttributes(file, BasicFileAttributes.class);
      if (attrs.fileKey() != null) {
        return attrs.fileKey();
      }
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /** The files in input order, each once: a second path to a file already found is rejected. */
  private static List<InputFile> distinct(List<InputFile> files, Batch batch) {
    Map<Object, InputFile> first = new HashMap<>();
    List<InputFile> out = new ArrayList<>(files.size());
    for (InputFile f : files) {
      InputFile seen = first.putIfAbsent(f.identity(), f);
      if (seen == null) {
        out.add(f);
      } else {
        batch.reject(display(f.path()), "same file as " + display(seen.path()) + ", already read");
      }
    }
    return out;
  }

  /**
   * Names every file by its name without extension; files that share it are named by their path
   * inside the folder given without extension instead ({@code a/x}, {@code b/x}), then with it
   * ({@code a/x.txt}, {@code a/x.json}), then by their path as given: whatever order the folders
   * list their files in, the names come out the same.
   */
  private static List<InputFile> named(List<InputFile> files) {
    List<java.util.function.Function<InputFile, String>> levels = List.of(
        InputFile::name, f -> withoutExtension(f.relative()), InputFile::relative, f -> display(f.path()));
    List<Map<String, Integer>> counts = new ArrayList<>();
    for (java.util.function.Function<InputFile, String> level : levels) {
      Map<String, Integer> count = new HashMap<>();
      files.forEach(f -> count.merge(level.apply(f), 1, Integer::sum));
      counts.add(count);
    }
    List<InputFile> out = new ArrayList<>(files.size());
    for (InputFile f : files) {
      String name = display(f.path());
      for (int k = 0; k < levels.size(); k++) {
        String candidate = levels.get(k).apply(f);
        if (counts.get(k).get(candidate) == 1) {
          name = candidate;
          break;
        }
      }
      out.add(new InputFile(f.path(), f.relative(), f.identity(), name));
    }
    return out;
  }

  private static String withoutExtension(String path) {
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
  }

  private void readFile(Path file, String name, Batch batch) {
    String input = display(file);
    if ("jsonl".equals(kind(file))) {
      readJsonLines(file, name, input, batch);
      return;
    }
    String text;
    try {
      text = decode(Files.readAllBytes(file));
    } catch (IOException e) {
      batch.reject(input, "cannot read file: " + describe(e));
      return;
    } catch (BadInput e) {
      batch.reject(input, e.getMessage());
      return;
    }
    ArticleLocator where = new ArticleLocator(file, name, 0, 0, 0);
    if ("txt".equals(kind(file))) {
      batch.add(readText(name, text, input), where);
    } else {
      readJson(text, name, input, 0, where, batch);
    }
  }

  /** A JSONL file line by line, each line decoded on its own, so one bad line rejects only itself. */
  private void readJsonLines(Path file, String name, String input, Batch batch) {
    int records = 0;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(4096);
      byte[] buf = new byte[1 << 16];
      long offset = 0;
      long lineStart = 0;
      int lineNo = 1;
      for (int n; (n = in.read(buf)) >= 0; ) {
        if (offset == 0) {
          String wide = wideEncoding(buf, n);
          if (wide != null) {
            batch.reject(input, "not UTF-8: a .jsonl file must be UTF-8, and this one " + wide);
            return;
          }
        }
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            line.write(buf, from, i - from);
            records += line(line, file, name, input, lineNo, lineStart, batch);
            lineNo++;
            lineStart = offset + i + 1;
            from = i + 1;
          }
        }
        line.write(buf, from, n - from);
        offset += n;
      }
      records += line(line, file, name, input, lineNo, lineStart, batch);
    } catch (IOException e) {
      batch.reject(input, "cannot read file: " + describe(e));
      return;
    }
    if (records == 0) {
      batch.reject(input, "empty file");
    }
  }

  /** Hands one collected JSONL line on (a byte-order mark dropped from the first); 1 when it held a record. */
  private int line(java.io.ByteArrayOutputStream line, Path file, String name, String input, int lineNo,
      long lineStart, Batch batch) {
    byte[] bytes = line.toByteArray();
    line.reset();
    long start = lineStart;
    if (lineNo == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
      start += 3;
    }
    if (isBlank(bytes)) {
      return 0;
    }
    jsonLine(bytes, name, input, lineNo, new ArticleLocator(file, name, start, bytes.length, lineNo), batch);
    return 1;
  }

  private void jsonLine(byte[] bytes, String name, String input, int line, ArticleLocator where, Batch batch) {
    if (batch.parsers == null) {
      parseLine(bytes, name, input, line, where, batch);
    } else {
      batch.defer(() -> {
        Batch one = new Batch(null, null);
        parseLine(bytes, name, input, line, where, one);
        return one;
      });
    }
  }

  private void parseLine(byte[] bytes, String name, String input, int line, ArticleLocator where, Batch batch) {
    String record;
    try {
      record = decode(bytes);
    } catch (BadInput e) {
      batch.reject(input + ":" + line, e.getMessage());
      return;
    }
    readJson(record, name + "-" + line, input + ":" + line, line, where, batch);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** One JSON object; {@code line} is its line in a JSONL file, or 0 for a whole {@code .json} file. */
  private void readJson(String record, String defaultId, String input, int line, ArticleLocator where, Batch batch) {
    JsonNode node;
    try {
      node = json.readTree(record);
    } catch (JsonProcessingException e) {
      batch.reject(input, "malformed JSON " + where(e.getLocation(), line) + ": " + shorten(e.getOriginalMessage()));
      return;
    }
    try {
      if (node == null || !node.isObject()) {
        throw new BadInput("expected a JSON object with a \"text\" field");
      }
      JsonNode textNode = node.get("text");
      if (textNode == null || textNode.isNull()) {
        throw new BadInput("missing \"text\" field");
      }
      if (!textNode.isTextual()) {
        throw new BadInput("\"text\" must be a string");
      }
      String text = textNode.textValue();
      if (text.isBlank()) {
        throw new BadInput("empty \"text\" field");
      }
      String id = field(node, "id");
      String outlet = field(node, "outlet");
      if (outlet == null) {
        outlet = masthead.outlet(text, null);
      } else if (masthead.canonical(outlet) != null) {
        outlet = masthead.canonical(outlet);
      }
      batch.add(new Article(id == null ? defaultId : id, outlet, field(node, "url"),
          date(field(node, "published")), field(node, "title"), text, input), where);
    } catch (BadInput e) {
      batch.reject(input, e.getMessage());
    }
  }

  /** A string field, trimmed; null when missing, null or blank. Numbers and booleans read as text. */
  private static String field(JsonNode node, String name) throws BadInput {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      throw new BadInput("\"" + name + "\" must be a string");
    }
    String s = value.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** {@code YYYY-MM-DD} or an ISO date-time (its date kept as written); null when unparseable. */
  static LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    if (plainDate(value)) {
      try {
        return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
      } catch (DateTimeException e) {
        // Not a real day: the formatters below reject it too.
      }
    }
    try {
      return LocalDate.parse(value, DateTimeFormatter.ISO_DATE);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(value));
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  /** True for exactly {@code DDDD-DD-DD}, the common case, read without a formatter. */
  private static boolean plainDate(String value) {
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return false;
    }
    for (int k = 0; k < 10; k++) {
      char c = value.charAt(k);
      if (k != 4 && k != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String value, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n = n * 10 + (value.charAt(k) - '0');
    }
    return n;
  }

  /**
   * Strict UTF-8, or UTF-16 or UTF-32 when a byte-order mark says so; a leading byte-order mark
   * dropped. Rejects empty, binary and malformed input, and names UTF-16 or UTF-32 without a mark.
   */
  static String decode(byte[] bytes) throws BadInput {
    Charset marked = byteOrderMark(bytes);
    if (marked != null) {
      return decodeMarked(bytes, marked);
    }
    for (byte b : bytes) {
      if (b == 0) {
        String wide = wideEncoding(bytes, bytes.length);
        throw new BadInput(wide != null ? "not UTF-8: " + wide : "binary file (contains NUL bytes)");
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\ufffd') < 0) {
      // Nothing was replaced, so the bytes were valid UTF-8 and this is the strict decoding.
      return checked(text);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new BadInput("not valid UTF-8 (bad byte at offset " + in.position() + ")");
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new BadInput("not valid UTF-8 (truncated at the end)");
    }
    out.flip();
    return checked(out.toString());
  }

  /** The UTF-16 or UTF-32 encoding a byte-order mark at the start names; null for none (or UTF-8's). */
  private static Charset byteOrderMark(byte[] bytes) {
    if (bytes.length < 2) {
      return null;
    }
    int b0 = bytes[0] & 0xff;
    int b1 = bytes[1] & 0xff;
    boolean four = bytes.length >= 4;
    if (four && b0 == 0xFF && b1 == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
      return UTF_32LE;
    }
    if (four && b0 == 0 && b1 == 0 && (bytes[2] & 0xff) == 0xFE && (bytes[3] & 0xff) == 0xFF) {
      return UTF_32BE;
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
  }

  /** Text in the encoding its byte-order mark names, strictly decoded, the mark dropped. */
  private static String decodeMarked(byte[] bytes, Charset charset) throws BadInput {
    int mark = charset == UTF_32LE || charset == UTF_32BE ? 4 : 2;
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes, mark, bytes.length - mark)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BadInput("not valid " + charset.name() + " (the byte-order mark says " + charset.name()
          + ", but the bytes after it are not)");
    }
    if (text.indexOf('\0') >= 0) {
      throw new BadInput("binary file (contains NUL characters)");
    }
    return checked(text);
  }

  /**
   * What a text with NUL bytes and no byte-order mark looks like, when it looks like UTF-16 or
   * UTF-32 ("looks like UTF-16LE without a byte-order mark"), or its mark (for a JSONL file); null
   * otherwise. Reads at most the first {@code length} bytes, and no more than 4096.
   */
  private static String wideEncoding(byte[] bytes, int length) {
    Charset marked = byteOrderMark(length >= 4 ? bytes : java.util.Arrays.copyOf(bytes, length));
    if (marked != null) {
      return "is " + marked.name() + " (by its byte-order mark)";
    }
    int n = Math.min(length, 4096) & ~3;
    int[] zeros = new int[4];
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        zeros[i & 3]++;
      }
    }
    int quarter = n / 4;
    if (quarter < 2) {
      return null;
    }
    // Mostly ASCII text in UTF-16 has a NUL in (nearly) every pair of bytes, on one side only.
    int mostPairs = quarter * 3 / 2;
    String looks = null;
    if (zeros[0] == 0 && zeros[2] == quarter && zeros[3] == quarter) {
      looks = "UTF-32LE";
    } else if (zeros[3] == 0 && zeros[0] == quarter && zeros[1] == quarter) {
      looks = "UTF-32BE";
    } else if (zeros[0] + zeros[2] == 0 && zeros[1] + zeros[3] >= mostPairs) {
      looks = "UTF-16LE";
    } else if (zeros[1] + zeros[3] == 0 && zeros[0] + zeros[2] >= mostPairs) {
      looks = "UTF-16BE";
    }
    return looks == null ? null : "looks like " + looks + " without a byte-order mark";
  }

  /** The decoded text without a leading byte-order mark; rejects blank text. */
  private static String checked(String decoded) throws BadInput {
    String text = decoded.startsWith("\ufeff") ? decoded.substring(1) : decoded;
    if (text.isBlank()) {
      throw new BadInput("empty file");
    }
    return text;
  }

  private static String where(JsonLocation location, int line) {
    if (location == null) {
      return "";
    }
    return line > 0 ? "at column " + location.getColumnNr()
        : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** Jackson's message on one line, without its source description, at most a sentence long. */
  static String shorten(String message) {
    if (message == null) {
      return "unreadable";
    }
    String s = message;
    int cut = s.indexOf('\n');
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    cut = s.indexOf(" (start marker at");
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    cut = s.indexOf("[Source:");
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    s = s.strip();
    return s.length() > MAX_REASON ? s.substring(0, MAX_REASON) + "..." : s;
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : shorten(m);
  }

  /** "txt", "json", "jsonl" by extension, case-insensitive; null for anything else. */
  static String kind(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return null;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return "txt";
    }
    if (lower.endsWith(".jsonl")) {
      return "jsonl";
    }
    return lower.endsWith(".json") ? "json" : null;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String display(Path path) {
    return slashes(path.toString());
  }

  private static String slashes(String path) {
    return File.separatorChar == '/' ? path : path.replace(File.separatorChar, '/');
  }

  /** Orders inputs by path, then by JSONL line number as a number ({@code f:2} before {@code f:10}). */
  static int compareInputs(String a, String b) {
    int la = lineSuffix(a);
    int lb = lineSuffix(b);
    String pa = la < 0 ? a : a.substring(0, a.lastIndexOf(':'));
    String pb = lb < 0 ? b : b.substring(0, b.lastIndexOf(':'));
    int c = pa.compareTo(pb);
    return c != 0 ? c : Integer.compare(la, lb);
  }

  private static int lineSuffix(String input) {
    int colon = input.lastIndexOf(':');
    if (colon < 0 || colon == input.length() - 1 || input.length() - colon > 10) {
      return -1;
    }
    for (int i = colon + 1; i < input.length(); i++) {
      if (!Character.isDigit(input.charAt(i)) || input.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(input.substring(colon + 1));
  }

  /** An input problem whose message is the rejection reason. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String reason) {
      super(reason);
    }
  }

  /** Hands articles and rejections to a sink, rejecting a second article with an id already read. */
  private static final class Batch {
    private final ArticleSink sink;
    private final java.util.concurrent.ExecutorService parsers;
    private final java.util.ArrayDeque<java.util.concurrent.Future<Batch>> pending = new java.util.ArrayDeque<>();
    private final Map<String, String> inputById = new HashMap<>();
    Article last;
    ArticleLocator lastWhere;
    String lastReason;
    String lastRejectedInput;

    Batch(ArticleSink sink, java.util.concurrent.ExecutorService parsers) {
      this.sink = sink;
      this.parsers = parsers;
    }

    /** Parses one record on the pool; its outcome is handed on in input order. */
    void defer(java.util.concurrent.Callable<Batch> parse) {
      while (pending.size() >= PARSE_WINDOW) {
        apply(pending.pollFirst());
      }
      pending.addLast(parsers.submit(parse));
    }

    void drain() {
      while (!pending.isEmpty()) {
        apply(pending.pollFirst());
      }
    }

    private void apply(java.util.concurrent.Future<Batch> f) {
      Batch one;
      try {
        one = f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
      }
      if (one.last != null) {
        deliver(one.last, one.lastWhere);
      } else {
        deliverRejection(one.lastRejectedInput, one.lastReason);
      }
    }

    /** An article read on this thread: everything parsed ahead of it goes first. */
    void add(Article article, ArticleLocator where) {
      drain();
      deliver(article, where);
    }

    /** A rejection found on this thread: everything parsed ahead of it goes first. */
    void reject(String input, String reason) {
      drain();
      deliverRejection(input, reason);
    }

    private void deliver(Article article, ArticleLocator where) {
      last = article;
      lastWhere = where;
      if (sink == null) {
        return;
      }
      String first = inputById.putIfAbsent(article.id(), article.input());
      if (first != null) {
        deliverRejection(article.input(), "duplicate article id '" + article.id() + "', already read from " + first);
      } else {
        sink.article(article, where);
      }
    }

    private void deliverRejection(String input, String reason) {
      lastReason = reason;
      lastRejectedInput = input;
      if (sink != null) {
        sink.rejected(new Rejection(input, reason));
      }
    }
  }
}
