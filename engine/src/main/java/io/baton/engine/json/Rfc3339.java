package io.baton.engine.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ASL timestamps: strings in the RFC 3339 profile of ISO 8601 with the two restrictions ASL
 * adds, an upper-case {@code T} between date and time and an upper-case {@code Z} for UTC.
 *
 * <ul>
 *   <li>Accepts {@code 2016-03-14T01:59:00Z}, {@code 2016-03-14T01:59:00.123Z} (1 to 9 fraction
 *       digits) and numeric offsets such as {@code +01:00}.
 *   <li>Rejects lower-case {@code t}/{@code z}, a space for {@code T}, a missing offset, missing
 *       seconds, offsets without a colon and impossible dates or times (February 30th, hour 24).
 *   <li>Pure: no clock, no default zone.
 * </ul>
 */
public final class Rfc3339 {
  private static final Pattern FORMAT =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
              + "(Z|[+-]\\d{2}:\\d{2})");

  private Rfc3339() {}

  /** The instant {@code text} denotes, or empty when it is not an ASL timestamp. */
  public static Optional<Instant> parse(String text) {
    final Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      final String fraction = m.group(7) == null ? "" : m.group(7);
      final int nanos =
          fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
      final LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              Integer.parseInt(m.group(6)),
              nanos);
      final ZoneOffset offset = "Z".equals(m.group(8)) ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
      return Optional.of(local.toInstant(offset));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} is an ASL timestamp. */
  public static boolean isTimestamp(String text) {
    return parse(text).isPresent();
  }
}
