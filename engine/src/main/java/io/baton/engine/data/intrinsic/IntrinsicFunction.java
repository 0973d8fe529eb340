package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code States.*} function.
 *
 * <ul>
 *   <li>Receives evaluated arguments and checks their count and types itself, as AWS does at run
 *       time.
 *   <li>Throws {@link IntrinsicException} with AWS's message when the arguments are unusable.
 *   <li>Must stay pure: randomness and ids only through the invocation's {@code ids()}.
 * </ul>
 */
@FunctionalInterface
interface IntrinsicFunction {
  JsonNode apply(Invocation call);
}
