package io.baton.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.HistoryEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OutputTest {
  @Test
  void shouldAlignTableColumns() {
    // given
    final StringWriter out = new StringWriter();

    // when
    new Table("NAME", "STATUS")
        .row("a", "RUNNING")
        .row("longer-name", "FAILED")
        .print(new PrintWriter(out));

    // then
    assertThat(out.toString().lines())
        .containsExactly("NAME         STATUS", "a            RUNNING", "longer-name  FAILED");
    assertThat(Table.cut("abcdef", 4)).isEqualTo("abc…");
  }

  @Test
  void shouldRenderEventsAsTheAwsCliDoes() {
    // given
    final HistoryEvent event =
        HistoryEvent.newBuilder()
            .setId(2)
            .setPreviousEventId(1)
            .setType("PassStateEntered")
            .setTimestamp(Timestamp.newBuilder().setSeconds(1_700_000_000).setNanos(123_456_789))
            .setDetailsJson("{\"name\":\"A\",\"input\":\"{}\"}")
            .build();

    // when
    final var json = ProtoJson.event(event);

    // then
    assertThat(json.get("stateEnteredEventDetails").get("name").asText()).isEqualTo("A");
    assertThat(json.get("timestamp").asText()).isEqualTo("2023-11-14T22:13:20.123Z");
    assertThat(json.get("previousEventId").asLong()).isEqualTo(1);
  }

  @Test
  void shouldSpellStatusesAsAwsAndLeaveOutUnsetFields() {
    // when
    final var json =
        ProtoJson.execution(
            Execution.newBuilder()
                .setName("e")
                .setStatus(ExecutionStatus.EXECUTION_STATUS_TIMED_OUT)
                .build());

    // then
    assertThat(json.get("status").asText()).isEqualTo("TIMED_OUT");
    assertThat(json.has("stopDate")).isFalse();
    assertThat(json.has("output")).isFalse();
  }
}
