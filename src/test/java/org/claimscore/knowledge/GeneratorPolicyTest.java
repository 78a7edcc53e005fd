package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorPolicyTest {

  @TempDir Path dir;

  static final String FORMS = "# forms\nbody,kind,letter,forms\n"
      + "gov,government,C,{demonym} government|government of {country}|{capital}\n"
      + "hos,head_of_state,C,{title} {surname}|{title} {short}|{name}\n"
      + "hog,head_of_government,C,{title} {surname}|{name}\n"
      + "mil,military,C,{demonym} army|{country}'s army\n"
      + "police,police,C,{demonym} police\n"
      + "ucdp,armed_group,E,\nfb,armed_group,E,\nio,international_org,B,\n";
  static final String RATINGS = "label,code,rating,letter\nGenerally reliable,gr,generally_reliable,B\n"
      + "No consensus,nc,no_consensus,C\nGenerally unreliable,gu,generally_unreliable,D\n"
      + "Deprecated,d,deprecated,E\nBlacklisted,,blacklisted,E\n";

  /** A policy like the shipped one, built in code. */
  static GeneratorPolicy policy() {
    Map<String, GeneratorPolicy.Body> bodies = new LinkedHashMap<>();
    for (String id : GeneratorPolicy.REQUIRED) {
      String kind = switch (id) {
        case "gov" -> "government";
        case "hos" -> "head_of_state";
        case "hog" -> "head_of_government";
        case "mil" -> "military";
        case "police" -> "police";
        case "io" -> "international_org";
        default -> "armed_group";
      };
      bodies.put(id, new GeneratorPolicy.Body(id, kind, id.equals("io") ? "B" : id.equals("ucdp") || id.equals("fb")
          ? "E" : "C", List.of(), 1));
    }
    return new GeneratorPolicy(bodies, List.of(
        new GeneratorPolicy.Rating("Generally reliable", "gr", "generally_reliable", "B"),
        new GeneratorPolicy.Rating("No consensus", "nc", "no_consensus", "C"),
        new GeneratorPolicy.Rating("Generally unreliable", "gu", "generally_unreliable", "D"),
        new GeneratorPolicy.Rating("Deprecated", "d", "deprecated", "E"),
        new GeneratorPolicy.Rating("Blacklisted", "", "blacklisted", "E")), Set.of(),
        List.of("state-run", "state-owned"), List.of());
  }

  /** Writes a policy folder under {@code knowledge/generator/} with the given forms. */
  static void write(Path knowledge, String forms) throws Exception {
    Files.createDirectories(knowledge.resolve("generator"));
    Files.writeString(knowledge.resolve(GeneratorPolicy.FORMS), forms);
    Files.writeString(knowledge.resolve(GeneratorPolicy.RATINGS), RATINGS);
    Files.writeString(knowledge.resolve(GeneratorPolicy.NOT_NAMES), "# words\nUnion\n");
    Files.writeString(knowledge.resolve(GeneratorPolicy.STATE_AFFILIATION), "state-run\n");
    Files.writeString(knowledge.resolve(GeneratorPolicy.ALIASES), "id,alias,source\n");
    Files.writeString(knowledge.resolve(GeneratorPolicy.COUNTRIES), "id,demonyms,capital,source\n");
  }

  @Test
  void theFilesAreRead() throws Exception {
    write(dir, FORMS);
    GeneratorPolicy policy = GeneratorPolicy.read(dir, "k");
    assertEquals(List.of("gov", "hos", "hog", "mil", "police", "ucdp", "fb", "io"), List.copyOf(policy.bodies()
        .keySet()));
    assertEquals(List.of("{demonym} army", "{country}'s army"), policy.body("mil").forms());
    assertEquals(3, policy.body("gov").line());
    assertEquals(Set.of("union"), policy.notNames());
    assertEquals(5, policy.ratings().size());
  }

  @Test
  void malformedFormsAreFileLine() throws Exception {
    write(dir, "body,kind,letter,forms\n# gov\ngov,government,X,{demonym} government\n"
        + "mil,military,C,{demonym} army|{place} army\nhos,head_of_state,C,President\n"
        + "police,wizard,C,{demonym} police\n");
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, () -> GeneratorPolicy.read(dir, "k"));
    assertEquals(List.of(
        "k/generator/forms.csv:3: letter must be A-F, got 'X'",
        "k/generator/forms.csv:4: form '{place} army': unknown placeholder {place}, expected one of [{capital},"
            + " {country}, {demonym}]",
        "k/generator/forms.csv:5: form 'President' has no placeholder: it would name every country's body alike",
        "k/generator/forms.csv:6: unknown kind 'wizard', expected one of " + GeneratorPolicy.KINDS.stream().sorted()
            .toList(),
        "k/generator/forms.csv:1: no row for body gov (needed for its kind and letter)",
        "k/generator/forms.csv:1: no row for body hog (needed for its kind and letter)",
        "k/generator/forms.csv:1: no row for body police (needed for its kind and letter)",
        "k/generator/forms.csv:1: no row for body ucdp (needed for its kind and letter)",
        "k/generator/forms.csv:1: no row for body fb (needed for its kind and letter)",
        "k/generator/forms.csv:1: no row for body io (needed for its kind and letter)"), e.problems());
  }

  @Test
  void editorsRowsWithoutAPublicPageOrTwiceAreFileLine() throws Exception {
    write(dir, FORMS);
    Files.writeString(dir.resolve(GeneratorPolicy.ALIASES), "# names\nid,alias,source\nucdp.303,Taliban,"
        + "https://en.wikipedia.org/wiki/Taliban\nucdp.303,taliban,https://example.org/t\nucdp.1051,Boko Haram,"
        + "a book\nUCDP 1,,https://example.org\n");
    Files.writeString(dir.resolve(GeneratorPolicy.COUNTRIES), "id,demonyms,capital,source\nnauru,,Yaren,"
        + "https://en.wikipedia.org/wiki/Yaren_District\nnauru,,Yaren,https://example.org\nwest_bank,,,"
        + "https://example.org\ngaza,Gazan,,file.txt\n");
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, () -> GeneratorPolicy.read(dir, "k"));
    assertEquals(List.of(
        "k/generator/aliases.csv:4: 'taliban' is already given to ucdp.303",
        "k/generator/aliases.csv:5: source must be the http(s) address of a public page that gives the name, got"
            + " 'a book'",
        "k/generator/aliases.csv:6: a row needs a generated row's id and a name",
        "k/generator/countries.csv:3: country nauru has a row already",
        "k/generator/countries.csv:4: a row needs a country id and a demonym or a capital",
        "k/generator/countries.csv:5: source must be the http(s) address of a public page that gives them, got"
            + " 'file.txt'"), e.problems());
  }

  @Test
  void editorsRowsAreRead() throws Exception {
    write(dir, FORMS);
    Files.writeString(dir.resolve(GeneratorPolicy.ALIASES), "id,alias,source\nucdp.303,Taliban,"
        + "https://en.wikipedia.org/wiki/Taliban\n");
    Files.writeString(dir.resolve(GeneratorPolicy.COUNTRIES), "id,demonyms,capital,source\n"
        + "west_bank,Palestinian|Palestinians,Ramallah,https://en.wikipedia.org/wiki/Ramallah\n");
    GeneratorPolicy policy = GeneratorPolicy.read(dir, "k");
    assertEquals(List.of(new GeneratorPolicy.EditorsAlias("ucdp.303", "Taliban", "https://en.wikipedia.org/wiki/"
        + "Taliban", 2)), policy.aliases());
    assertEquals(List.of(new GeneratorPolicy.CountryFill("west_bank", List.of("Palestinian", "Palestinians"),
        List.of("Ramallah"), "https://en.wikipedia.org/wiki/Ramallah", 2)), policy.countryFills());
  }

  @Test
  void aMissingPolicyFileIsNamed() {
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, () -> GeneratorPolicy.read(dir, "k"));
    assertEquals(List.of("k/generator/forms.csv:1: missing: the generator reads this file",
        "k/generator/ratings.csv:1: missing: the generator reads this file",
        "k/generator/not-names.txt:1: missing: the generator reads this file",
        "k/generator/state-affiliation.txt:1: missing: the generator reads this file",
        "k/generator/aliases.csv:1: missing: the generator reads this file",
        "k/generator/countries.csv:1: missing: the generator reads this file"), e.problems());
  }
}
