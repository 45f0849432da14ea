package org.detente.analysis;

import java.time.LocalDate;
import java.util.Optional;
import org.detente.core.ActorCode;
import org.detente.core.ArticleId;
import org.detente.core.CameoCode;
import org.detente.core.CodedEvent;
import org.detente.core.EventDate;
import org.detente.core.Mode;

/** Hand-made predictions for the scorer tests. */
final class Events {
  private Events() {}

  /** An event of {@code doc} from {@code source} to {@code target} (scoring keys) with a code and a confidence. */
  static Prediction event(String doc, String source, String target, String code, double confidence) {
    CodedEvent e = new CodedEvent(new ArticleId(doc), 0, "made up", 0, 7, Optional.of(new ActorCode(source + "GOV")), source,
        Optional.of(new ActorCode(target)), target, new CameoCode(code), 0, "", Optional.of(EventDate.ofDay(LocalDate.of(2015, 9, 21))),
        Mode.ASSERTED, Optional.empty(), "v", confidence);
    return new Prediction(e, source, target);
  }
}
