package org.claimscore.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimscore.claims.RuleBasedClaimExtractor;
import org.claimscore.corroboration.PropositionCorroborator;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.lexicon.LexiconException;
import org.claimscore.pipeline.Stages;
import org.claimscore.provenance.TextProvenanceAnalyzer;
import org.claimscore.scoring.RuleBook;
import org.claimscore.scoring.RuleBookException;
import org.claimscore.scoring.SourceRegistry;
import org.claimscore.sentences.RuleBasedSentenceSplitter;

/** Loads a rules folder (rule files, settings, lexicon) into the stages of a run, or says what is wrong. */
final class RuleSetup {

  private RuleSetup() {}

  /**
   * Loads {@code rulesDir}, naming it {@code display} in messages. Every problem in every file is
   * collected into one {@link UserError} with exit code 2.
   */
  static Stages load(Path rulesDir, String display) throws UserError {
    if (!Files.isDirectory(rulesDir)) {
      throw new UserError("no such rules folder: " + display);
    }
    List<String> problems = new ArrayList<>();
    Lexicon lexicon = Lexicon.empty();
    try {
      lexicon = Lexicon.load(rulesDir.resolve("lexicon"), display + "/lexicon");
    } catch (LexiconException e) {
      problems.addAll(e.problems());
    } catch (IOException e) {
      problems.add(display + "/lexicon: cannot read: " + e.getMessage());
    }
    RuleBook book = null;
    try {
      book = RuleBook.load(rulesDir, display);
    } catch (RuleBookException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new UserError(ExitCodes.USAGE, problems);
    }
    return new Stages(lexicon, new RuleBasedSentenceSplitter(), new RuleBasedClaimExtractor(lexicon),
        new TextProvenanceAnalyzer(), new PropositionCorroborator(),
        book, new SourceRegistry(lexicon, book.settings()));
  }
}
