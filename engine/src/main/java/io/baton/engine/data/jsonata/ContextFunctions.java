package io.baton.engine.data.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import io.baton.engine.data.DataContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions whose results depend on time or randomness, rebuilt for each evaluation on the
 * evaluation's {@link DataContext} so the engine stays deterministic.
 *
 * <ul>
 *   <li>{@code $now()} and {@code $millis()} read {@code ctx.now()}, never the system clock, and
 *       return the same instant throughout one evaluation, as JSONata specifies.
 *   <li>{@code $random()} draws from {@code ctx.ids()}; {@code $random(seed)} is AWS's seeded form,
 *       the first {@code nextDouble()} of a {@code java.util.Random} with that seed.
 *   <li>{@code $uuid()} is {@code ctx.ids().newUuid()}; {@code $shuffle} draws from {@code
 *       ctx.ids()} instead of the library's {@code Math.random}.
 *   <li>{@code $eval} is bound to nothing, so calling it fails with JSONata's T1006 ("Attempted to
 *       invoke a non-function"), as on AWS, which disables it.
 * </ul>
 */
final class ContextFunctions {
  private ContextFunctions() {}

  static void bind(Jsonata.Frame frame, String expression, DataContext ctx) {
    final long millis = ctx.now().toEpochMilli();
    if (Bindings.mentions(expression, "now")) {
      frame.bind(
          "now",
          (Object)
              Bindings.function(
                  "now",
                  args ->
                      Functions.dateTimeFromMillis(
                          millis, (String) Bindings.arg(args, 0), (String) Bindings.arg(args, 1)),
                  "<s?s?:s>"));
    }
    if (Bindings.mentions(expression, "millis")) {
      frame.bind("millis", (Object) Bindings.function("millis", args -> millis, "<:n>"));
    }
    if (Bindings.mentions(expression, "random")) {
      frame.bind(
          "random", (Object) Bindings.function("random", args -> random(args, ctx), "<x?:n>"));
    }
    if (Bindings.mentions(expression, "uuid")) {
      frame.bind("uuid", (Object) Bindings.function("uuid", args -> ctx.ids().newUuid(), "<:s>"));
    }
    if (Bindings.mentions(expression, "shuffle")) {
      frame.bind(
          "shuffle", (Object) Bindings.function("shuffle", args -> shuffle(args, ctx), "<x?:x>"));
    }
    if (Bindings.mentions(expression, "eval")) {
      frame.bind("eval", (Object) null);
    }
  }

  private static Object random(List<?> args, DataContext ctx) {
    final Object seed = Bindings.arg(args, 0);
    if (seed == null) {
      return ctx.ids().nextDouble();
    }
    return SeededRandom.firstDouble(Bindings.truncate(seed, 1, "random"));
  }

  /** JSONata's inside-out Fisher-Yates shuffle, drawing from the context's id source. */
  private static Object shuffle(List<?> args, DataContext ctx) {
    final Object value = Bindings.arg(args, 0);
    if (value == null) {
      return null;
    }
    final List<?> items = value instanceof List<?> list ? list : List.of(value);
    if (items.size() <= 1) {
      return items;
    }
    final var result = new ArrayList<Object>(items.size());
    for (int i = 0; i < items.size(); i++) {
      final int j = (int) Math.floor(ctx.ids().nextDouble() * (i + 1));
      if (j == i) {
        result.add(items.get(i));
      } else {
        result.add(result.get(j));
        result.set(j, items.get(i));
      }
    }
    return result;
  }
}
