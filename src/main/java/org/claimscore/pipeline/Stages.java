package org.claimscore.pipeline;

import org.claimscore.claims.ClaimExtractor;
import org.claimscore.corroboration.Corroborator;
import org.claimscore.events.EventGrouper;
import org.claimscore.events.KeyExtractor;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.provenance.ProvenanceAnalyzer;
import org.claimscore.scoring.RuleBook;
import org.claimscore.scoring.SourceRegistry;
import org.claimscore.sentences.SentenceSplitter;

/** The stage implementations one run uses; all are safe to share between threads. */
public record Stages(
    Lexicon lexicon,
    SentenceSplitter splitter,
    ClaimExtractor extractor,
    KeyExtractor keys,
    EventGrouper grouper,
    ProvenanceAnalyzer provenance,
    Corroborator corroborator,
    RuleBook rules,
    SourceRegistry sources,
    Language language) {}
