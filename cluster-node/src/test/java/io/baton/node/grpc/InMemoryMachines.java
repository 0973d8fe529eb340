package io.baton.node.grpc;

import io.baton.engine.definition.validate.DefinitionValidator;
import io.baton.engine.definition.validate.Diagnostic;
import io.baton.node.service.BatonException;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.Page;
import io.baton.node.service.ServiceModel.StateMachine;
import io.baton.node.service.ServiceModel.UpdateStateMachine;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The state machines of {@link InMemoryBatonService}, with AWS's error names. */
final class InMemoryMachines {
  static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";

  private final Map<String, StateMachine> machines = new ConcurrentHashMap<>();

  StateMachine create(CreateStateMachine r) {
    if (r.name().isEmpty() || r.name().length() > 80 || r.name().contains(" ")) {
      throw new BatonException("InvalidName", "Invalid Name: '" + r.name() + "'");
    }
    final List<Diagnostic> errors =
        DefinitionValidator.validate(r.definition()).stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new BatonException(
          "InvalidDefinition", "Invalid State Machine Definition: '" + errors.get(0) + "'");
    }
    final String arn = PREFIX + "stateMachine:" + r.name();
    final Instant now = Instant.now();
    final StateMachine m =
        new StateMachine(
            arn, r.name(), r.type(), r.definition(), r.roleArn(), "1", now, now, "ACTIVE");
    final StateMachine existing = machines.putIfAbsent(arn, m);
    if (existing != null && !existing.definition().equals(r.definition())) {
      throw new BatonException(
          "StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
    }
    return existing == null ? m : existing;
  }

  StateMachine update(UpdateStateMachine r) {
    final StateMachine m = get(r.stateMachineArn());
    final StateMachine updated =
        new StateMachine(
            m.arn(),
            m.name(),
            m.type(),
            r.definition().orElse(m.definition()),
            r.roleArn().orElse(m.roleArn()),
            "2",
            m.creationDate(),
            Instant.now(),
            m.status());
    machines.put(m.arn(), updated);
    return updated;
  }

  StateMachine get(String arn) {
    requireArn(arn);
    final StateMachine m = machines.get(arn);
    if (m == null) {
      throw new BatonException(
          "StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }
    return m;
  }

  void delete(String arn) {
    requireArn(arn);
    machines.remove(arn);
  }

  Page<StateMachine> list(int maxResults, Optional<String> token) {
    final var all =
        machines.values().stream().sorted(Comparator.comparing(StateMachine::name)).toList();
    return page(all, maxResults, token);
  }

  static void requireArn(String arn) {
    if (!arn.startsWith("arn:aws:states:")) {
      throw new BatonException("InvalidArn", "Invalid Arn: '" + arn + "'");
    }
  }

  /** AWS-like paging: the token is the index of the page's first item. */
  static <T> Page<T> page(List<T> all, int maxResults, Optional<String> token) {
    final int size = maxResults <= 0 ? 100 : maxResults;
    final int from = token.map(Integer::parseInt).orElse(0);
    final int to = Math.min(all.size(), from + size);
    return new Page<>(
        all.subList(from, to),
        to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }
}
