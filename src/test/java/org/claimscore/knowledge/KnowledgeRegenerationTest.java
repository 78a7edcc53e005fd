package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed files under {@code rules/knowledge/} are exactly what the generator makes from the
 * public source data. The data is not shipped: it is looked for in {@code ../shared/knowledge} next
 * to the project folder (or where {@code -Dclaimscore.knowledge.sources=DIR} says), and the test is
 * skipped without it.
 */
class KnowledgeRegenerationTest {

  static final Path KNOWLEDGE = Path.of("rules/knowledge");

  @TempDir Path tmp;

  static Path sources() {
    String given = System.getProperty("claimscore.knowledge.sources");
    return given != null ? Path.of(given) : Path.of("").toAbsolutePath().getParent().resolve("shared/knowledge");
  }

  @Test
  void regeneratingGivesTheCommittedFilesByteForByte() throws Exception {
    Path sources = sources();
    assumeTrue(Files.isDirectory(sources), "no source data at " + sources + " (../shared/knowledge next to the"
        + " project, or -Dclaimscore.knowledge.sources=DIR): regeneration not checked");
    Files.createDirectories(tmp.resolve(GeneratorPolicy.FOLDER));
    for (String policy : new String[] {GeneratorPolicy.FORMS, GeneratorPolicy.RATINGS, GeneratorPolicy.NOT_NAMES,
        GeneratorPolicy.STATE_AFFILIATION, GeneratorPolicy.ALIASES, GeneratorPolicy.COUNTRIES}) {
      Files.copy(KNOWLEDGE.resolve(policy), tmp.resolve(policy));
    }
    KnowledgeGenerator.Result result = KnowledgeGenerator.generate(sources, sources.toString(), tmp, "tmp");
    KnowledgeGenerator.write(tmp, result.files());
    for (String file : KnowledgeGenerator.FILES) {
      assertEquals(Files.readString(KNOWLEDGE.resolve(file)), Files.readString(tmp.resolve(file)),
          "rules/knowledge/" + file + " is not what the generator makes: run ./claimscore generate-knowledge");
    }
  }
}
