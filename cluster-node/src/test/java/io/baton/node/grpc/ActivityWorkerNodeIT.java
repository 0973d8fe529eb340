package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.client.BatonClient;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.worker.ActivityWorker;
import io.baton.engine.json.Json;
import io.baton.node.testing.NodeUnderTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worker SDK under load against a real node: one {@link ActivityWorker} with 8 pollers works
 * through 1,000 activity tasks from 100 executions (each a Map of 10 items whose processor is a
 * Task on the activity). No task is lost (every execution succeeds with every item's result) and
 * none is run twice (the handler sees each (execution, item) exactly once).
 */
class ActivityWorkerNodeIT {
  private static final int EXECUTIONS = 100;
  private static final int ITEMS = 10;
  private static final int POLLERS = 8;
  private static final String ROLE = "arn:aws:iam::123456789012:role/baton";
  private static final String FAN_OUT =
      """
      {"StartAt":"Fan","States":{"Fan":{"Type":"Map","ItemsPath":"$.items","End":true,
        "ItemSelector":{"execution.$":"$$.Execution.Name","index.$":"$$.Map.Item.Index",
                        "value.$":"$$.Map.Item.Value"},
        "ItemProcessor":{"StartAt":"Work","States":{
          "Work":{"Type":"Task","Resource":"%s","End":true}}}}}}
      """;

  private static final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private static NodeUnderTest node;
  private static BatonClient client;

  @BeforeAll
  static void start() {
    node = NodeUnderTest.start();
    client = BatonClient.connect(node.endpoint());
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void shouldRunEachOfAThousandTasksExactlyOnceWithEightPollers() {
    // given
    final String activity = client.createActivity("load-" + suffix).getActivityArn();
    final String machine =
        client
            .createStateMachine(
                CreateStateMachineRequest.newBuilder()
                    .setName("load-" + suffix)
                    .setDefinition(String.format(FAN_OUT, activity))
                    .setRoleArn(ROLE)
                    .build())
            .getStateMachineArn();
    final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    final Map<String, String> executions = new LinkedHashMap<>();

    // when
    try (ActivityWorker worker =
        ActivityWorker.builder(client)
            .activity(
                activity,
                task -> {
                  final JsonNode in = task.inputJson();
                  final String key = in.get("execution").asText() + "/" + in.get("index").asInt();
                  runs.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                  return Json.write(result(in.get("index").asInt(), in.get("value").asInt()));
                })
            .pollers(POLLERS)
            .workerName("load-worker")
            .build()
            .start()) {
      for (int e = 0; e < EXECUTIONS; e++) {
        final String name = "run-" + e;
        final String arn =
            client
                .startExecution(
                    StartExecutionRequest.newBuilder()
                        .setStateMachineArn(machine)
                        .setName(name)
                        .setInput(Json.write(input(e)))
                        .build())
                .getExecutionArn();
        executions.put(name, arn);
      }
      final Set<String> running = new HashSet<>(executions.values());
      await()
          .atMost(Duration.ofSeconds(100))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () -> {
                running.removeIf(
                    arn ->
                        client.describeExecution(arn).getStatus()
                            != ExecutionStatus.EXECUTION_STATUS_RUNNING);
                assertThat(running)
                    .as("executions still running, with %d items handled", runs.size())
                    .isEmpty();
              });
    }

    // then none lost: every execution succeeded with each of its items' results, in order
    final List<String> wrong = new ArrayList<>();
    for (int e = 0; e < EXECUTIONS; e++) {
      final Execution done = client.describeExecution(executions.get("run-" + e));
      if (done.getStatus() != ExecutionStatus.EXECUTION_STATUS_SUCCEEDED
          || !Json.parse(done.getOutput()).equals(expectedOutput(e))) {
        wrong.add(done.getName() + " " + done.getStatus() + " " + done.getOutput());
      }
    }
    assertThat(wrong).as("executions without the expected result").isEmpty();

    // and none run twice: the handler ran once for each (execution, item)
    assertThat(runs).hasSize(EXECUTIONS * ITEMS);
    assertThat(runs.entrySet())
        .filteredOn(r -> r.getValue().get() != 1)
        .as("items handled more than once")
        .isEmpty();
  }

  private static ObjectNode input(int execution) {
    final ObjectNode input = Json.MAPPER.createObjectNode();
    final ArrayNode items = input.putArray("items");
    for (int i = 0; i < ITEMS; i++) {
      items.add(execution * ITEMS + i);
    }
    return input;
  }

  private static ObjectNode result(int index, int value) {
    final ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("index", index);
    out.put("square", value * value);
    return out;
  }

  private static ArrayNode expectedOutput(int execution) {
    final ArrayNode out = Json.MAPPER.createArrayNode();
    for (int i = 0; i < ITEMS; i++) {
      out.add(result(i, execution * ITEMS + i));
    }
    return out;
  }
}
