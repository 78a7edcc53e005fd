package org.claimscore.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.claimscore.language.Language;
import org.claimscore.language.TestLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content words with the spellings and stop words of {@code rules/language/en/}. */
class ContentWordsTest {

  @Test
  void britishSpellingsStopWordsAndPluralsAreNormalised() {
    ContentWords words = new ContentWords(TestLanguage.shipped());
    assertEquals(List.of("defense", "ministry", "organization", "attack"),
        words.of("The Defence Ministry said the organisations' attacks"));
  }

  @Test
  void anEditorAddsASpellingAndAStopWordWithoutJava(@TempDir Path rules) throws Exception {
    Path language = TestLanguage.copyInto(rules);
    Files.writeString(language.resolve("spellings.csv"), "colour,color\n", StandardOpenOption.APPEND);
    Files.writeString(language.resolve("stop-words.txt"), "reportedly\n", StandardOpenOption.APPEND);
    String text = "The colour reportedly changed";
    assertEquals(List.of("colour", "reportedly", "changed"), new ContentWords(TestLanguage.shipped()).of(text));
    assertEquals(List.of("color", "changed"), new ContentWords(Language.load(rules, "rules")).of(text));
  }
}
