package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.baton.engine.json.Json;

/**
 * The string and id intrinsics: States.StringSplit and States.UUID.
 *
 * <ul>
 *   <li>States.StringSplit treats every character of its second argument as a separator and drops
 *       empty pieces, so {@code ",,a,"} split on {@code ","} is {@code ["a"]}.
 *   <li>States.UUID takes no arguments and returns the execution's next id from its {@code
 *       IdSource}, never a global random UUID.
 * </ul>
 */
final class StringFunctions {
  private StringFunctions() {}

  static JsonNode split(Invocation call) {
    call.requireCount(2);
    final String text = call.string(0);
    final String separators = call.string(1);
    final ArrayNode out = Json.NODES.arrayNode();
    final StringBuilder piece = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (separators.indexOf(c) >= 0) {
                addPiece(out, piece);
              } else {
                piece.appendCodePoint(c);
              }
            });
    addPiece(out, piece);
    return out;
  }

  private static void addPiece(ArrayNode out, StringBuilder piece) {
    if (piece.length() > 0) {
      out.add(piece.toString());
      piece.setLength(0);
    }
  }

  static JsonNode uuid(Invocation call) {
    call.requireCount(0);
    return Json.NODES.textNode(call.ids().newUuid());
  }
}
