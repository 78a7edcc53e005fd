package org.claimscore.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.claims.RuleBasedClaimExtractor;
import org.claimscore.corroboration.PropositionCorroborator;
import org.claimscore.events.EventGrouper;
import org.claimscore.events.KeyEventGrouper;
import org.claimscore.events.KeyExtractor;
import org.claimscore.events.LexiconKeyExtractor;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.lexicon.LexiconException;
import org.claimscore.provenance.TextProvenanceAnalyzer;
import org.claimscore.scoring.RuleBook;
import org.claimscore.scoring.RuleBookException;
import org.claimscore.scoring.SourceRegistry;
import org.claimscore.sentences.RuleBasedSentenceSplitter;

/** Builds the standard stages from a rules folder: rule files, settings and lexicon. */
public final class StandardStages {

  private StandardStages() {}

  /**
   * Loads {@code rulesDir}, naming it {@code display} in messages ("rules"). Every problem in every
   * file is collected before failing.
   */
  public static Stages load(Path rulesDir, String display) throws SetupException {
    if (!Files.isDirectory(rulesDir)) {
      throw new SetupException(List.of("no such rules folder: " + display));
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
      book = RuleBook.load(rulesDir);
    } catch (RuleBookException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new SetupException(problems);
    }
    return new Stages(lexicon, new RuleBasedSentenceSplitter(), new RuleBasedClaimExtractor(lexicon),
        eventKeys(lexicon), eventGrouper(lexicon),
        new TextProvenanceAnalyzer(lexicon.editorialising()), new PropositionCorroborator(regions(lexicon)), book,
        new SourceRegistry(lexicon, book.settings()));
  }

  /** The event keys a run extracts with {@code lexicon}. */
  public static KeyExtractor eventKeys(Lexicon lexicon) {
    return new LexiconKeyExtractor(lexicon);
  }

  /** The grouper a run puts articles into events with, given {@code lexicon}. */
  public static EventGrouper eventGrouper(Lexicon lexicon) {
    return new KeyEventGrouper(lexicon);
  }

  private static Map<String, String> regions(Lexicon lexicon) {
    Map<String, String> out = new TreeMap<>();
    lexicon.places().forEach(p -> out.put(p.name(), p.region()));
    return out;
  }
}
