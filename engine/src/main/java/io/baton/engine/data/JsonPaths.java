package io.baton.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.baton.engine.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates ASL paths: {@code $...} against the input, {@code $$...} against the context object and
 * {@code $name...} against a variable.
 *
 * <ul>
 *   <li>Simple reference paths ({@code $.a.b[0]['c']}) are walked directly, which is most paths and
 *       much faster; anything else goes to Jayway JsonPath.
 *   <li>Returns empty when the path matches nothing; throws {@link IllegalArgumentException} for a
 *       path that is not valid syntax.
 *   <li>An indefinite path (wildcard, slice, filter) returns the array of its matches.
 * </ul>
 */
public final class JsonPaths {
  private static final Configuration CONFIG =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
          .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
          .build();

  private static final Pattern SEGMENT =
      Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_-]*)|\\[(\\d+)]|\\['([^']*)']|\\[\"([^\"]*)\"]");
  private static final Pattern VARIABLE = Pattern.compile("^\\$([A-Za-z_][A-Za-z0-9_]*)");

  private static final ConcurrentHashMap<String, Compiled> CACHE = new ConcurrentHashMap<>();

  private JsonPaths() {}

  /** The value at {@code path} in the data of {@code ctx}, or empty when nothing matches. */
  public static Optional<JsonNode> find(String path, DataContext ctx) {
    final Compiled compiled = compile(path);
    final JsonNode root;
    if (compiled.root == Root.CONTEXT) {
      root = ctx.context();
    } else if (compiled.root == Root.VARIABLE) {
      final Optional<JsonNode> variable = ctx.variables().lookup(compiled.variable);
      if (variable.isEmpty()) {
        return Optional.empty();
      }
      root = variable.get();
    } else {
      root = ctx.input();
    }
    return compiled.read(root);
  }

  /** The value at a plain {@code $...} path within {@code value}, or empty. */
  public static Optional<JsonNode> find(String path, JsonNode value) {
    return compile(path).read(value);
  }

  /** Whether the path is syntactically valid (for validation). */
  public static boolean isValid(String path) {
    try {
      compile(path);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether {@code path} is a reference path: it names at most one node (no wildcards etc.). */
  public static boolean isDefinite(String path) {
    return compile(path).definite;
  }

  /** The plain segments of a simple reference path, for writing at a ResultPath. */
  public static Optional<List<Object>> segments(String path) {
    final Compiled c = compile(path);
    return c.root == Root.INPUT ? Optional.ofNullable(c.segments) : Optional.empty();
  }

  private static Compiled compile(String path) {
    final Compiled cached = CACHE.get(path);
    if (cached != null) {
      return cached;
    }
    final Compiled compiled = doCompile(path);
    if (CACHE.size() < 100_000) {
      CACHE.put(path, compiled);
    }
    return compiled;
  }

  private static Compiled doCompile(String path) {
    if (path == null || !path.startsWith("$")) {
      throw new IllegalArgumentException("A path must start with '$': " + path);
    }
    Root root = Root.INPUT;
    String variable = null;
    String rest = path.substring(1);
    if (path.startsWith("$$")) {
      root = Root.CONTEXT;
      rest = path.substring(2);
    } else {
      final Matcher m = VARIABLE.matcher(path);
      if (m.find()) {
        root = Root.VARIABLE;
        variable = m.group(1);
        rest = path.substring(m.end());
      }
    }
    final List<Object> segments = simpleSegments(rest);
    if (segments != null) {
      return new Compiled(root, variable, segments, null, true);
    }
    try {
      final JsonPath jsonPath = JsonPath.compile("$" + rest);
      return new Compiled(root, variable, null, jsonPath, jsonPath.isDefinite());
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("Invalid path '" + path + "': " + e.getMessage(), e);
    }
  }

  private static List<Object> simpleSegments(String rest) {
    final List<Object> segments = new ArrayList<>();
    final Matcher m = SEGMENT.matcher(rest);
    int at = 0;
    while (at < rest.length()) {
      if (!m.find(at) || m.start() != at) {
        return null;
      }
      if (m.group(1) != null) {
        segments.add(m.group(1));
      } else if (m.group(2) != null) {
        segments.add(Integer.parseInt(m.group(2)));
      } else if (m.group(3) != null) {
        segments.add(m.group(3));
      } else {
        segments.add(m.group(4));
      }
      at = m.end();
    }
    return segments;
  }

  private enum Root {
    INPUT,
    CONTEXT,
    VARIABLE
  }

  private record Compiled(
      Root root, String variable, List<Object> segments, JsonPath jsonPath, boolean definite) {
    Optional<JsonNode> read(JsonNode value) {
      if (segments != null) {
        JsonNode node = value;
        for (Object segment : segments) {
          if (segment instanceof Integer i) {
            node = node.isArray() ? node.get(i) : null;
          } else {
            node = node.isObject() ? node.get((String) segment) : null;
          }
          if (node == null) {
            return Optional.empty();
          }
        }
        return Optional.of(node);
      }
      try {
        final Object result = jsonPath.read(value, CONFIG);
        return Optional.of(
            result instanceof JsonNode n ? n : Json.MAPPER.valueToTree(result));
      } catch (PathNotFoundException e) {
        // An indefinite path (wildcard, slice, filter) that matches nothing selects no items.
        return definite ? Optional.empty() : Optional.of(Json.NODES.arrayNode());
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
