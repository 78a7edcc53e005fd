package org.claimscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimscore.claims.Attribution;
import org.claimscore.claims.SpeakerKind;
import org.claimscore.claims.VerbStrength;
import org.claimscore.lexicon.Actor;
import org.claimscore.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Source letters: the lexicon's for known actors, the settings' default by kind otherwise. */
class SourceRegistryTest {

  private static Settings settings;

  @BeforeAll
  static void load() throws Exception {
    settings = Settings.load(Path.of("rules"), "rules");
  }

  private static Attribution said(String speaker, SpeakerKind kind, String role, String side) {
    return new Attribution(speaker, null, kind, role, sided(kind, side), "said", VerbStrength.NEUTRAL, "", false, "");
  }

  @Test
  void knownActorGetsItsLexiconLetterByNameOrAlias() {
    Lexicon lexicon = new Lexicon(
        List.of(new Actor("research.isw", "Institute for the Study of War", List.of("ISW"), List.of(), "research", "", "B", "",
            "test")),
        List.of(), List.of(), List.of(), Map.of());
    SourceRegistry sources = new SourceRegistry(lexicon, settings);
    assertEquals("B", sources.letter(said("institute for the  study of war", SpeakerKind.ORGANISATION, "", "")));
    assertEquals("B", sources.letter(said("ISW", SpeakerKind.ORGANISATION, "", "")));
  }

  @Test
  void unknownSpeakersGetTheDefaultOfTheirKind() {
    SourceRegistry sources = new SourceRegistry(Lexicon.empty(), settings);
    assertEquals("C", sources.letter(said("Sim Tack", SpeakerKind.PERSON, "analyst", "")));
    assertEquals("D", sources.letter(said("Sim Tack", SpeakerKind.PERSON, "", "")));
    assertEquals("D", sources.letter(said("Russian defence ministry", SpeakerKind.GOVERNMENT, "", "russia")));
    assertEquals("C", sources.letter(said("Finnish foreign ministry", SpeakerKind.GOVERNMENT, "", "")));
    assertEquals("E", sources.letter(said("officials", SpeakerKind.ANONYMOUS, "", "russia")));
    assertEquals("E", sources.letter(said("", SpeakerKind.MEDIA_REPORTS, "", "")));
    assertEquals("E", sources.letter(said("Rybar", SpeakerKind.SOCIAL_MEDIA, "", "")));
    assertEquals("F", sources.letter(said("Someone", SpeakerKind.UNKNOWN, "", "")));
    assertEquals("F", sources.letter(Attribution.NONE));
  }

  /** A speaker of {@code kind} standing on {@code side} of a test conflict, or on none for "". */
  static org.claimscore.claims.Identity sided(SpeakerKind kind, String side) {
    return side.isEmpty() ? org.claimscore.claims.Identity.unknown(kind)
        : new org.claimscore.claims.Identity("", kind.label(), "", new org.claimscore.lexicon.Standing("ucdp.test", side, false));
  }
}
