package org.claimscore.sentences;

import java.util.List;
import org.claimscore.ingest.Article;

/** Splits an article's text into sentences with offsets into the original text. */
public interface SentenceSplitter {

  /** Sentences in text order; spans never overlap and never leave the text. */
  List<Sentence> split(Article article);
}
