package dev.macai.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local stack behind {@code ./run}: PostgreSQL, then every service of {@link #SERVICES}, in the
 * foreground until Ctrl-C. Runs from the repository root; all state lives in {@code .local/}.
 *
 * <p>This class decides what starts in which order and how the launcher ends; the parts' own jobs
 * live next to it: {@link StackPorts} (ports, and that they are free), {@link ServiceEnvironment}
 * (what each service is given), {@link ReadinessCheck} (waiting until a part serves), {@link
 * StartedParts} (stopping everything in order), {@link ProcessSupervisor} (restarts after start-up)
 * and {@link StartupBanner} (what the person at the terminal reads).
 */
public final class LocalStack {

  /** Everything {@code ./run} starts; adding a service is one line here. */
  static final List<LocalService> SERVICES =
      List.of(
          new LocalService("auth-service", 8081, "auth"),
          new LocalService("catalog-service", 8082, "catalog"),
          new LocalService("chat-service", 8083, "chat"),
          new LocalService("image-service", 8084, "image"),
          new LocalService("song-service", 8085, "song"));

  static final String DATABASE = "macai";

  private final Path repoRoot;
  private final LocalState state;
  private final StackConsole console;
  private final ProviderSelection providers = ProviderSelection.fromEnvironment();
  private final StackPorts ports = StackPorts.fromEnvironment();
  private final StopRequest stopRequest;
  private final StartedParts parts;
  private final ReadinessCheck readiness;
  private final List<String> nginxMissing = new ArrayList<>();
  private Optional<NginxInstallation> nginx = Optional.empty();
  // Known once PostgreSQL, Redis, S3Proxy and the simulator run; restarts reuse it.
  private ServiceEnvironment environment;

  private LocalStack(Path repoRoot) {
    this.repoRoot = repoRoot;
    this.state = LocalState.under(repoRoot);
    this.console = new StackConsole(repoRoot);
    this.stopRequest = new StopRequest(console);
    this.parts = new StartedParts(console);
    this.readiness = new ReadinessCheck(stopRequest, console);
  }

  public static void main(String[] args) {
    LocalStack stack = new LocalStack(Path.of("").toAbsolutePath());
    StopSignals.install(stack.stopRequest::request);
    // For every other way the JVM ends; a no-op when main already stopped the stack.
    Runtime.getRuntime().addShutdownHook(new Thread(stack.parts::stop, "local-stack-stop"));
    int exitCode;
    try {
      stack.start();
      exitCode = stack.supervise();
    } catch (StackFailure e) {
      // After Ctrl-C during start-up the failure is only the consequence; say nothing.
      exitCode = stack.stopRequest.exitCodeOr(1);
      if (!stack.stopRequest.isRequested()) {
        stack.console.say("ERROR: " + e.getMessage());
        e.log().ifPresent(log -> stack.console.printLogTail(log, e.logTail()));
      }
    } catch (Exception e) {
      stack.console.say("ERROR: " + e);
      e.printStackTrace(System.out);
      exitCode = 1;
    }
    stack.parts.stop();
    System.exit(exitCode);
  }

  private void start() throws IOException, SQLException, InterruptedException {
    Instant startedAt = Instant.now();
    requireBuiltCheckout();
    state.createDirectories();
    nginx = NginxInstallation.find(nginxMissing);
    int postgresPort = ports.postgres();
    ports.requireFree(
        SERVICES,
        nginx.isPresent(),
        providers,
        state.postgresData().resolve("postmaster.pid"),
        console);
    LocalSecrets secrets = ensureSecrets();
    // S3Proxy boots while PostgreSQL does; image-service and song-service wait for it below.
    if (providers.localS3()) {
      parts.addS3(LocalS3.start(repoRoot, state.s3(), ports.s3(), state.log("s3proxy")));
    }
    startDatabase(postgresPort);
    startRedis();
    if (providers.needsSimulator()) {
      console.say("Starting the provider simulator on port " + ProviderSimulator.PORT);
      parts.addSimulator(ProviderSimulator.start(repoRoot));
    }
    awaitS3();
    environment = serviceEnvironment(secrets);
    startServices(startedAt);
    startGateway();
    printBanner(Duration.between(startedAt, Instant.now()));
  }

  // Before anything starts: a missing jar found after PostgreSQL started costs a start and a stop.
  private void requireBuiltCheckout() {
    if (!Files.isRegularFile(repoRoot.resolve(ServiceSchemaScript.LOCATION))) {
      throw new StackFailure(
          "Run from the repository root ("
              + ServiceSchemaScript.LOCATION
              + " not found in "
              + repoRoot
              + "); ./run does this.");
    }
    for (LocalService service : SERVICES) {
      if (!Files.isRegularFile(service.jar(repoRoot))) {
        throw new StackFailure(
            service.name()
                + " is not built: "
                + console.relative(service.jar(repoRoot))
                + " is missing. Run ./run, which builds it.");
      }
    }
  }

  private LocalSecrets ensureSecrets() throws IOException {
    if (SigningKeyPair.ensure(state.privateKey(), state.publicKey())) {
      console.say(
          "Generated the JWT signing key pair in "
              + console.relative(state.privateKey().getParent()));
    }
    return LocalSecrets.ensure(state);
  }

  /** PostgreSQL with the stack's database and, as in production, one schema and role a service. */
  private void startDatabase(int port) throws IOException, SQLException {
    console.say(
        "Starting PostgreSQL on port "
            + port
            + " (data in "
            + console.relative(state.postgresData())
            + ")");
    parts.addDatabase(EmbeddedDatabase.start(state.postgresData(), port, state.log("postgres")));
    stopRequest.abortIfRequested();
    EmbeddedDatabase database = parts.database();
    database.createDatabaseIfMissing(DATABASE);
    ServiceSchemaScript script = ServiceSchemaScript.load(repoRoot);
    for (LocalService service : SERVICES) {
      database.runScript(
          DATABASE,
          script.render(service.schema(), service.role(), service.localPassword(), DATABASE));
    }
  }

  private void startRedis() throws IOException {
    int port = ports.redis();
    parts.addRedis(LocalRedis.start(state.redisData(), port, state.log("redis")));
    console.say(
        "Started Redis ("
            + parts.redis().kind()
            + ") on port "
            + port
            + " (data in "
            + console.relative(state.redisData())
            + ")");
  }

  private void awaitS3() throws InterruptedException {
    Optional<LocalS3> s3 = parts.s3();
    if (s3.isPresent()) {
      s3.get().awaitListening();
      console.say(
          "Started S3 (S3Proxy) on port "
              + s3.get().port()
              + " (objects in "
              + console.relative(state.s3())
              + ")");
    }
  }

  private ServiceEnvironment serviceEnvironment(LocalSecrets secrets) {
    return new ServiceEnvironment(
        parts.database().jdbcUrl(DATABASE),
        state,
        secrets,
        providers,
        parts.simulator().map(ProviderSimulator::baseUrl),
        parts.redis().url(),
        parts.s3().map(s3 -> new ServiceEnvironment.LocalS3Access(s3.endpoint(), s3.credential())));
  }

  // All at once, then waiting for each: the JVMs warm up side by side, not one after the other.
  private void startServices(Instant startedAt) throws IOException, InterruptedException {
    for (LocalService service : SERVICES) {
      stopRequest.abortIfRequested();
      console.say("Starting " + service.name() + " on port " + service.port());
      parts.addService(
          ServiceProcess.start(
              service, repoRoot, environment.forService(service), state.log(service.name())));
    }
    for (ServiceProcess process : parts.services()) {
      readiness.awaitService(process, startedAt);
    }
  }

  /** nginx in front of the services, when it is installed; the stack works without it. */
  private void startGateway() throws IOException, InterruptedException {
    if (nginx.isEmpty()) {
      console.say("Gateway not started: " + String.join("; ", nginxMissing) + ".");
      console.say(NginxInstallation.INSTALL_HINT);
      return;
    }
    stopRequest.abortIfRequested();
    console.say(
        "Starting the gateway (nginx) on ports "
            + GatewayProcess.HTTPS_PORT
            + " and "
            + GatewayProcess.HTTP_PORT);
    GatewayProcess gateway =
        GatewayProcess.start(nginx.get(), repoRoot, state.directory(), state.publicKey(), SERVICES);
    parts.addGateway(gateway);
    readiness.awaitGateway(gateway);
  }

  private void printBanner(Duration took) {
    StartupBanner banner =
        new StartupBanner(
            took,
            parts.gateway().isPresent()
                ? Optional.empty()
                : Optional.of(String.join("; ", nginxMissing)),
            SERVICES,
            parts.database().port(),
            DATABASE,
            parts.redis().port(),
            parts.redis().kind(),
            providers,
            parts.simulator().map(ProviderSimulator::baseUrl),
            parts.s3().map(LocalS3::endpoint),
            console.relative(state.logs()),
            setupToken());
    banner.lines().forEach(console::say);
  }

  /** auth-service writes the file at start-up while no account exists, and deletes it after. */
  private Optional<String> setupToken() {
    try {
      Path file = state.authSetupToken();
      return Files.isRegularFile(file)
          ? Optional.of(Files.readString(file).trim()).filter(token -> !token.isEmpty())
          : Optional.empty();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** Until Ctrl-C, or until the stack has to stop on its own (see {@link ProcessSupervisor}). */
  private int supervise() throws IOException, InterruptedException {
    return new ProcessSupervisor(parts, stopRequest, readiness, environment, repoRoot, console)
        .superviseUntilStopRequested();
  }
}
