package org.claimscore.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test builder: neutral {@link ClaimFacts} with only the fields a test cares about changed. */
final class Facts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private final ObjectNode overrides = JSON.createObjectNode();

  private Facts(String id) {
    this.id = id;
  }

  static Facts claim(String id) {
    return new Facts(id);
  }

  Facts with(String field, Object value) {
    overrides.set(field, JSON.valueToTree(value));
    return this;
  }

  ClaimFacts build() {
    return new RuleCaseRunner().withFacts(ClaimFactsBuilder.neutral(id), overrides);
  }
}
