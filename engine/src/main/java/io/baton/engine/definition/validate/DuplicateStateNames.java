package io.baton.engine.definition.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.baton.engine.json.Json;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds state names that appear twice in the same {@code States} object of definition text.
 *
 * <ul>
 *   <li>A parsed tree keeps only the last of two equal keys, so this looks at the text itself,
 *       streaming, without recursion.
 *   <li>Names repeated across scopes are found on the tree by {@link ValidationContext}.
 *   <li>Only call on text that parses; a parse failure simply ends the scan.
 * </ul>
 */
final class DuplicateStateNames {
  private DuplicateStateNames() {}

  static void scan(ValidationContext ctx, String text) {
    final Deque<Frame> stack = new ArrayDeque<>();
    try (JsonParser parser = Json.MAPPER.getFactory().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        final Frame parent = stack.peek();
        if (token == JsonToken.FIELD_NAME) {
          parent.field = parser.getCurrentName();
          if (parent.states && !parent.keys.add(parent.field)) {
            ctx.error(
                DiagnosticCodes.DUPLICATE_STATE_NAME,
                "Duplicate State name: \"" + parent.field + "\"",
                parent.at.field(parent.field));
          }
        } else if (token.isStructStart()) {
          stack.push(Frame.child(parent, token == JsonToken.START_ARRAY));
        } else if (token.isStructEnd()) {
          stack.pop();
          advance(stack.peek());
        } else {
          advance(parent);
        }
      }
    } catch (IOException e) {
      // The text was parsed before this scan, so this cannot happen; nothing to add if it does.
    }
  }

  private static void advance(Frame frame) {
    if (frame != null && frame.array) {
      frame.index++;
    }
  }

  /** One open object or array while streaming. */
  private static final class Frame {
    final Pointer at;
    final boolean array;
    final boolean states;
    final Set<String> keys = new HashSet<>();
    String field = "";
    int index;

    Frame(Pointer at, boolean array, boolean states) {
      this.at = at;
      this.array = array;
      this.states = states;
    }

    static Frame child(Frame parent, boolean array) {
      if (parent == null) {
        return new Frame(Pointer.ROOT, array, false);
      }
      if (parent.array) {
        return new Frame(parent.at.index(parent.index), array, false);
      }
      return new Frame(
          parent.at.field(parent.field), array, !array && "States".equals(parent.field));
    }
  }
}
