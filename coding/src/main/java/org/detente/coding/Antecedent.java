package org.detente.coding;

import java.util.List;
import org.detente.core.ActorMention;

/**
 * The actors a pronoun may refer to: a subject (or coordinated subjects, "Russia and Japan", referred to by
 * "they"), whether its head noun is plural ("leaders") and whether it names a person (a proper noun with an
 * office: "President Putin", not "the government").
 */
record Antecedent(List<ActorMention> mentions, boolean plural, boolean person) {
  /** Where the antecedent ends: a pronoun after it may refer to it. */
  int end() {
    return mentions.get(mentions.size() - 1).end();
  }
}
