package org.claimscore.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * The seven unrelated Wikinews stories of {@code fixtures/wikinews-sample} are seven events: in a
 * batch this small every key is rare, so only keys that identify an incident may join two stories.
 */
class WikinewsEventsTest {

  @Test
  void sevenUnrelatedStoriesAreSevenEvents() throws Exception {
    Lexicon lexicon = Lexicon.loadRules(Path.of("rules"), "rules", List.of());
    Language language = Language.load(Path.of("rules"), "rules");
    List<Article> articles = new ArticleReader(lexicon, language)
        .read(List.of(Path.of("fixtures/wikinews-sample"))).articles();
    assertEquals(7, articles.size(), "the sample's articles");
    LexiconKeyExtractor extractor = new LexiconKeyExtractor(lexicon, language);
    Map<String, String> events = new KeyEventGrouper(lexicon).group(articles.stream().map(extractor::keys).toList());
    assertEquals(7, new HashSet<>(events.values()).size(), events.toString());
  }
}
