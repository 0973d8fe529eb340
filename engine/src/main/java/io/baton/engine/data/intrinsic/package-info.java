/**
 * The Amazon States Language intrinsic functions. Only {@link
 * io.baton.engine.data.intrinsic.Intrinsics} is public; the parser, evaluator and function families
 * behind it are internal and carry no compatibility promise.
 */
package io.baton.engine.data.intrinsic;
