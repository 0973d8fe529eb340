package io.baton.node.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** Reads the files under {@code deploy/} for the tests that check them. */
final class DeployFiles {
  private DeployFiles() {}

  static Path root() {
    final Path fromModule = Path.of("..", "deploy").toAbsolutePath().normalize();
    return Files.isDirectory(fromModule) ? fromModule : Path.of("deploy").toAbsolutePath();
  }

  static String read(String relative) throws IOException {
    return Files.readString(root().resolve(relative));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(String relative) throws IOException {
    return (Map<String, Object>) new Yaml().load(read(relative));
  }

  /** Every document of a (multi-document) YAML file. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(String relative) throws IOException {
    final List<Map<String, Object>> out = new ArrayList<>();
    for (Object doc : new Yaml().loadAll(read(relative))) {
      if (doc != null) {
        out.add((Map<String, Object>) doc);
      }
    }
    return out;
  }

  /** {@code map.a.b.c} of parsed YAML, for paths the test knows are maps. */
  @SuppressWarnings("unchecked")
  static <T> T at(Object node, String... path) {
    Object current = node;
    for (String key : path) {
      current = ((Map<String, Object>) current).get(key);
      if (current == null) {
        throw new AssertionError("Expected a value at " + String.join(".", path));
      }
    }
    return (T) current;
  }

  /** The BATON_* environment variables the node's configuration reads. */
  static Set<String> knownVariables() throws IOException {
    final Set<String> out = new TreeSet<>();
    for (String resource : new String[] {"reference.conf", "baton-node.conf"}) {
      try (InputStream in = DeployFiles.class.getClassLoader().getResourceAsStream(resource)) {
        final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        final Matcher m = Pattern.compile("\\$\\{\\?(BATON_[A-Z_]+)}").matcher(text);
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  /** A Dockerfile instruction's JSON array (ENTRYPOINT, CMD) as a list. */
  static List<String> execForm(String dockerfile, String instruction) {
    final Matcher m =
        Pattern.compile("(?m)^" + instruction + "\\s+\\[(.*)]\\s*$").matcher(dockerfile);
    if (!m.find()) {
      throw new AssertionError("Expected " + instruction + " [...] in the Dockerfile");
    }
    final List<String> out = new ArrayList<>();
    final Matcher item = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
    while (item.find()) {
      out.add(item.group(1));
    }
    return out;
  }
}
