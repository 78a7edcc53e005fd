package org.claimscore.scoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.Interest;
import org.claimscore.claims.RuleBasedClaimExtractor;
import org.claimscore.claims.SpeakerKind;
import org.claimscore.claims.VerbStrength;
import org.claimscore.corroboration.PropositionCorroborator;
import org.claimscore.lexicon.Kinds;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.provenance.TextProvenanceAnalyzer;

/**
 * The fact contract between the pipeline and the rule files: every field of {@link ClaimFacts}, in
 * order, with its type, the values it can take and one line of meaning. {@code ClaimFacts} checks
 * its values against it, {@code check-rules} and the rule policy read field names and values from
 * it, and a test holds the facts table of the rules README to it.
 *
 * <h2>Design decision: values the knowledge decides are named, not listed</h2>
 *
 * <p>Most text fields take a closed set of values the code produces ({@code type}, {@code
 * speakerKind}, ...); those are listed here and a claim with any other value cannot be built.
 * {@code hedges}, {@code side} and {@code conflict} take values from the loaded word lists and
 * knowledge, which editors change; the schema names their source ({@link Values#fromKnowledge})
 * and {@link #allowedValues(Lexicon)} lists them for one loaded lexicon.
 */
public final class FactSchema {

  /** The type of a fact, as the rules README writes it. */
  public enum Type {
    TEXT("text"),
    YES_NO("yes/no"),
    NUMBER("number"),
    TEXT_LIST("list of text");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    /** The type as the README's facts table writes it. */
    public String label() {
      return label;
    }
  }

  /** Which values a fact can take: a closed list, the loaded knowledge's, or any. */
  public enum Source {
    /** The values are listed in the schema. */
    CLOSED,
    /** The values come from the loaded word lists and knowledge. */
    KNOWLEDGE,
    /** Any value of the type (a name, a sentence, a count). */
    OPEN
  }

  /**
   * The values a fact can take.
   *
   * @param source where they come from
   * @param closed the values when {@code source} is {@link Source#CLOSED}, else empty
   * @param knowledgeFile the word list or knowledge file they come from when {@code source} is
   *     {@link Source#KNOWLEDGE}, else ""
   */
  public record Values(Source source, List<String> closed, String knowledgeFile) {
    public Values {
      Objects.requireNonNull(source, "source");
      closed = List.copyOf(closed);
      Objects.requireNonNull(knowledgeFile, "knowledgeFile");
      if ((source == Source.CLOSED) == closed.isEmpty()) {
        throw new IllegalArgumentException("closed values are given exactly when the source is CLOSED");
      }
      if ((source == Source.KNOWLEDGE) == knowledgeFile.isEmpty()) {
        throw new IllegalArgumentException("a knowledge file is named exactly when the source is KNOWLEDGE");
      }
    }

    static Values of(List<String> values) {
      return new Values(Source.CLOSED, values, "");
    }

    static Values fromKnowledge(String file) {
      return new Values(Source.KNOWLEDGE, List.of(), file);
    }

    static Values any() {
      return new Values(Source.OPEN, List.of(), "");
    }
  }

  /**
   * One field of {@link ClaimFacts}.
   *
   * @param name the field's name, as rules and test cases write it
   * @param type its type
   * @param values the values it can take
   * @param meaning one line saying what it means
   */
  public record Fact(String name, Type type, Values values, String meaning) {
    public Fact {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(values, "values");
      Objects.requireNonNull(meaning, "meaning");
      if (values.source() != Source.OPEN && type != Type.TEXT && type != Type.TEXT_LIST) {
        throw new IllegalArgumentException(name + ": only text facts have listed values");
      }
      if (meaning.isBlank() || meaning.contains("\n")) {
        throw new IllegalArgumentException(name + ": the meaning is one line");
      }
    }

    /** True when {@code value} is one of the closed values, or the values are not closed. */
    public boolean allows(String value) {
      return values.source() != Source.CLOSED || values.closed().contains(value);
    }
  }

  private static List<String> labels(Stream<String> labels) {
    return labels.toList();
  }

  private static List<String> fineKinds() {
    TreeSet<String> out = new TreeSet<>(Kinds.ALL);
    Arrays.stream(SpeakerKind.values()).map(SpeakerKind::label).forEach(out::add);
    return List.copyOf(out);
  }

  /** The Admiralty reliability letters. */
  public static final List<String> LETTERS = List.of("A", "B", "C", "D", "E", "F");

  /** Every field of {@link ClaimFacts}, in the order of its record components. */
  public static final List<Fact> FACTS = List.of(
      new Fact("claimId", Type.TEXT, Values.any(), "the claim"),
      new Fact("articleId", Type.TEXT, Values.any(), "the article it was found in"),
      new Fact("type", Type.TEXT, Values.of(labels(Arrays.stream(ClaimType.values()).map(ClaimType::label))),
          "what kind of claim it is"),
      new Fact("factual", Type.YES_NO, Values.any(), "false for analysis, prediction and opinion"),
      new Fact("text", Type.TEXT, Values.any(), "the claim's sentence"),
      new Fact("speaker", Type.TEXT, Values.any(), "who it is attributed to, or empty"),
      new Fact("speakerKind", Type.TEXT,
          Values.of(labels(Arrays.stream(SpeakerKind.values()).map(SpeakerKind::label))),
          "the coarse kind of the speaker the shipped rules test"),
      new Fact("role", Type.TEXT, Values.any(), "the speaker's role as the article gives it, or empty"),
      new Fact("partyToConflict", Type.YES_NO, Values.any(),
          "the speaker belongs to a side of a conflict the claim's event is about"),
      new Fact("side", Type.TEXT, Values.fromKnowledge("knowledge/conflicts.csv"),
          "the party id the speaker stands for, or empty"),
      new Fact("interest", Type.TEXT, Values.of(labels(Arrays.stream(Interest.values()).map(Interest::label))),
          "whether the claim serves the speaker's side"),
      new Fact("verb", Type.TEXT, Values.any(), "the reporting verb, or empty"),
      new Fact("verbStrength", Type.TEXT,
          Values.of(labels(Arrays.stream(VerbStrength.values()).map(VerbStrength::label))),
          "how the reporting verb presents the claim, from lexicon/verbs.csv"),
      new Fact("channel", Type.TEXT, Values.of(RuleBasedClaimExtractor.CHANNELS),
          "where the speaker published it, or empty"),
      new Fact("directQuote", Type.YES_NO, Values.any(), "the claim quotes the speaker's own words"),
      new Fact("via", Type.TEXT, Values.any(), "the outlet the source is cited through, or empty"),
      new Fact("hedged", Type.YES_NO, Values.any(), "the claim carries a hedge"),
      new Fact("hedges", Type.TEXT_LIST, Values.fromKnowledge("lexicon/hedges.txt"), "the hedges found"),
      new Fact("figures", Type.NUMBER, Values.any(), "how many exact figures the claim gives"),
      new Fact("casualtyFigure", Type.YES_NO, Values.any(), "it gives a figure of people killed, wounded or lost"),
      new Fact("supportingArticles", Type.NUMBER, Values.any(), "how many other articles state the same thing"),
      new Fact("independentOrigins", Type.NUMBER, Values.any(), "origin families reporting it, its own included"),
      new Fact("independentSources", Type.NUMBER, Values.any(),
          "independent primary sources behind the proposition itself"),
      new Fact("contradictingArticles", Type.NUMBER, Values.any(), "how many articles contradict it"),
      new Fact("contradictedByIndependent", Type.YES_NO, Values.any(),
          "a source that is not a party to the conflict contradicts it"),
      new Fact("evidenceFlags", Type.TEXT_LIST, Values.of(PropositionCorroborator.EVIDENCE_FLAGS),
          "cross-article findings about the claim"),
      new Fact("qualified", Type.YES_NO, Values.any(), "the article itself casts doubt on the claim"),
      new Fact("qualifiers", Type.TEXT_LIST, Values.any(), "the doubting phrases"),
      new Fact("articleCues", Type.TEXT_LIST, Values.of(TextProvenanceAnalyzer.CUE_NAMES),
          "provenance cues about the whole article"),
      new Fact("articleDerived", Type.YES_NO, Values.any(), "its article copies or rewrites another article of the batch"),
      new Fact("sourceLetter", Type.TEXT, Values.of(LETTERS), "the Admiralty reliability letter of the original source"),
      new Fact("speakerFineKind", Type.TEXT, Values.of(fineKinds()), "the knowledge's own kind of the speaker"),
      new Fact("speakerCountry", Type.TEXT, Values.fromKnowledge("knowledge/countries.csv"),
          "the speaker's country id, or empty"),
      new Fact("conflict", Type.TEXT, Values.fromKnowledge("knowledge/conflicts.csv"),
          "the id of the event's conflict the speaker is a party to, or empty"),
      new Fact("supporter", Type.YES_NO, Values.any(), "the speaker is a party as a supporter of a side"),
      new Fact("outletLetter", Type.TEXT, Values.of(LETTERS),
          "the Admiralty reliability letter of the outlet that published the article, F when not known"),
      new Fact("articleBackedPercent", Type.NUMBER, Values.any(),
          "the share in percent of the other factual claims of its article that independent origins also report"));

  private static final Map<String, Fact> BY_NAME = byName();

  private FactSchema() {}

  private static Map<String, Fact> byName() {
    Map<String, Fact> out = new LinkedHashMap<>();
    for (Fact f : FACTS) {
      if (out.put(f.name(), f) != null) {
        throw new IllegalStateException("fact listed twice: " + f.name());
      }
    }
    return out;
  }

  /** The names of every fact, in order. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** The fact of that name, or null. */
  public static Fact fact(String name) {
    return BY_NAME.get(name);
  }

  /** The names of the text and list-of-text facts whose values are listed or come from the knowledge. */
  public static Set<String> checkedTextFacts() {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Fact f : FACTS) {
      if (f.values().source() != Source.OPEN) {
        out.add(f.name());
      }
    }
    return out;
  }

  /**
   * The values each checked text fact can take with this lexicon: the closed values, and for a
   * fact from the knowledge "" (where a single value is text) and what the lexicon holds; a null
   * lexicon leaves the facts from the knowledge out.
   */
  public static Map<String, List<String>> allowedValues(Lexicon lexicon) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Fact f : FACTS) {
      switch (f.values().source()) {
        case CLOSED -> out.put(f.name(), f.values().closed());
        case KNOWLEDGE -> {
          if (lexicon != null) {
            out.put(f.name(), fromKnowledge(f, lexicon));
          }
        }
        case OPEN -> { }
      }
    }
    return out;
  }

  private static List<String> fromKnowledge(Fact f, Lexicon lexicon) {
    TreeSet<String> out = new TreeSet<>();
    if (f.type() == Type.TEXT) {
      out.add("");
    }
    switch (f.name()) {
      case "hedges" -> out.addAll(lexicon.hedges());
      case "side" -> lexicon.conflicts().forEach(c -> out.addAll(c.parties()));
      case "conflict" -> lexicon.conflicts().forEach(c -> out.add(c.id()));
      case "speakerCountry" -> lexicon.countries().forEach(c -> out.add(c.id()));
      default -> throw new IllegalStateException("no values from the knowledge for " + f.name());
    }
    return List.copyOf(out);
  }
}
