package org.claimscore.corroboration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimscore.claims.Attribution;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.Interest;
import org.claimscore.claims.Quantity;
import org.claimscore.claims.SpeakerKind;
import org.claimscore.claims.VerbStrength;
import org.claimscore.text.Span;

/** Builds claims by hand from a fragment of an article's real text, the way the extractor would. */
final class TestClaims {

  private final String articleId;
  private final String text;

  private TestClaims(String articleId, String text) {
    this.articleId = articleId;
    this.text = text;
  }

  /** Claims of the seed article whose file name starts with {@code prefix} ("002"). */
  static TestClaims seed(String prefix) {
    Path dir = Path.of("fixtures/kursk-raid-2024");
    try (var files = Files.list(dir)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
      return new TestClaims(file.getFileName().toString().replaceFirst("\\.txt$", ""), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Claims of an article made up for a test. */
  static TestClaims article(String articleId, String text) {
    return new TestClaims(articleId, text);
  }

  String articleId() {
    return articleId;
  }

  /**
   * The {@code n}th claim of the article, covering {@code fragment}, which must occur in the text
   * (a no-break space in the text matches a plain space in the fragment; the claim keeps the text as written).
   */
  Builder claim(int n, ClaimType type, String fragment) {
    int start = text.replace('\u00A0', ' ').indexOf(fragment);
    if (start < 0) {
      throw new IllegalArgumentException("not in " + articleId + ": " + fragment);
    }
    Span span = new Span(start, start + fragment.length());
    return new Builder(articleId + "#" + n, n, type, span, span.of(text));
  }

  /** A claim under construction. */
  final class Builder {
    private final String id;
    private final int sentence;
    private final ClaimType type;
    private final Span span;
    private final String fragment;
    private Attribution attribution = Attribution.NONE;
    private final List<Quantity> numbers = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final List<String> actors = new ArrayList<>();
    private final List<String> hedges = new ArrayList<>();

    private Builder(String id, int sentence, ClaimType type, Span span, String fragment) {
      this.id = id;
      this.sentence = sentence;
      this.type = type;
      this.span = span;
      this.fragment = fragment;
    }

    Builder by(String speaker, SpeakerKind kind, String side) {
      return by(speaker, kind, side, "");
    }

    Builder by(String speaker, SpeakerKind kind, String side, String role) {
      attribution = new Attribution(speaker, span, kind, role, sided(kind, side), "said", VerbStrength.NEUTRAL, "", false, "");
      return this;
    }

    Builder number(long value, String unit) {
      numbers.add(new Quantity(value, value, unit, Quantity.Qualifier.EXACT, span));
      return this;
    }

    Builder number(long value, String unit, Quantity.Qualifier qualifier) {
      numbers.add(new Quantity(value, value, unit, qualifier, span));
      return this;
    }

    Builder several(String unit) {
      numbers.add(new Quantity(0, 0, unit, Quantity.Qualifier.VAGUE, span));
      return this;
    }

    Builder places(String... names) {
      places.addAll(List.of(names));
      return this;
    }

    Builder actors(String... names) {
      actors.addAll(List.of(names));
      return this;
    }

    Builder hedges(String... words) {
      hedges.addAll(List.of(words));
      return this;
    }

    Claim build() {
      Interest interest = attribution.partyToConflict() ? Interest.SELF_SERVING : Interest.NEUTRAL;
      return new Claim(id, articleId, sentence, type, span, fragment, attribution, interest, hedges, numbers, places,
          actors, List.of());
    }
  }

  /** A speaker of {@code kind} standing on {@code side} of a test conflict, or on none for "". */
  static org.claimscore.claims.Identity sided(SpeakerKind kind, String side) {
    return side.isEmpty() ? org.claimscore.claims.Identity.unknown(kind)
        : new org.claimscore.claims.Identity("", kind.label(), "", new org.claimscore.lexicon.Standing("ucdp.test", side, false));
  }
}
