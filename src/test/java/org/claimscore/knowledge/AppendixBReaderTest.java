package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppendixBReaderTest {

  private static final String HTML = """
      <html><body>
          <div class="appendix-entry reference-content ln-a">
            <div class='appendix-entry-name category'>
              African Union (AU)
            </div>
            <div class='appendix-entry-text category_data'>
              <strong>note</strong> - replaces Organization of African Unity (OAU)<br /> 8 July 2001
            </div>
          </div>
          <div class="appendix-entry reference-content ln-a">
            <div class='appendix-entry-name category'>
              Third World
            </div>
            <div class='appendix-entry-text category_data'>
              another term for the less developed countries
            </div>
          </div>
          <div class="appendix-entry reference-content ln-a">
            <div class='appendix-entry-name category'>
              developing countries
            </div>
            <div class='appendix-entry-text category_data'>a term</div>
          </div>
          <div class='appendix-entry-name category'>C&ocirc;te Commission (CC)</div>
      </body></html>
      """;

  @Test
  void entriesAreReadFromTheirMarkupWithTheirLines() {
    Problems problems = new Problems();
    List<AppendixBReader.Entry> entries = AppendixBReader.read(new SourceFile(AppendixBReader.FILE, "src/b.html", HTML),
        problems);
    assertTrue(problems.isEmpty());
    assertEquals(List.of("African Union (AU)", "Third World", "developing countries", "Côte Commission (CC)"),
        entries.stream().map(AppendixBReader.Entry::heading).toList());
    assertEquals(List.of(3, 11, 19, 24), entries.stream().map(AppendixBReader.Entry::line).toList());
    assertFalse(entries.get(0).term());
    assertTrue(entries.get(1).term());
    assertTrue(entries.get(2).term());
  }

  @Test
  void headingsGiveNamesAndAcronyms() {
    AppendixBReader.Names ec = AppendixBReader.names("European Community (or European Communities, EC)");
    assertEquals("European Community", ec.name());
    assertEquals(List.of("European Communities"), ec.otherNames());
    assertEquals(List.of("EC"), ec.acronyms());
    AppendixBReader.Names mercosur = AppendixBReader.names("Southern Cone Common Market (Mercosur) or Southern Common"
        + " Market");
    assertEquals("Southern Cone Common Market", mercosur.name());
    assertEquals(List.of("Southern Common Market", "Mercosur"), mercosur.otherNames());
    assertEquals(List.of("UNASUR", "UNASUL"),
        AppendixBReader.names("Union of South American Nations (UNASUR - Spanish; UNASUL - Portuguese)").acronyms());
    assertEquals(List.of("BRICS"), AppendixBReader.names("BRICS").acronyms());
  }

  @Test
  void aPageWithoutEntriesIsAProblem() {
    Problems problems = new Problems();
    AppendixBReader.read(new SourceFile(AppendixBReader.FILE, "src/b.html", "<html></html>"), problems);
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, problems::throwIfAny);
    assertEquals(List.of("src/b.html:1: no appendix-entry-name entries (is this the Factbook's Appendix B page?)"),
        e.problems());
  }
}
