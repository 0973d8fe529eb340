package io.baton.engine.definition.validate;

/**
 * An immutable location in the definition, printed as a JSON pointer the way AWS prints diagnostic
 * locations.
 *
 * <ul>
 *   <li>Object keys are escaped per RFC 6901 ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
 *   <li>Array elements are appended to their field as {@code [i]}, as AWS does ({@code
 *       /States/A/Catch[0]/Next}).
 * </ul>
 */
final class Pointer {
  static final Pointer ROOT = new Pointer("");

  private final String text;

  private Pointer(String text) {
    this.text = text;
  }

  Pointer field(String key) {
    return new Pointer(text + "/" + escape(key));
  }

  Pointer index(int i) {
    return new Pointer(text + "[" + i + "]");
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return text;
  }
}
