package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.validate.PathSyntax.Root;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the path-valued fields of JSONPath states (InputPath, ResultPath, SecondsPath, …).
 *
 * <ul>
 *   <li>Plain paths must be valid JSONPath; reference paths must name at most one node.
 *   <li>Each check says which roots ({@code $}, {@code $$}, {@code $var}) the field accepts.
 *   <li>Reports into the context and never throws.
 * </ul>
 */
final class PathChecks {
  static final Set<Root> ANY_ROOT = EnumSet.allOf(Root.class);
  static final Set<Root> INPUT_OR_VARIABLE = EnumSet.of(Root.INPUT, Root.VARIABLE);
  static final Set<Root> INPUT_ONLY = EnumSet.of(Root.INPUT);

  private PathChecks() {}

  /** A path field such as InputPath or OutputPath; {@code null} is allowed when nullable. */
  static void path(Fields fields, String field, boolean nullable) {
    text(fields, field, nullable)
        .ifPresent(
            value -> {
              if (!PathSyntax.isPath(value)) {
                fields.ctx.schema(
                    "The value for the field '"
                        + field
                        + "' must be a valid JSONPath: '"
                        + value
                        + "'",
                    fields.at(field));
              }
            });
  }

  /** A reference path field such as ResultPath or SecondsPath. */
  static void referencePath(Fields fields, String field, boolean nullable, Set<Root> roots) {
    text(fields, field, nullable).ifPresent(value -> reference(fields, field, value, roots));
  }

  /** ErrorPath and CausePath: a reference path or an intrinsic function call. */
  static void referencePathOrIntrinsic(Fields fields, String field) {
    text(fields, field, false)
        .ifPresent(
            value -> {
              if (!IntrinsicSyntax.looksLikeCall(value)) {
                reference(fields, field, value, ANY_ROOT);
                return;
              }
              IntrinsicSyntax.problem(value)
                  .ifPresent(
                      problem ->
                          fields.ctx.schema(
                              "The value for the field '"
                                  + field
                                  + "' must be a valid intrinsic function call: "
                                  + problem,
                              fields.at(field)));
            });
  }

  private static void reference(Fields fields, String field, String value, Set<Root> roots) {
    final Optional<Root> root = PathSyntax.root(value);
    if (root.isEmpty() || !PathSyntax.isReferencePath(value)) {
      fields.ctx.schema(
          "The value for the field '" + field + "' is not a Reference Path: '" + value + "'",
          fields.at(field));
    } else if (!roots.contains(root.get())) {
      fields.ctx.schema(
          "The value for the field '"
              + field
              + "' cannot refer to "
              + describe(root.get())
              + ": '"
              + value
              + "'",
          fields.at(field));
    }
  }

  private static String describe(Root root) {
    if (root == Root.CONTEXT) {
      return "the context object";
    }
    return root == Root.VARIABLE ? "a variable" : "the state input";
  }

  private static Optional<String> text(Fields fields, String field, boolean nullable) {
    final JsonNode value = fields.get(field);
    if (value == null || (nullable && value.isNull())) {
      return Optional.empty();
    }
    return fields.string(field);
  }
}
