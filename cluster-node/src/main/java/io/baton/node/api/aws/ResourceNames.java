package io.baton.node.api.aws;

/**
 * AWS's rule for names of state machines, executions and activities. A name must not contain white
 * space, brackets {@code < > { } [ ]}, wildcards {@code ? *}, the special characters {@code " # % \
 * ^ | ~ ` $ & , ; : /}, or control characters (U+0000–001F, U+007F–009F). The length (1–80) is a
 * model constraint, checked by {@link AwsRequest}.
 */
final class ResourceNames {
  private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

  private ResourceNames() {}

  /**
   * @throws AwsError {@code InvalidName} when the name holds a forbidden character
   */
  static void check(String name) {
    if (name.codePoints().anyMatch(ResourceNames::forbidden)) {
      throw AwsError.invalidName(name);
    }
  }

  private static boolean forbidden(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c <= 0x1F
        || (c >= 0x7F && c <= 0x9F)
        || FORBIDDEN.indexOf(c) >= 0;
  }
}
