package org.claimscore.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void anUnbalancedQuoteIsNamedAtTheLineItOpensOn() throws Exception {
    String csv = "name,variants,region,country\n# places\nTetkino,Tetkino,Kursk,russia\n\"Lozova Rudka,Lozova Rudka,Belgorod,russia\n"
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
