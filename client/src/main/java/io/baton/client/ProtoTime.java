package io.baton.client;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Converts between {@link Instant} and protobuf's {@link Timestamp}; unset means absent. */
public final class ProtoTime {
  private ProtoTime() {}

  public static Timestamp timestamp(Instant instant) {
    return Timestamp.newBuilder()
        .setSeconds(instant.getEpochSecond())
        .setNanos(instant.getNano())
        .build();
  }

  public static Instant instant(Timestamp timestamp) {
    return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
  }

  /** The instant of a timestamp field, or empty when the field is unset. */
  public static Optional<Instant> instant(boolean isSet, Timestamp timestamp) {
    return isSet ? Optional.of(instant(timestamp)) : Optional.empty();
  }
}
