package dev.macai.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The ports the stack takes on this machine, and the check that they are free before anything
 * starts. PostgreSQL, Redis and S3Proxy move with {@code LOCAL_PG_PORT}, {@code LOCAL_REDIS_PORT}
 * and {@code LOCAL_S3_PORT}; the services, the gateway and the simulator keep the ports the
 * configuration and the web UI expect.
 */
final class StackPorts {

  static final int DEFAULT_POSTGRES_PORT = 15432;

  private final Map<String, String> environment;

  StackPorts(Map<String, String> environment) {
    this.environment = environment;
  }

  static StackPorts fromEnvironment() {
    return new StackPorts(System.getenv());
  }

  // Each port is read when first needed, not up front: a bad LOCAL_S3_PORT does not matter (and is
  // not reported) when a real S3_BUCKET means no S3Proxy runs.
  int postgres() {
    return port("LOCAL_PG_PORT", DEFAULT_POSTGRES_PORT);
  }

  int redis() {
    return port("LOCAL_REDIS_PORT", LocalRedis.DEFAULT_PORT);
  }

  int s3() {
    return port("LOCAL_S3_PORT", LocalS3.DEFAULT_PORT);
  }

  private int port(String variable, int defaultPort) {
    String configured = environment.get(variable);
    if (configured == null || configured.isBlank()) {
      return defaultPort;
    }
    try {
      return Integer.parseInt(configured.trim());
    } catch (NumberFormatException e) {
      throw new StackFailure(variable + " is not a port number: " + configured);
    }
  }

  /**
   * Fails with the first port another process already listens on. A clear message beats a bind
   * error deep in a log, and an earlier run killed with -9 leaves PostgreSQL (and services)
   * running.
   *
   * @param postgresPidFile PostgreSQL's pid file, named in the hint when a stale server holds the
   *     port
   */
  void requireFree(
      List<LocalService> services,
      boolean gateway,
      ProviderSelection providers,
      Path postgresPidFile,
      StackConsole console) {
    if (inUse(postgres())) {
      String hint =
          Files.isRegularFile(postgresPidFile)
              ? " If an earlier run was killed, stop its PostgreSQL with: kill $(head -1 "
                  + console.relative(postgresPidFile)
                  + ")"
              : "";
      throw new StackFailure(
          inUseMessage(postgres(), "", " Set LOCAL_PG_PORT to use another port." + hint));
    }
    requireFreePort(redis(), "Redis", " Set LOCAL_REDIS_PORT to use another port.");
    if (providers.localS3()) {
      requireFreePort(s3(), "S3Proxy", " Set LOCAL_S3_PORT to use another port.");
    }
    for (LocalService service : services) {
      requireFreePort(service.port(), service.name(), "");
    }
    if (gateway) {
      for (int port : List.of(GatewayProcess.HTTP_PORT, GatewayProcess.HTTPS_PORT)) {
        requireFreePort(port, "gateway", "");
      }
    }
    if (providers.needsSimulator()) {
      requireFreePort(ProviderSimulator.PORT, "provider simulator", "");
    }
  }

  private static void requireFreePort(int port, String holder, String advice) {
    if (inUse(port)) {
      throw new StackFailure(inUseMessage(port, holder, advice));
    }
  }

  /**
   * @param holder what the stack runs there, shown in brackets; empty for PostgreSQL, whose message
   *     names it through its variable
   * @param advice how to move to another port, when the port can move
   */
  static String inUseMessage(int port, String holder, String advice) {
    return "Port "
        + port
        + (holder.isEmpty() ? "" : " (" + holder + ")")
        + " is in use: is the stack already running in another terminal?"
        + advice;
  }

  /** Whether something accepts connections on the port on this machine's loopback. */
  static boolean inUse(int port) {
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException nothingListening) {
      return false;
    }
  }
}
