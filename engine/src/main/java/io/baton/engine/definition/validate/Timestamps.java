package io.baton.engine.definition.validate;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Whether a string is an RFC 3339 timestamp, as Wait and the Timestamp comparisons require. */
final class Timestamps {
  private Timestamps() {}

  static boolean isValid(String text) {
    try {
      OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return text.indexOf('T') == 10;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
