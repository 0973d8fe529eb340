package io.baton.engine.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMatchingTest {
  @ParameterizedTest
  @CsvSource({
    "States.ALL, Custom, true",
    "States.ALL, States.Timeout, true",
    "States.ALL, States.Runtime, false",
    "States.TaskFailed, Custom, true",
    "States.TaskFailed, States.HeartbeatTimeout, true",
    "States.TaskFailed, States.QueryEvaluationError, true",
    "States.TaskFailed, States.Timeout, false",
    "States.TaskFailed, States.Runtime, false",
    "Custom, Custom, true",
    "Custom, custom, false",
    "States.Timeout, States.Timeout, true"
  })
  void shouldMatchErrorsAsAwsDoes(String errorEquals, String error, boolean matches) {
    assertThat(ErrorMatching.matches(List.of(errorEquals), error)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource({"States.Timeout", "Other"})
  void shouldTryEveryNameOfTheList(String error) {
    assertThat(
            ErrorMatching.matches(List.of("States.TaskFailed", "States.Timeout", "Other"), error))
        .isTrue();
  }
}
