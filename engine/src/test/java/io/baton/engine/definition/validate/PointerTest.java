package io.baton.engine.definition.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointerTest {

  @Test
  void shouldPrintTheRootAsTheEmptyString() {
    // when / then
    assertThat(Pointer.ROOT).hasToString("");
  }

  @Test
  void shouldEscapeTildeAndSlashInKeys() {
    // when
    final Pointer pointer = Pointer.ROOT.field("States").field("a/b~c").field("Next");

    // then
    assertThat(pointer).hasToString("/States/a~1b~0c/Next");
  }

  @Test
  void shouldAppendArrayIndexesToTheirFieldAsAwsDoes() {
    // when
    final Pointer pointer = Pointer.ROOT.field("Choices").index(0).field("And").index(2);

    // then
    assertThat(pointer).hasToString("/Choices[0]/And[2]");
  }
}
