package io.baton.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine is a pure function of (state, signal, now, ids): its main code must not read the
 * clock, make random numbers or ids, sleep, or reach the network, a database, Akka or gRPC.
 */
class EngineArchitectureTest {
  private static JavaClasses engine;

  @BeforeAll
  static void importEngineClasses() {
    // The rules look only at the names of the classes the engine uses, so there is no need to
    // load all of its dependencies from the class path (which takes seconds).
    ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    // Only the engine's own main classes: the directory (or jar) that holds IdSource.
    engine =
        new ClassFileImporter()
            .importUrl(IdSource.class.getProtectionDomain().getCodeSource().getLocation());
  }

  @AfterAll
  static void resetArchUnit() {
    ArchConfiguration.get().reset();
  }

  @Test
  void shouldNotReadTheSystemClock() {
    // given
    final ArchRule rule =
        noClasses()
            .should()
            .callMethodWhere(
                calls(System.class, "currentTimeMillis", "nanoTime")
                    .or(calls(Instant.class, "now"))
                    .or(calls(LocalDateTime.class, "now"))
                    .or(calls(LocalDate.class, "now"))
                    .or(calls(LocalTime.class, "now"))
                    .or(calls(OffsetDateTime.class, "now"))
                    .or(calls(ZonedDateTime.class, "now"))
                    .or(calls(Clock.class, "systemUTC", "systemDefaultZone", "system")))
            .because("time enters the engine only as the 'now' argument of decide");

    // when / then
    rule.check(engine);
  }

  @Test
  void shouldNotMakeRandomNumbersOrIds() {
    // given
    final ArchRule randomTypes =
        noClasses()
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(
                Random.class, SecureRandom.class, ThreadLocalRandom.class, SplittableRandom.class)
            .because("randomness enters the engine only through its IdSource");
    final ArchRule randomCalls =
        noClasses()
            .should()
            .callMethodWhere(calls(UUID.class, "randomUUID").or(calls(Math.class, "random")))
            .because("ids enter the engine only through its IdSource");

    // when / then
    randomTypes.check(engine);
    randomCalls.check(engine);
  }

  @Test
  void shouldNotSleep() {
    // given
    final ArchRule rule =
        noClasses()
            .should()
            .callMethodWhere(calls(Thread.class, "sleep"))
            .because("time is virtual in the engine; runners are given a Sleeper");

    // when / then
    rule.check(engine);
  }

  @Test
  void shouldNotTouchTheNetworkDatabasesAkkaOrGrpc() {
    // given
    final ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net..", "java.sql..", "javax.sql..", "akka..", "io.grpc..")
            .because("the engine does no I/O; actors and gateways live in other modules");

    // when / then
    rule.check(engine);
  }

  private static DescribedPredicate<JavaCall<?>> calls(Class<?> owner, String... names) {
    final Set<String> wanted = Set.of(names);
    return DescribedPredicate.describe(
        owner.getSimpleName() + "." + String.join("/", names),
        call -> call.getTargetOwner().isEquivalentTo(owner) && wanted.contains(call.getName()));
  }
}
