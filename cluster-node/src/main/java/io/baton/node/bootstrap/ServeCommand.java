package io.baton.node.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code baton serve}: runs a node until it is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Start a Baton node. Without configuration: a single-node cluster storing everything in"
            + " an H2 database under ./data, the AWS Step Functions API on port 8083 and gRPC on"
            + " 50051. Configure with -Dbaton.… system properties, application.conf or BATON_*"
            + " environment variables.")
public final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() throws Exception {
    final com.typesafe.config.Config config = NodeConfig.load();
    final RunningNode node = BatonNode.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(node::close, "baton-shutdown"));
    System.out.println(
        "Baton node started: AWS Step Functions API on http://"
            + node.settings().httpHost()
            + ":"
            + node.settings().httpPort()
            + ", gRPC on port "
            + node.settings().grpcPort()
            + ", management (/ready, /alive) on port "
            + config.getInt("akka.management.http.port")
            + ", cluster address "
            + akka.cluster.typed.Cluster.get(node.system()).selfMember().address()
            + ", database "
            + node.settings().dbUrl());
    CollectorAdvice.forThisJvm().ifPresent(System.out::println);
    node.awaitTermination();
    return 0;
  }
}
