package io.baton.engine.testkit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hands out harnesses to a test and, after it, checks that each one's replayed history equals its
 * live state. Register it as an instance field:
 *
 * <pre>{@code @RegisterExtension final HarnessExtension engine = new HarnessExtension();}</pre>
 */
public final class HarnessExtension implements AfterEachCallback {
  private final List<ExecutionHarness> harnesses = new ArrayList<>();

  /** A harness for a definition written as JSON, checked after the test. */
  public ExecutionHarness harness(String definitionJson) {
    return track(ExecutionHarness.of(definitionJson));
  }

  /** Registers a harness built elsewhere so it is checked after the test. */
  public ExecutionHarness track(ExecutionHarness harness) {
    harnesses.add(harness);
    return harness;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      harnesses.forEach(ExecutionHarness::verifyReplay);
    } finally {
      harnesses.clear();
    }
  }
}
