package org.claimscore.report;

import java.util.Map;

/**
 * What an auditor needs to reproduce a run: written to {@code run.json}. Holds nothing that
 * varies between identical runs (no clock, no thread count, no absolute paths).
 *
 * @param tool the tool's name
 * @param version the tool's version
 * @param rulesDir the rules folder as the user gave it
 * @param rulesHash SHA-256 over every rule, settings and lexicon file (relative path and content)
 * @param ruleFiles SHA-256 of each of those files, by path relative to the rules folder
 * @param inputs SHA-256 of each input file, by path as given
 * @param options the options that shape the output
 */
public record RunInfo(
    String tool,
    String version,
    String rulesDir,
    String rulesHash,
    Map<String, String> ruleFiles,
    Map<String, String> inputs,
    Map<String, Object> options) {

  public RunInfo {
    ruleFiles = Map.copyOf(ruleFiles);
    inputs = Map.copyOf(inputs);
    options = Map.copyOf(options);
  }
}
