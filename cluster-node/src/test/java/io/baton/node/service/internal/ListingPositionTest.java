package io.baton.node.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.node.registry.ExecutionIndex;
import io.baton.node.service.BatonException;
import org.junit.jupiter.api.Test;

class ListingPositionTest {
  @Test
  void shouldRoundTripAPositionWhoseArnHasSeparators() {
    // given: a Distributed Map child's ARN holds ':' and '/'
    final var after =
        new ExecutionIndex.After(
            1_700_000_000_123L, "arn:aws:states:us-east-1:123456789012:execution:m:p/child-1");
    // when
    final String text = ListingPosition.encode(after);
    // then
    assertThat(ListingPosition.decode(text)).isEqualTo(after);
  }

  @Test
  void shouldRefuseAPositionOfAnotherShapeAsAnInvalidToken() {
    // "100" is what an older release put in its tokens: a row count
    for (String position : new String[] {"100", "x|arn", "|arn", "12|", ""}) {
      assertThatThrownBy(() -> ListingPosition.decode(position))
          .as(position)
          .isInstanceOf(BatonException.class)
          .hasMessageContaining("Invalid Token");
    }
  }
}
