package io.baton.node.deploy;

import static io.baton.node.deploy.DeployFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of deploy/ without Docker or Kubernetes: the files parse, name the node's
 * ports (8083 HTTP, 50051 gRPC, 25520 remoting, 8558 management) and health paths, and set only
 * environment variables the node reads.
 */
class DeployFilesTest {
  @Test
  void shouldDefineThreeNodesAndPostgresInTheComposeFile() throws Exception {
    // when
    final Map<String, Object> compose = DeployFiles.yaml("docker/docker-compose.yml");

    // then
    final Map<String, Object> services = at(compose, "services");
    assertThat(services).containsKeys("postgres", "node1", "node2", "node3");
    for (String node : List.of("node1", "node2", "node3")) {
      final Map<String, String> env = at(services, node, "environment");
      assertThat(env.get("BATON_HOSTNAME")).isEqualTo(node);
      assertThat(env.get("BATON_SEED_NODES")).isEqualTo("node1:25520,node2:25520");
      assertThat(env.get("BATON_DB_URL")).startsWith("jdbc:postgresql://postgres:5432/");
      assertThat(DeployFiles.knownVariables()).containsAll(env.keySet());
      final List<String> ports = at(services, node, "ports");
      assertThat(ports).anyMatch(p -> p.endsWith(":8083")).anyMatch(p -> p.endsWith(":50051"));
      assertThat(ports).anyMatch(p -> p.endsWith(":8558"));
      assertThat(String.valueOf((Object) at(services, node, "healthcheck", "test")))
          .contains("http://localhost:8558/ready");
    }
  }

  @Test
  void shouldExposeThePortsAndRunServeInTheImage() throws Exception {
    // when
    final String dockerfile = DeployFiles.read("docker/Dockerfile");

    // then
    assertThat(dockerfile).containsPattern("(?m)^EXPOSE 8083 50051 25520 8558$");
    assertThat(DeployFiles.execForm(dockerfile, "ENTRYPOINT"))
        .containsExactly("java", "-jar", "/opt/baton/baton.jar");
    assertThat(DeployFiles.execForm(dockerfile, "CMD")).containsExactly("serve");
  }

  @Test
  void shouldProbeReadyAndAliveOnTheManagementPortInKubernetes() throws Exception {
    // when
    final Map<String, Object> deployment = kind("Deployment");

    // then
    final Map<String, Object> pod = at(deployment, "spec", "template", "spec");
    final Map<String, Object> container =
        this.<List<Map<String, Object>>>cast(pod.get("containers")).get(0);
    final Map<String, Integer> ports = new HashMap<>();
    for (Map<String, Object> p : this.<List<Map<String, Object>>>cast(container.get("ports"))) {
      ports.put((String) p.get("name"), (Integer) p.get("containerPort"));
    }
    assertThat(ports)
        .containsEntry("http", 8083)
        .containsEntry("grpc", 50051)
        .containsEntry("remoting", 25520)
        .containsEntry("management", 8558);
    assertThat((String) at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/ready");
    assertThat((String) at(container, "readinessProbe", "httpGet", "port")).isEqualTo("management");
    assertThat((String) at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/alive");
    assertThat((String) at(container, "livenessProbe", "httpGet", "port")).isEqualTo("management");
    assertThat(String.valueOf(container.get("env"))).contains("BATON_HOSTNAME", "status.podIP");
    assertThat((Integer) pod.get("terminationGracePeriodSeconds")).isGreaterThanOrEqualTo(30);
  }

  @Test
  void shouldLetThePodsDiscoverEachOtherThroughTheKubernetesApi() throws Exception {
    // given
    final Map<String, Object> deployment = kind("Deployment");
    final Map<String, String> labels = at(deployment, "spec", "template", "metadata", "labels");

    // when
    final Map<String, String> config = at(kind("ConfigMap"), "data");

    // then
    assertThat(config.get("BATON_CLUSTER_FORMATION")).isEqualTo("kubernetes-api");
    assertThat(labels).containsEntry("app", config.get("BATON_SERVICE_NAME"));
    assertThat(DeployFiles.knownVariables()).containsAll(config.keySet());
    final String account = at(deployment, "spec", "template", "spec", "serviceAccountName");
    assertThat((String) at(kind("ServiceAccount"), "metadata", "name")).isEqualTo(account);
    final Map<String, Object> rule =
        this.<List<Map<String, Object>>>cast(kind("Role").get("rules")).get(0);
    assertThat(this.<List<String>>cast(rule.get("resources"))).containsExactly("pods");
    assertThat(this.<List<String>>cast(rule.get("verbs"))).contains("get", "watch", "list");
    final Map<String, Object> binding = kind("RoleBinding");
    assertThat((String) at(binding, "roleRef", "name"))
        .isEqualTo(at(kind("Role"), "metadata", "name"));
    assertThat(String.valueOf(binding.get("subjects"))).contains("name=" + account);
  }

  @Test
  void shouldServeClientsAndLimitDisruptionsToOnePod() throws Exception {
    // when
    final Map<String, Object> service = kind("Service");
    final Map<String, Object> pdb = kind("PodDisruptionBudget");

    // then
    assertThat(String.valueOf((Object) at(service, "spec", "ports")))
        .contains("port=8083", "port=50051");
    assertThat((Map<String, String>) at(service, "spec", "selector")).containsEntry("app", "baton");
    assertThat((Integer) at(pdb, "spec", "maxUnavailable")).isEqualTo(1);
    assertThat((Map<String, String>) at(pdb, "spec", "selector", "matchLabels"))
        .containsEntry("app", "baton");
  }

  @Test
  void shouldListEveryManifestInTheKustomization() throws Exception {
    // when
    final List<String> resources =
        at(DeployFiles.yaml("kubernetes/kustomization.yaml"), "resources");

    // then
    for (String r : resources) {
      assertThat(DeployFiles.root().resolve("kubernetes").resolve(r)).exists();
    }
    assertThat(resources).hasSize(5);
  }

  @Test
  void shouldShipAnExecutableLocalClusterScript() throws Exception {
    // when
    final var script = DeployFiles.root().resolve("local/cluster.sh");

    // then
    assertThat(Files.isExecutable(script)).isTrue();
    final Process syntax = new ProcessBuilder("bash", "-n", script.toString()).start();
    assertThat(syntax.waitFor()).isZero();
  }

  /** The one object of {@code kind} among the Kubernetes manifests. */
  private static Map<String, Object> kind(String kind) throws Exception {
    final List<Map<String, Object>> found = new ArrayList<>();
    try (var files = Files.list(DeployFiles.root().resolve("kubernetes"))) {
      for (var f : files.sorted().toList()) {
        if (f.toString().endsWith(".yaml") && !f.getFileName().toString().startsWith("kustom")) {
          for (Map<String, Object> doc : DeployFiles.documents("kubernetes/" + f.getFileName())) {
            if (kind.equals(doc.get("kind"))) {
              found.add(doc);
            }
          }
        }
      }
    }
    assertThat(found).as(kind).hasSize(1);
    return found.get(0);
  }

  @SuppressWarnings("unchecked")
  private <T> T cast(Object o) {
    return (T) o;
  }
}
