package org.detente.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.detente.core.ActorCode;
import org.detente.core.ArticleId;
import org.detente.core.CameoCode;
import org.detente.core.CodedEvent;
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.Mode;

/** Reads stored rows back into records; shared by the writer and the read-only side. */
final class Rows {
  private Rows() {}

  /** An {@code events} row joined with its document's URL as {@code doc_url}. */
  static StoredEvent event(ResultSet r) throws SQLException {
    Date date = r.getDate("event_date");
    String precision = r.getString("date_precision");
    Optional<EventDate> d = date == null || precision == null
        ? Optional.empty()
        : Optional.of(new EventDate(date.toLocalDate(), DatePrecision.parse(precision)));
    CodedEvent e = new CodedEvent(
        new ArticleId(r.getString("doc_id")), r.getInt("sentence"), r.getString("evidence"), r.getInt("start_offset"),
        r.getInt("end_offset"), Optional.ofNullable(r.getString("source")).map(ActorCode::new),
        Optional.ofNullable(r.getString("source_text")).orElse(""),
        Optional.ofNullable(r.getString("target")).map(ActorCode::new),
        Optional.ofNullable(r.getString("target_text")).orElse(""), new CameoCode(r.getString("code")),
        r.getDouble("goldstein"), r.getString("plover"), d, Mode.parse(r.getString("mode")),
        Optional.ofNullable(r.getString("location")), r.getString("trigger_word"), r.getDouble("confidence"));
    return new StoredEvent(r.getLong("id"), e, Optional.ofNullable(r.getString("source_key")).orElse(""),
        Optional.ofNullable(r.getString("target_key")).orElse(""), r.getString("doc_url"));
  }
}
