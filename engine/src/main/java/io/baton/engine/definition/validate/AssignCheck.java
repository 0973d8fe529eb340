package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * Checks an {@code Assign} block: an object whose keys are variable names.
 *
 * <ul>
 *   <li>Names start with a letter or {@code _}, go on with letters, digits or {@code _}, are at
 *       most 80 characters long and are not the reserved {@code states}.
 *   <li>In JSONPath states a key may end in {@code .$}; its value is then a path or intrinsic
 *       function, checked like a payload template.
 *   <li>Never throws.
 * </ul>
 */
final class AssignCheck {
  private static final int MAX_NAME_LENGTH = 80;

  private AssignCheck() {}

  static void check(ValidationContext ctx, JsonNode assign, Pointer at, QueryLanguage language) {
    if (!assign.isObject()) {
      ctx.schema("The value for the field 'Assign' must be of type OBJECT", at);
      return;
    }
    final Iterator<String> keys = assign.fieldNames();
    while (keys.hasNext()) {
      final String key = keys.next();
      final boolean dynamic = language == QueryLanguage.JSONPATH && key.endsWith(".$");
      name(ctx, dynamic ? key.substring(0, key.length() - 2) : key, at.field(key));
    }
    if (language == QueryLanguage.JSONPATH) {
      PayloadTemplate.check(ctx, assign, at);
    }
  }

  private static void name(ValidationContext ctx, String name, Pointer at) {
    if ("states".equals(name)) {
      ctx.schema("Cannot assign to the reserved variable 'states'", at);
    } else if (!isIdentifier(name)) {
      ctx.schema(
          "Invalid variable name '"
              + name
              + "': a variable name starts with a letter or '_'"
              + " and contains only letters, digits and '_'",
          at);
    } else if (name.length() > MAX_NAME_LENGTH) {
      ctx.schema(
          "Invalid variable name '" + name + "': longer than " + MAX_NAME_LENGTH + " characters",
          at);
    }
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !PathSyntax.isNameStart(name.charAt(0))) {
      return false;
    }
    return name.chars().allMatch(c -> PathSyntax.isNamePart((char) c));
  }
}
