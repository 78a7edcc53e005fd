package org.claimscore.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimscore.claims.RuleBasedClaimExtractor;
import org.claimscore.corroboration.PropositionCorroborator;
import org.claimscore.events.EventGrouper;
import org.claimscore.events.KeyEventGrouper;
import org.claimscore.events.KeyExtractor;
import org.claimscore.events.LexiconKeyExtractor;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Kinds;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.provenance.TextProvenanceAnalyzer;
import org.claimscore.scoring.RuleBook;
import org.claimscore.scoring.SourceRegistry;
import org.claimscore.sentences.RuleBasedSentenceSplitter;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;

/** Builds the standard stages from a rules folder: rule files, settings and lexicon. */
public final class StandardStages {

  private StandardStages() {}

  /**
   * Loads {@code rulesDir}, naming it {@code display} in messages ("rules"). Every problem in every
   * file is collected before failing.
   */
  public static Stages load(Path rulesDir, String display) throws SetupException {
    return load(rulesDir, display, List.of());
  }

  /**
   * Loads {@code rulesDir} with knowledge {@code overlays} laid over its shipped knowledge, in
   * order (see {@link Lexicon#loadRules}).
   */
  public static Stages load(Path rulesDir, String display, List<Lexicon.Folder> overlays) throws SetupException {
    if (!Files.isDirectory(rulesDir)) {
      throw new SetupException(new Diagnostic(display, 0, "no such rules folder"));
    }
    List<Diagnostic> problems = new ArrayList<>(RequiredFiles.check(rulesDir, display));
    Lexicon lexicon = Lexicon.empty();
    try {
      lexicon = Lexicon.loadRules(rulesDir, display, overlays);
    } catch (SetupException e) {
      problems.addAll(e.diagnostics());
    }
    Language language = null;
    try {
      language = Language.load(rulesDir, display);
    } catch (SetupException e) {
      problems.addAll(e.diagnostics());
    }
    RuleBook book = null;
    try {
      book = RuleBook.load(rulesDir, display);
    } catch (SetupException e) {
      problems.addAll(e.diagnostics());
    }
    if (!problems.isEmpty()) {
      throw new SetupException(problems.stream().distinct().toList());
    }
    return new Stages(lexicon, new RuleBasedSentenceSplitter(language), new RuleBasedClaimExtractor(lexicon, language),
        eventKeys(lexicon, language), eventGrouper(lexicon),
        new TextProvenanceAnalyzer(lexicon.editorialising(), language), new PropositionCorroborator(regions(lexicon), media(lexicon), language), book,
        new SourceRegistry(lexicon, book.settings()), language);
  }

  /** The event keys a run extracts with {@code lexicon} and {@code language}. */
  public static KeyExtractor eventKeys(Lexicon lexicon, Language language) {
    return new LexiconKeyExtractor(lexicon, language);
  }

  /** The grouper a run puts articles into events with, given {@code lexicon}. */
  public static EventGrouper eventGrouper(Lexicon lexicon) {
    return new KeyEventGrouper(lexicon);
  }

  /**
   * Names of the lexicon's outlets and news agencies ({@link Kinds#MEDIA}), less any name another
   * kind of actor also has.
   */
  private static Set<String> media(Lexicon lexicon) {
    Set<String> media = new TreeSet<>();
    Set<String> others = new TreeSet<>();
    lexicon.actors().forEach(a -> (Kinds.MEDIA.contains(a.kind()) ? media : others).add(a.name()));
    media.removeAll(others);
    return media;
  }

  private static Map<String, String> regions(Lexicon lexicon) {
    Map<String, String> out = new TreeMap<>();
    lexicon.places().forEach(p -> out.put(p.name(), p.region()));
    return out;
  }
}
