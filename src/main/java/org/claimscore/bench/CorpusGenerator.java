package org.claimscore.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a large batch that reads like real news from the real fixture articles: many distinct
 * events of 3-8 articles each, where each event retells one to three fixture articles with its own
 * names and figures, and the other articles of the event are copies, light rewrites or summaries of
 * those (as wire copies and content farms produce). Deterministic for a seed.
 */
public final class CorpusGenerator {

  /** Articles per JSONL file. */
  static final int PER_FILE = 10_000;

  private static final String[] ONSETS = {"b", "br", "ch", "d", "dr", "g", "k", "kr", "l", "m", "n", "p", "pr",
      "r", "s", "sh", "st", "t", "v", "vl", "z", "zh"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ya", "yo", "ai"};
  private static final String[] CODAS = {"", "", "n", "k", "v", "sk", "l", "r", "sh"};
  private static final String[] OUTLETS = {"The Daily Ledger", "Northern Courier", "Evening Dispatch",
      "Metro Wire", "Frontline Review", "Global Post", "Capital Herald", "Border Chronicle"};
  private static final String[] CREDITS = {"(AP) - ", "", "", ""};
  private static final String SUMMARY_NOTE = "Note: The information provided in this article is based on the text "
      + "provided by the user and does not represent current or real-world events.";

  /** Capitalised words left alone when retelling: bench/kept-words.txt, a resource of the jar. */
  private static final Set<String> COMMON = keptWords();

  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}’'-]{2,}");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N},.])([1-9]\\d{0,2})(?![\\p{N},.]\\d)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][”\"]?)\\s+(?=[“\"\\p{Lu}])");

  private static Set<String> keptWords() {
    try (InputStream in = CorpusGenerator.class.getResourceAsStream("/bench/kept-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks bench/kept-words.txt");
      }
      Set<String> words = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final List<String> templates;
  private final ObjectMapper json = new ObjectMapper();

  /** A generator retelling {@code templates}, the texts of real articles. */
  public CorpusGenerator(List<String> templates) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no template articles");
    }
    this.templates = List.copyOf(templates);
  }

  /** Reads every {@code .txt} article under {@code fixtures} as a template, in sorted order. */
  public static CorpusGenerator fromFixtures(Path fixtures) throws IOException {
    List<String> texts = new ArrayList<>();
    try (var walk = Files.walk(fixtures)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("expected"))
          .sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return new CorpusGenerator(texts);
  }

  /** Writes {@code articles} articles as JSONL files into {@code dir}; returns how many events it made. */
  public int generate(int articles, long seed, Path dir) throws IOException {
    Files.createDirectories(dir);
    int written = 0;
    int event = 0;
    BufferedWriter out = null;
    try {
      while (written < articles) {
        Random rnd = new Random(seed * 1_000_003L + event);
        int size = Math.min(3 + rnd.nextInt(6), articles - written);
        for (Map<String, Object> article : event(event, size, rnd)) {
          if (written % PER_FILE == 0) {
            if (out != null) {
              out.close();
            }
            out = Files.newBufferedWriter(dir.resolve(String.format(Locale.ROOT, "batch-%03d.jsonl",
                written / PER_FILE)), StandardCharsets.UTF_8);
          }
          out.write(json.writeValueAsString(article));
          out.write('\n');
          written++;
        }
        event++;
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    return event;
  }

  private List<Map<String, Object>> event(int event, int size, Random rnd) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> numbers = new HashMap<>();
    int originals = Math.min(size, 1 + rnd.nextInt(3));
    List<String> bases = new ArrayList<>();
    for (int i = 0; i < originals; i++) {
      String template = templates.get(rnd.nextInt(templates.size()));
      bases.add(retell(template, names, numbers, rnd));
    }
    LocalDate date = LocalDate.of(2024, 1, 1).plusDays(event / 7);
    List<Map<String, Object>> out = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      String text;
      if (k < originals) {
        text = bases.get(k);
      } else {
        String base = bases.get(rnd.nextInt(originals));
        text = switch (rnd.nextInt(3)) {
          case 0 -> CREDITS[rnd.nextInt(CREDITS.length)] + base;
          case 1 -> rewrite(base, rnd);
          default -> summary(base, rnd);
        };
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", String.format(Locale.ROOT, "e%06d-%d", event, k));
      a.put("outlet", OUTLETS[rnd.nextInt(OUTLETS.length)]);
      a.put("published", date.plusDays(rnd.nextInt(3)).toString());
      String title = text.lines().findFirst().orElse("").strip();
      a.put("title", title.length() <= 160 ? title : null);
      a.put("text", text);
      out.add(a);
    }
    return out;
  }

  /** The template with this event's names and figures: consistent inside the event, new outside it. */
  private static String retell(String template, Map<String, String> names, Map<String, String> numbers, Random rnd) {
    Matcher m = NAME.matcher(template);
    StringBuilder sb = new StringBuilder(template.length() + 64);
    while (m.find()) {
      String word = m.group();
      String replacement = COMMON.contains(word) ? word : names.computeIfAbsent(word, w -> name(rnd));
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    Matcher n = NUMBER.matcher(sb.toString());
    StringBuilder out = new StringBuilder(sb.length());
    while (n.find()) {
      String figure = n.group(1);
      String replacement = numbers.computeIfAbsent(figure, f -> {
        int v = Integer.parseInt(f);
        int spread = Math.max(1, v / 3);
        return Integer.toString(Math.max(2, v - spread + rnd.nextInt(2 * spread + 1)));
      });
      n.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    n.appendTail(out);
    return out.toString();
  }

  /** A light rewrite: some sentences dropped, some reporting verbs changed, as rewriters do. */
  private static String rewrite(String base, Random rnd) {
    String[] sentences = SENTENCE_END.split(base);
    StringBuilder sb = new StringBuilder(base.length());
    for (int i = 0; i < sentences.length; i++) {
      if (i > 0 && rnd.nextInt(8) == 0) {
        continue;
      }
      String s = sentences[i];
      if (rnd.nextBoolean()) {
        s = s.replace(" said ", " stated ").replace(" says ", " notes ");
      }
      sb.append(i == 0 ? "" : " ").append(s);
    }
    return sb.toString();
  }

  /** A machine summary: the first part of the article and a disclaimer. */
  private static String summary(String base, Random rnd) {
    String[] sentences = SENTENCE_END.split(base);
    int keep = Math.max(2, sentences.length * (3 + rnd.nextInt(3)) / 10);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(keep, sentences.length); i++) {
      sb.append(i == 0 ? "" : " ").append(sentences[i]);
    }
    return sb.append("\n").append(SUMMARY_NOTE).toString();
  }

  private static String name(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int syllables = 2 + rnd.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      sb.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(VOWELS[rnd.nextInt(VOWELS.length)]);
    }
    sb.append(CODAS[rnd.nextInt(CODAS.length)]);
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }
}
