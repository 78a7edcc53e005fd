package org.claimscore.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed lexicon line is named as {@code rules/lexicon/FILE:LINE: message}, with the line as an editor counts it. */
class LexiconProblemsTest {

  @TempDir Path dir;

  private List<String> problems(String file, String content) throws Exception {
    Files.writeString(dir.resolve(file), content);
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir, "rules/lexicon"));
    return e.problems();
  }

  @Test
  void actorsLineAfterCommentsIsCountedAsWritten() throws Exception {
    String csv = "name,aliases,kind,side,reliability\n"
        + "# a comment line\n"
        + "# another\n"
        + "Sim Tack,Sim Tack,person,,C\n"
        + "\n"
        + "Nobody,Nobody,wizard,,C\n";
    assertEquals(List.of("rules/lexicon/actors.csv:6: unknown kind 'wizard', expected one of [anonymous, government,"
        + " media, media_reports, organisation, person, social_media]"), problems("actors.csv", csv));
  }

  @Test
  void verbsWithAMissingField() throws Exception {
    String csv = "verb,strength\n# reporting verbs\nsaid,neutral\nclaimed\n";
    assertEquals(List.of("rules/lexicon/verbs.csv:4: expected 2 fields, got 1"), problems("verbs.csv", csv));
  }

  @Test
  void verbsWithAnUnknownStrength() throws Exception {
    String csv = "verb,strength\nsaid,neutral\n# next\nclaimed,doubtful\n";
    assertEquals(List.of("rules/lexicon/verbs.csv:4: unknown strength 'doubtful', expected one of"
        + " [confirming, distancing, neutral]"), problems("verbs.csv", csv));
  }

  @Test
  void placesWithTooManyFields() throws Exception {
    String csv = "name,variants,region\n# places\n# more comment\nTetkino,Tetkino|Tiotkino,Kursk,extra\n";
    assertEquals(List.of("rules/lexicon/places.csv:4: expected 3 fields, got 4"), problems("places.csv", csv));
  }

  @Test
  void aWrongHeaderIsLineOne() throws Exception {
    assertEquals(List.of("rules/lexicon/places.csv:1: header must be name,variants,region, got name,spellings,region"),
        problems("places.csv", "name,spellings,region\nTetkino,Tetkino,Kursk\n"));
  }
}
