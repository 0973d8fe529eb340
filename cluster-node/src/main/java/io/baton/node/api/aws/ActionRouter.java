package io.baton.node.api.aws;

import io.baton.node.service.BatonService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the action an {@code X-Amz-Target: AWSStepFunctions.<Action>} header names. A missing or
 * unknown target is AWS's {@code UnknownOperationException}; so are the Step Functions actions
 * Baton does not implement, with a message saying so.
 */
final class ActionRouter {
  static final String TARGET_PREFIX = "AWSStepFunctions.";

  private static final Set<String> NOT_IMPLEMENTED =
      Set.of(
          "CreateStateMachineAlias",
          "DeleteStateMachineAlias",
          "DeleteStateMachineVersion",
          "DescribeMapRun",
          "DescribeStateMachineAlias",
          "ListMapRuns",
          "ListStateMachineAliases",
          "ListStateMachineVersions",
          "PublishStateMachineVersion",
          "RedriveExecution",
          "TestState",
          "UpdateMapRun",
          "UpdateStateMachineAlias");

  private final Map<String, AwsAction> actions = new HashMap<>();

  ActionRouter(BatonService service, AwsApiSettings settings) {
    actions.putAll(new StateMachineActions(service).actions());
    actions.putAll(new ExecutionActions(service, settings).actions());
    actions.putAll(new ActivityActions(service, settings).actions());
    actions.putAll(new TagActions(service).actions());
  }

  /** The action names this gateway answers. */
  Set<String> actionNames() {
    return Set.copyOf(actions.keySet());
  }

  AwsAction route(Optional<String> target) {
    if (target.isEmpty() || target.get().isBlank()) {
      throw AwsError.unknownOperation(
          "Expected an X-Amz-Target header naming the action, such as "
              + TARGET_PREFIX
              + "ListStateMachines, but the request has none");
    }
    final String value = target.get().trim();
    final String name =
        value.startsWith(TARGET_PREFIX) ? value.substring(TARGET_PREFIX.length()) : "";
    final AwsAction action = actions.get(name);
    if (action != null) {
      return action;
    }
    if (NOT_IMPLEMENTED.contains(name)) {
      throw AwsError.unknownOperation("Baton does not implement " + value + " yet");
    }
    throw AwsError.unknownOperation("Unknown operation: '" + value + "'");
  }
}
