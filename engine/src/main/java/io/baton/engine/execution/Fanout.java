package io.baton.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;

/**
 * The progress of a Parallel or Map state inside a frame: which children have started, finished or
 * failed, and their results.
 *
 * <ul>
 *   <li>Mutated only by {@link EventApplier}; copied with the state.
 *   <li>{@code items} are the Map's items (or the Parallel's single input); {@code results} are
 *       filled by index as children succeed.
 * </ul>
 */
public final class Fanout {
  final int total;
  final JsonNode items;
  final JsonNode[] results;

  /** Which children have reported an end, so a repeated report can be told apart. */
  final boolean[] finished;

  /**
   * The input of each Distributed Map child execution that has started and not reported back, so
   * that a recovered parent can start it again when the first start was lost with a node.
   */
  final JsonNode[] childInputs;

  final int maxConcurrency;
  final int toleratedCount;
  final double toleratedPercentage;
  final boolean distributed;
  final String mapRunArn;
  int nextIndex;
  int running;
  int succeeded;
  int failed;

  Fanout(
      int total,
      JsonNode items,
      int maxConcurrency,
      int toleratedCount,
      double toleratedPercentage,
      boolean distributed,
      String mapRunArn) {
    this.total = total;
    this.items = items;
    this.results = new JsonNode[total];
    this.finished = new boolean[total];
    this.childInputs = new JsonNode[total];
    this.maxConcurrency = maxConcurrency;
    this.toleratedCount = toleratedCount;
    this.toleratedPercentage = toleratedPercentage;
    this.distributed = distributed;
    this.mapRunArn = mapRunArn;
  }

  Fanout copy() {
    final Fanout c =
        new Fanout(
            total,
            items,
            maxConcurrency,
            toleratedCount,
            toleratedPercentage,
            distributed,
            mapRunArn);
    System.arraycopy(results, 0, c.results, 0, total);
    System.arraycopy(finished, 0, c.finished, 0, total);
    System.arraycopy(childInputs, 0, c.childInputs, 0, total);
    c.nextIndex = nextIndex;
    c.running = running;
    c.succeeded = succeeded;
    c.failed = failed;
    return c;
  }

  public int total() {
    return total;
  }

  public JsonNode items() {
    return items;
  }

  public JsonNode result(int index) {
    return results[index];
  }

  public int maxConcurrency() {
    return maxConcurrency;
  }

  public int toleratedCount() {
    return toleratedCount;
  }

  public double toleratedPercentage() {
    return toleratedPercentage;
  }

  public boolean distributed() {
    return distributed;
  }

  public String mapRunArn() {
    return mapRunArn;
  }

  public int nextIndex() {
    return nextIndex;
  }

  public int running() {
    return running;
  }

  public int succeeded() {
    return succeeded;
  }

  public int failed() {
    return failed;
  }

  /** The input Distributed Map child {@code index} was started with, while it runs. */
  public java.util.Optional<JsonNode> childInput(int index) {
    return index >= 0 && index < total
        ? java.util.Optional.ofNullable(childInputs[index])
        : java.util.Optional.empty();
  }

  /** Whether child {@code index} has started and not yet reported its end. */
  public boolean isRunning(int index) {
    return index >= 0 && index < nextIndex && !finished[index];
  }

  /** Whether another child may start now. */
  public boolean canStartMore() {
    return nextIndex < total && (maxConcurrency <= 0 || running < maxConcurrency);
  }

  public boolean allFinished() {
    return succeeded + failed == total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fanout f
        && total == f.total
        && nextIndex == f.nextIndex
        && running == f.running
        && succeeded == f.succeeded
        && failed == f.failed
        && Arrays.equals(results, f.results)
        && Arrays.equals(finished, f.finished)
        && Arrays.equals(childInputs, f.childInputs);
  }

  @Override
  public int hashCode() {
    return total * 31 + nextIndex;
  }
}
