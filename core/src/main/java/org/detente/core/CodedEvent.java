package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One coded event: who did what to whom, when, in which mode, and the sentence that says so.
 *
 * @param source empty when the text names who acted on a named target but not who acted ("three soldiers
 *     were killed"); GDELT keeps such events with a blank first actor
 * @param sourceText the source's words, empty when there is no source
 * @param target empty when the text names no target actor (GDELT's one-actor events)
 * @param targetText the target's words, empty when there is no target
 *     <p>One-actor events are kept for completeness and left out of dyads and of gold scoring; an event
 *     has at least one actor.
 * @param sentence index of the evidence sentence in the article
 * @param evidence the sentence text
 * @param start character offset of the sentence in the article text
 * @param end character offset one past it
 * @param trigger the word(s) that carry the event
 * @param confidence between 0 and 1
 */
public record CodedEvent(
    ArticleId doc,
    int sentence,
    String evidence,
    int start,
    int end,
    Optional<ActorCode> source,
    String sourceText,
    Optional<ActorCode> target,
    String targetText,
    CameoCode code,
    double goldstein,
    String plover,
    Optional<EventDate> date,
    Mode mode,
    Optional<String> location,
    String trigger,
    double confidence) {
  public CodedEvent {
    requireNonNull(doc, "doc");
    requireNonNull(evidence, "evidence");
    requireNonNull(source, "source");
    requireNonNull(sourceText, "sourceText");
    requireNonNull(target, "target");
    requireNonNull(targetText, "targetText");
    if (source.isEmpty() && target.isEmpty()) {
      throw new IllegalArgumentException("an event needs a source or a target");
    }
    requireNonNull(code, "code");
    requireNonNull(plover, "plover");
    requireNonNull(date, "date");
    requireNonNull(mode, "mode");
    requireNonNull(location, "location");
    requireNonNull(trigger, "trigger");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein value must be in [-10, 10], was " + goldstein);
    }
  }

  public QuadClass quadClass() {
    return code.quadClass();
  }
}
