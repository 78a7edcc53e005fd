package org.claimscore.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscore.setup.SetupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed lexicon line is named as {@code rules/lexicon/FILE:LINE: message}, with the line as an editor counts it. */
class LexiconProblemsTest {

  @TempDir Path dir;

  private List<String> problems(String file, String content) throws Exception {
    Files.writeString(dir.resolve(file), content);
    SetupException e = assertThrows(SetupException.class, () -> Lexicon.load(dir, "rules/lexicon"));
    return e.lines();
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

  @Test
  void anUnbalancedQuoteIsNamedAtTheLineItOpensOn() throws Exception {
    String csv = "name,variants,region\n# places\nTetkino,Tetkino,Kursk\n\"Lozova Rudka,Lozova Rudka,Belgorod\n"
        + "Sudzha,Sudzha,Kursk\n";
    assertEquals(List.of("rules/lexicon/places.csv:4: unbalanced quote: a field opened with \" on this line is never"
        + " closed (write a quote inside a quoted field as \"\")"), problems("places.csv", csv));
  }

  @Test
  void textAfterAClosingQuoteIsNamedAtItsLine() throws Exception {
    String csv = "verb,strength\nsaid,neutral\n\"claimed\"x,distancing\n";
    List<String> problems = problems("verbs.csv", csv);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("rules/lexicon/verbs.csv:3: text after a closing quote: a quoted field must end at the next comma"
        + " (write a quote inside a quoted field as \"\")", problems.get(0));
  }

  @Test
  void anUnbalancedQuoteInTheHeaderIsNamedToo() throws Exception {
    assertEquals(List.of("rules/lexicon/verbs.csv:1: unbalanced quote: a field opened with \" on this line is never"
        + " closed (write a quote inside a quoted field as \"\")"), problems("verbs.csv", "\"verb,strength\nsaid,neutral\n"));
  }
}
