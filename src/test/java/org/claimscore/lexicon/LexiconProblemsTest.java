package org.claimscore.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    String csv = "id,name,aliases,acronyms,kind,country,letter\n"
        + "# a comment line\n"
        + "# another\n"
        + "tack,Sim Tack,,,person,,C\n"
        + "\n"
        + "nobody,Nobody,,,wizard,,C\n";
    List<String> problems = problems("actors.csv", csv);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("rules/lexicon/actors.csv:6: unknown kind 'wizard', expected one of ["),
        problems.get(0));
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
    String csv = "name,variants,region,country\n# places\n# more comment\nTetkino,Tetkino|Tiotkino,Kursk,,extra\n";
    assertEquals(List.of("rules/lexicon/places.csv:4: expected 4 fields, got 5"), problems("places.csv", csv));
  }

  @Test
  void aWrongHeaderIsLineOne() throws Exception {
    assertEquals(List.of("rules/lexicon/places.csv:1: header must be name,variants,region,country,"
        + " got name,spellings,region,country"),
        problems("places.csv", "name,spellings,region,country\nTetkino,Tetkino,Kursk,\n"));
  }
}
