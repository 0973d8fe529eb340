package io.baton.engine.definition.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which fields each state type may have, and which fields belong to only one query language.
 *
 * <ul>
 *   <li>A field outside its type's set is "not supported" whatever the language.
 *   <li>A field of the type's set that belongs to the other language is reported as such.
 * </ul>
 */
final class StateFieldTable {
  static final List<String> TYPES =
      List.of("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");

  /** The state types that transition with Next or stop with End. */
  static final Set<String> FLOW_TYPES = Set.of("Task", "Pass", "Wait", "Parallel", "Map");

  private static final Set<String> JSONPATH_ONLY =
      Set.of(
          "InputPath",
          "OutputPath",
          "ResultPath",
          "Parameters",
          "ResultSelector",
          "Result",
          "ItemsPath",
          "TimeoutSecondsPath",
          "HeartbeatSecondsPath",
          "SecondsPath",
          "TimestampPath",
          "ErrorPath",
          "CausePath",
          "MaxConcurrencyPath",
          "ToleratedFailureCountPath",
          "ToleratedFailurePercentagePath");
  private static final Set<String> JSONATA_ONLY = Set.of("Output", "Arguments", "Items");

  private static final Set<String> COMMON = Set.of("Type", "Comment", "QueryLanguage");
  private static final Set<String> FLOW = Set.of("Next", "End");
  private static final Set<String> IO = Set.of("InputPath", "OutputPath", "Output");
  private static final Set<String> RESULT = Set.of("ResultPath", "Parameters", "Assign");
  private static final Set<String> ERRORS = Set.of("Retry", "Catch", "ResultSelector");

  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "Pass", union(FLOW, IO, RESULT, Set.of("Result")),
          "Task",
              union(
                  FLOW,
                  IO,
                  RESULT,
                  ERRORS,
                  Set.of(
                      "Resource",
                      "Arguments",
                      "TimeoutSeconds",
                      "TimeoutSecondsPath",
                      "HeartbeatSeconds",
                      "HeartbeatSecondsPath",
                      "Credentials")),
          "Choice", union(IO, Set.of("Choices", "Default", "Assign")),
          "Wait",
              union(
                  FLOW,
                  IO,
                  Set.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath", "Assign")),
          "Succeed", IO,
          "Fail", Set.of("Error", "ErrorPath", "Cause", "CausePath"),
          "Parallel", union(FLOW, IO, RESULT, ERRORS, Set.of("Branches", "Arguments")),
          "Map",
              union(
                  FLOW,
                  IO,
                  RESULT,
                  ERRORS,
                  Set.of(
                      "ItemProcessor",
                      "Iterator",
                      "ItemsPath",
                      "Items",
                      "ItemSelector",
                      "MaxConcurrency",
                      "MaxConcurrencyPath",
                      "ToleratedFailureCount",
                      "ToleratedFailureCountPath",
                      "ToleratedFailurePercentage",
                      "ToleratedFailurePercentagePath",
                      "ItemReader",
                      "ResultWriter",
                      "ItemBatcher",
                      "Label")));

  private StateFieldTable() {}

  /** Whether {@code type} may have {@code field} in some query language. */
  static boolean allows(String type, String field) {
    return COMMON.contains(field) || ALLOWED.getOrDefault(type, Set.of()).contains(field);
  }

  /** The only language {@code field} is supported in, or empty when it works in both. */
  static Optional<QueryLanguage> onlyIn(String field) {
    if (JSONPATH_ONLY.contains(field)) {
      return Optional.of(QueryLanguage.JSONPATH);
    }
    return JSONATA_ONLY.contains(field) ? Optional.of(QueryLanguage.JSONATA) : Optional.empty();
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    final Set<String> all = new HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }
}
