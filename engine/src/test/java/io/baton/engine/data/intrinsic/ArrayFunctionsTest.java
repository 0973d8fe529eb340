package io.baton.engine.data.intrinsic;

import static io.baton.engine.data.intrinsic.IntrinsicFixture.eval;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.failure;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.invalidArguments;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrayFunctionsTest {

  @Test
  void shouldBuildAnArrayFromAnyArguments() {
    // given / when / then
    assertThat(eval("States.Array()")).isEqualTo(json("[]"));
    assertThat(eval("States.Array('Foo', 2020, $.o, null, States.Array(1))", "{'o':{'r':'x'}}"))
        .isEqualTo(json("['Foo',2020,{'r':'x'},null,[1]]"));
  }

  @ParameterizedTest(name = "partition {0} by {1} = {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "[]        | 2   | []",
        "[0,1,2,3] | 1   | [[0],[1],[2],[3]]",
        "[0,1,2,3] | 3   | [[0,1,2],[3]]",
        "[0,1,2,3] | 5   | [[0,1,2,3]]",
        "[0,1,2]   | 2.9 | [[0,1],[2]]"
      })
  void shouldPartitionIntoChunks(String array, String size, String expected) {
    // given / when / then
    assertThat(eval("States.ArrayPartition($.a, " + size + ")", "{'a':" + array + "}"))
        .isEqualTo(json(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.ArrayPartition($.a, 0)",
        "States.ArrayPartition($.a, 0.49)",
        "States.ArrayPartition($.a, -1)",
        "States.ArrayPartition('abc', 1)",
        "States.ArrayPartition($.a, '1')",
        "States.ArrayPartition($.a)"
      })
  void shouldRejectBadPartitions(String expression) {
    // given / when / then
    assertThat(failure(expression, "{'a':[1,2]}").errorCause())
        .isEqualTo(invalidArguments(expression, "States.ArrayPartition"));
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "[]                  | null          | false",
        "[[1,2,3],2]         | [1,2,3]       | true",
        "[{'1':2,'2':[]}]    | {'1':2,'2':[]} | true",
        "[{'a':1,'b':2}]     | {'b':2,'a':1} | false",
        "[true,false]        | false         | true",
        "['true']            | true          | true",
        "[0,1]               | false         | false",
        "[1,null,3]          | null          | true",
        "[{'a':1}]           | {'a':1,'x':2} | false"
      })
  void shouldCompareElementsAsAwsDoes(String array, String value, boolean expected) {
    // given
    final String input = "{'a':" + array + ",'v':" + value + "}";

    // when / then
    assertThat(eval("States.ArrayContains($.a, $.v)", input).booleanValue()).isEqualTo(expected);
  }

  @Test
  void shouldRejectContainsOnANonArray() {
    // given / when / then
    assertThat(failure("States.ArrayContains('x', 'x')").errorCause())
        .isEqualTo(invalidArguments("States.ArrayContains('x', 'x')", "States.ArrayContains"));
  }

  @ParameterizedTest(name = "range({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "1, 9, 2        | [1,3,5,7,9]",
        "0, 10, 3       | [0,3,6,9]",
        "1, 9, 9        | [1]",
        "3, 3, -1       | [3]",
        "5, 1, -2       | [5,3,1]",
        "5, 1, 1        | []",
        "1, 5, -1       | []",
        "-2, 2, 2       | [-2,0,2]",
        "1.6, 1.4, 1    | [1]",
        "5.4, -0.6, -2.4 | [5,3,1]"
      })
  void shouldBuildInclusiveRangesFromTruncatedArguments(String args, String expected) {
    // given / when / then
    assertThat(eval("States.ArrayRange(" + args + ")")).isEqualTo(json(expected));
  }

  @Test
  void shouldAllowAtMostOneThousandRangeItems() {
    // given / when
    final var thousand = eval("States.ArrayRange(1000, 1, -1)");
    final var tooMany = failure("States.ArrayRange(1, 1001, 1)");

    // then
    assertThat(thousand).hasSize(1000);
    assertThat(thousand.get(999).intValue()).isEqualTo(1);
    assertThat(tooMany.errorCause())
        .isEqualTo(invalidArguments("States.ArrayRange(1, 1001, 1)", "States.ArrayRange"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.ArrayRange(1, 10, 0)",
        "States.ArrayRange(1, 10, 0.49)",
        "States.ArrayRange('a', 5, 1)",
        "States.ArrayRange(1, 5, 1, 99)",
        "States.ArrayRange(-9223372036854775807, 9223372036854775807, 1)"
      })
  void shouldRejectBadRanges(String expression) {
    // given / when / then
    assertThat(failure(expression).errorCause())
        .isEqualTo(invalidArguments(expression, "States.ArrayRange"));
  }

  @ParameterizedTest(name = "item {1} of {0} = {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "['a','b','c'] | 0   | 'a'",
        "[10,20,30]    | 2   | 30",
        "[10,20,30]    | 1.2 | 20",
        "[null]        | 0   | null",
        "[{'b':2}]     | 0   | {'b':2}",
        "[]            | 999 | null"
      })
  void shouldGetItemsByIndex(String array, String index, String expected) {
    // given / when / then
    assertThat(eval("States.ArrayGetItem($.a, " + index + ")", "{'a':" + array + "}"))
        .isEqualTo(json(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.ArrayGetItem($.a, 3)",
        "States.ArrayGetItem($.a, -1)",
        "States.ArrayGetItem($.a, '1')",
        "States.ArrayGetItem('abc', 0)"
      })
  void shouldRejectBadIndexes(String expression) {
    // given / when / then
    assertThat(failure(expression, "{'a':[10,20,30]}").errorCause())
        .isEqualTo(invalidArguments(expression, "States.ArrayGetItem"));
  }

  @Test
  void shouldMeasureArrays() {
    // given / when / then
    assertThat(eval("States.ArrayLength($.a)", "{'a':[[1],[2],{}]}")).isEqualTo(json("3"));
    assertThat(eval("States.ArrayLength(States.Array())")).isEqualTo(json("0"));
    assertThat(failure("States.ArrayLength($.o)", "{'o':{}}").errorCause())
        .isEqualTo(invalidArguments("States.ArrayLength($.o)", "States.ArrayLength"));
  }

  @Test
  void shouldKeepTheFirstOfEachDistinctValue() {
    // given
    final String input = "{'a':[1,2,3,3,3,{'x':1,'y':2},{'y':2,'x':1},'1',null,null,4]}";

    // when / then
    assertThat(eval("States.ArrayUnique($.a)", input))
        .isEqualTo(json("[1,2,3,{'x':1,'y':2},'1',null,4]"));
    assertThat(failure("States.ArrayUnique('abc')").errorCause())
        .isEqualTo(invalidArguments("States.ArrayUnique('abc')", "States.ArrayUnique"));
  }
}
