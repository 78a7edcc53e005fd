package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceNoticeTest {

  private static final String NOTICE = """
      # notice

      | Path | Source repo | Commit | Source path | Licence as stated (how we know) | SHA-256 |
      |---|---|---|---|---|---|
      | `factbook/<region>/<gec>.json` (261 files) | factbook/factbook.json | 8662a8b17a784841ab4528631b04090eb2f183eb | `<region>/<gec>.json` | CC0 1.0 | x |
      | `ucdp/ucdp-actor-221.csv` | owner/repo | 5369d2f955d3396072c612a84588654941212a19 | `data/a.csv` | **not verified** | y |

      ## Factbook files

      | Path | Name | SHA-256 |
      """;

  @Test
  void theProvenanceTableIsRead() {
    Problems problems = new Problems();
    SourceNotice notice = SourceNotice.read(new SourceFile("NOTICE.md", "src/NOTICE.md", NOTICE), problems);
    assertEquals(2, notice.entries().size());
    SourceNotice.Entry factbook = notice.entryFor("factbook/africa/su.json");
    assertEquals("factbook/factbook.json", factbook.repository());
    assertEquals("<region>/<gec>.json", factbook.sourcePath());
    assertEquals(5, factbook.line());
    assertEquals("not verified", notice.entryFor("ucdp/ucdp-actor-221.csv").licence());
    assertNull(notice.entryFor("factbook/africa/su.csv"));
  }

  @Test
  void aNoticeWithoutTheTableIsAProblem() {
    Problems problems = new Problems();
    SourceNotice.read(new SourceFile("NOTICE.md", "src/NOTICE.md", "# notice\nno table\n"), problems);
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, problems::throwIfAny);
    assertEquals(List.of("src/NOTICE.md:1: no provenance table (a header with Path, Source repo, Commit, Source path"
        + " and Licence columns)"), e.problems());
  }

  @Test
  void aRowWithoutACommitIsFileLine() {
    Problems problems = new Problems();
    SourceNotice.read(new SourceFile("NOTICE.md", "src/NOTICE.md",
        "| Path | Source repo | Commit | Source path | Licence |\n|---|---|---|---|---|\n| `a.csv` | o/r | n/a | `a` | x |\n"),
        problems);
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, problems::throwIfAny);
    assertEquals(List.of("src/NOTICE.md:3: a provenance row needs a `path`, a repository and a commit hash"),
        e.problems());
  }
}
