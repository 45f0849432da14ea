package org.detente.coding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.detente.core.ActorCode;
import org.detente.core.ActorMention;
import org.detente.core.CodedEvent;
import org.detente.core.Token;

/**
 * What a sentence is read with: the article's two main countries, the antecedents of its pronouns, the sectors
 * of no named country, and the events of the sentences before it (what "the offer" or "the accusation" was).
 */
record Context(List<ActorCode> pair, Optional<Antecedent> previous, Optional<Antecedent> own,
    List<ActorMention> sectors, List<CodedEvent> told) {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her", "him");
  private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them");
  static final Context NONE = new Context(List.of(), Optional.empty(), Optional.empty(), List.of(), List.of());

  /**
   * The antecedent for a pronoun: this sentence's subject actor when it comes before the pronoun
   * ("Abe made ..., leading to his visit"), else the previous sentence's. "he"/"his"/"she"/"her" take a
   * person's office (a code with a sector), "it"/"its" a country or organisation, "they"/"their" a
   * plural ("Palestinian leaders said they would ...").
   */
  List<Actor> pronoun(Token t) {
    if (!t.pos().startsWith("PRP")) {
      return List.of();
    }
    Optional<Antecedent> before = own.filter(m -> m.end() <= t.index());
    Optional<Antecedent> antecedent = before.or(() -> previous);
    if (antecedent.isEmpty()) {
      return List.of();
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    // "the FARC said they will lay down arms": in its own sentence an organisation is "it" or, as its people, "they"
    boolean fits = antecedent.get().plural() ? PLURAL_PRONOUNS.contains(w)
        : antecedent.get().person() ? PERSON_PRONOUNS.contains(w)
        : THING_PRONOUNS.contains(w) || (before.isPresent() && PLURAL_PRONOUNS.contains(w));
    return fits ? antecedent.get().mentions().stream().map(a -> new Actor(a.code(), a.text(), true)).toList()
        : List.of();
  }
}
