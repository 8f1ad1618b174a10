package dev.macai.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The local stack behind {@code ./run}: PostgreSQL, then every service of {@link #SERVICES}, in the
 * foreground until Ctrl-C. Runs from the repository root; all state lives in {@code .local/}.
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
  private static final int DEFAULT_POSTGRES_PORT = 15432;
  // Five JVMs starting at once on two cores take a while; a service that needs longer is stuck.
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration READY_POLL_INTERVAL = Duration.ofMillis(250);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  static final int LOG_TAIL_LINES = 30;

  /** Not a secret: the simulator accepts any key but "sk-invalid". */
  static final String SIMULATOR_OPENAI_KEY = "sk-local-simulator";

  /** Not a secret either: the Mureka simulator refuses only "mk-invalid" and a missing key. */
  static final String SIMULATOR_MUREKA_KEY = "mk-local-simulator";

  private final Path repoRoot;
  private final LocalState state;
  private final CompletableFuture<Integer> stopRequest = new CompletableFuture<>();
  private final List<ServiceProcess> services = new ArrayList<>();
  private final RestartBudget restarts = new RestartBudget(3, Duration.ofMinutes(10));
  private EmbeddedDatabase database;
  private ProviderSimulator simulator;
  private Optional<NginxInstallation> nginx = Optional.empty();
  private final List<String> nginxMissing = new ArrayList<>();
  private GatewayProcess gateway;
  private LocalRedis redis;
  private LocalS3 s3;
  private String imageUrlSecret;
  private String equipmentEncryptionKey;
  private String songMediaSigningKey;
  private boolean stopped;

  private LocalStack(Path repoRoot) {
    this.repoRoot = repoRoot;
    this.state = LocalState.under(repoRoot);
  }

  public static void main(String[] args) {
    LocalStack stack = new LocalStack(Path.of("").toAbsolutePath());
    StopSignals.install(stack::requestStop);
    // For every other way the JVM ends; a no-op when main already stopped the stack.
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
    int exitCode;
    try {
      stack.start();
      exitCode = stack.awaitEnd();
    } catch (StackFailure e) {
      // After Ctrl-C during start-up the failure is only the consequence; say nothing.
      exitCode = stack.stopRequest.getNow(1);
      if (!stack.stopRequest.isDone()) {
        say("ERROR: " + e.getMessage());
        e.log().ifPresent(log -> stack.printLogTail(log, e.logTail()));
      }
    } catch (Exception e) {
      say("ERROR: " + e);
      e.printStackTrace(System.out);
      exitCode = 1;
    }
    stack.stop();
    System.exit(exitCode);
  }

  private void start() throws IOException, SQLException, InterruptedException {
    Instant startedAt = Instant.now();
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
                + relative(service.jar(repoRoot))
                + " is missing. Run ./run, which builds it.");
      }
    }
    state.createDirectories();
    nginx = NginxInstallation.find(nginxMissing);
    int postgresPort = postgresPort();
    checkPortsFree(postgresPort);

    if (SigningKeyPair.ensure(state.privateKey(), state.publicKey())) {
      say("Generated the JWT signing key pair in " + relative(state.privateKey().getParent()));
    }
    equipmentEncryptionKey = FernetKeyFile.ensure(state.equipmentEncryptionKey());
    // Any random secret does; the Fernet key format is one.
    songMediaSigningKey = FernetKeyFile.ensure(state.songMediaSigningKey());
    imageUrlSecret = FernetKeyFile.ensure(state.imageUrlSecret());

    // S3Proxy boots while PostgreSQL does; image-service and song-service wait for it below.
    if (useLocalS3()) {
      LocalS3 startedS3 = LocalS3.start(repoRoot, state.s3(), s3Port(), state.log("s3proxy"));
      synchronized (this) {
        s3 = startedS3;
        stopIfAlreadyStopped();
      }
    }

    say(
        "Starting PostgreSQL on port "
            + postgresPort
            + " (data in "
            + relative(state.postgresData())
            + ")");
    EmbeddedDatabase started =
        EmbeddedDatabase.start(state.postgresData(), postgresPort, state.log("postgres"));
    synchronized (this) {
      database = started;
      stopIfAlreadyStopped();
    }
    abortIfStopRequested();
    database.createDatabaseIfMissing(DATABASE);
    ServiceSchemaScript script = ServiceSchemaScript.load(repoRoot);
    for (LocalService service : SERVICES) {
      database.runScript(
          DATABASE,
          script.render(service.schema(), service.role(), service.localPassword(), DATABASE));
    }

    int redisPort = redisPort();
    LocalRedis startedRedis = LocalRedis.start(state.redisData(), redisPort, state.log("redis"));
    synchronized (this) {
      redis = startedRedis;
      stopIfAlreadyStopped();
    }
    say(
        "Started Redis ("
            + redis.kind()
            + ") on port "
            + redisPort
            + " (data in "
            + relative(state.redisData())
            + ")");

    if (useSimulatedOllama() || useSimulatedOpenAi() || useSimulatedMureka()) {
      say("Starting the provider simulator on port " + ProviderSimulator.PORT);
      ProviderSimulator startedSimulator = ProviderSimulator.start(repoRoot);
      synchronized (this) {
        simulator = startedSimulator;
        stopIfAlreadyStopped();
      }
    }

    if (s3 != null) {
      s3.awaitListening();
      say(
          "Started S3 (S3Proxy) on port "
              + s3.port()
              + " (objects in "
              + relative(state.s3())
              + ")");
    }

    for (LocalService service : SERVICES) {
      abortIfStopRequested();
      say("Starting " + service.name() + " on port " + service.port());
      ServiceProcess process =
          ServiceProcess.start(
              service, repoRoot, environmentFor(service), state.log(service.name()));
      synchronized (this) {
        services.add(process);
        stopIfAlreadyStopped();
      }
    }
    for (ServiceProcess process : services) {
      awaitReady(process, startedAt);
    }
    startGateway();
    printBanner(Duration.between(startedAt, Instant.now()));
  }

  private Map<String, String> environmentFor(LocalService service) {
    Map<String, String> environment = new HashMap<>();
    environment.put("PORT", Integer.toString(service.port()));
    // Only the gateway faces the network; the services answer this machine alone.
    environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    environment.put("DB_URL", database.jdbcUrl(DATABASE));
    environment.put("DB_USER", service.role());
    environment.put("DB_PASSWORD", service.localPassword());
    environment.put("AUTH_JWT_PUBLIC_KEY_LOCATION", state.publicKey().toString());
    // Only auth-service signs tokens; no other service gets to read the private key.
    if (service.name().equals("auth-service")) {
      environment.put("AUTH_JWT_PRIVATE_KEY_LOCATION", state.privateKey().toString());
    }
    // Only catalog-service stores encrypted equipment secrets.
    if (service.name().equals("catalog-service")) {
      environment.put("EQUIPMENT_ENCRYPTION_KEY", equipmentEncryptionKey);
    }
    // chat-service talks to the simulator unless ./run was given a real OLLAMA_BASE_URL, which
    // it then inherits like every variable not set here.
    if (simulator != null && useSimulatedOllama()) {
      environment.put("OLLAMA_BASE_URL", simulator.baseUrl().toString());
    }
    // Likewise OpenAI unless ./run was given a real OPENAI_API_KEY; the dummy key only opens the
    // simulator (its mappings refuse "sk-invalid" and a missing key, nothing else).
    if (simulator != null && useSimulatedOpenAi()) {
      environment.put("OPENAI_BASE_URL", simulator.baseUrl().toString());
      environment.put("OPENAI_API_KEY", SIMULATOR_OPENAI_KEY);
      // image-service reads organisation costs with a separate admin key; the simulator takes any.
      environment.put("OPENAI_ADMIN_API_KEY", SIMULATOR_OPENAI_KEY);
    }
    // image-service: new images in S3 (S3Proxy, unless ./run was given a real S3_BUCKET), older
    // ones still on the filesystem; URL signatures that survive a restart.
    if (service.name().equals("image-service")) {
      environment.put("IMAGE_STORAGE_DIR", state.images().toString());
      environment.put("IMAGE_URL_SECRET", imageUrlSecret);
      putLocalS3(environment);
    }
    // song-service: Redis for its slots and events, its audio archive (new audio in the same
    // S3Proxy bucket under songs/, older audio still on the filesystem), and Mureka (the simulator
    // unless ./run was given a real MUREKA_API_KEY).
    if (service.name().equals("song-service")) {
      environment.put("REDIS_URL", redis.url());
      environment.put("SONG_STORAGE_DIR", state.songAudio().toString());
      putLocalS3(environment);
      environment.put("SONG_MEDIA_SIGNING_KEY", songMediaSigningKey);
      if (simulator != null && useSimulatedMureka()) {
        environment.put("MUREKA_BASE_URL", simulator.baseUrl().toString());
        environment.put("MUREKA_API_KEY", SIMULATOR_MUREKA_KEY);
      }
    }
    // Production logs JSON for collectors; a person reads these files, so plain lines.
    environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
    return environment;
  }

  /**
   * The local S3Proxy, when it runs (./run given a real S3_BUCKET starts none, and the services
   * inherit the caller's S3_* variables instead).
   */
  private void putLocalS3(Map<String, String> environment) {
    if (s3 != null) {
      environment.put("S3_ENDPOINT", s3.endpoint());
      environment.put("S3_BUCKET", LocalS3.BUCKET);
      environment.put("S3_ACCESS_KEY", LocalS3.IDENTITY);
      environment.put("S3_SECRET_KEY", s3.credential());
      environment.put("S3_PATH_STYLE", "true");
    }
  }

  /** nginx in front of the services, when it is installed; the stack works without it. */
  private void startGateway() throws IOException, InterruptedException {
    if (nginx.isEmpty()) {
      say("Gateway not started: " + String.join("; ", nginxMissing) + ".");
      say(NginxInstallation.INSTALL_HINT);
      return;
    }
    abortIfStopRequested();
    say(
        "Starting the gateway (nginx) on ports "
            + GatewayProcess.HTTPS_PORT
            + " and "
            + GatewayProcess.HTTP_PORT);
    GatewayProcess started =
        GatewayProcess.start(nginx.get(), repoRoot, state.directory(), state.publicKey(), SERVICES);
    synchronized (this) {
      gateway = started;
      stopIfAlreadyStopped();
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (!inUse(GatewayProcess.HTTPS_PORT)) {
      if (!gateway.isAlive() || Instant.now().isAfter(deadline)) {
        throw new StackFailure(
            "the gateway (nginx) did not start",
            gateway.log(),
            LogTail.lastLines(gateway.log(), LOG_TAIL_LINES, 0));
      }
      Thread.sleep(READY_POLL_INTERVAL.toMillis());
    }
  }

  private void awaitReady(ServiceProcess process, Instant startedAt) throws InterruptedException {
    Instant deadline = startedAt.plus(READY_TIMEOUT);
    String name = process.service().name();
    while (!process.isReady()) {
      abortIfStopRequested();
      if (!process.isAlive()) {
        throw new StackFailure(
            name + " exited with code " + process.exitCode() + " while starting",
            process.log(),
            process.logTail(LOG_TAIL_LINES));
      }
      if (Instant.now().isAfter(deadline)) {
        throw new StackFailure(
            name + " was not ready within " + READY_TIMEOUT.toSeconds() + " s",
            process.log(),
            process.logTail(LOG_TAIL_LINES));
      }
      Thread.sleep(READY_POLL_INTERVAL.toMillis());
    }
    say(name + " is ready");
  }

  /**
   * Blocks until Ctrl-C, returning its exit code. A service that dies is started again (a desktop
   * stack should outlive one crash; song jobs resume from the database); one that keeps dying, or
   * the gateway dying, stops the stack.
   */
  private int awaitEnd() throws IOException, InterruptedException {
    while (true) {
      List<CompletableFuture<?>> processes = new ArrayList<>();
      services.forEach(process -> processes.add(process.onExit()));
      if (gateway != null) {
        processes.add(gateway.onExit());
      }
      if (s3 != null) {
        processes.add(s3.onExit());
      }
      CompletableFuture<?>[] exits = processes.toArray(CompletableFuture[]::new);
      try {
        CompletableFuture.anyOf(CompletableFuture.anyOf(exits), stopRequest).get();
      } catch (ExecutionException impossible) {
        throw new IllegalStateException(impossible);
      }
      if (stopRequest.isDone()) {
        return stopRequest.join();
      }
      if (gateway != null && !gateway.isAlive()) {
        throw new StackFailure(
            "the gateway (nginx) stopped unexpectedly (exit code "
                + gateway.exitCode()
                + "); stopping the stack",
            gateway.log(),
            LogTail.lastLines(gateway.log(), LOG_TAIL_LINES, 0));
      }
      if (s3 != null && !s3.isAlive()) {
        throw new StackFailure(
            "S3Proxy stopped unexpectedly; stopping the stack",
            s3.log(),
            LogTail.lastLines(s3.log(), LOG_TAIL_LINES));
      }
      for (int i = 0; i < services.size(); i++) {
        if (!services.get(i).isAlive()) {
          restart(i);
        }
      }
    }
  }

  private void restart(int index) throws IOException, InterruptedException {
    ServiceProcess dead = services.get(index);
    LocalService service = dead.service();
    String died = service.name() + " stopped unexpectedly (exit code " + dead.exitCode() + ")";
    if (!restarts.recordDeath(service.name(), Instant.now())) {
      throw new StackFailure(
          died
              + ", "
              + restarts.recentDeaths(service.name())
              + " times within "
              + restarts.window().toMinutes()
              + " minutes; stopping the stack",
          dead.log(),
          dead.logTail(LOG_TAIL_LINES));
    }
    say(died + "; starting it again. Its last lines:");
    printLogTail(dead.log(), dead.logTail(LOG_TAIL_LINES));
    ServiceProcess again =
        ServiceProcess.start(service, repoRoot, environmentFor(service), dead.log());
    synchronized (this) {
      services.set(index, again);
      stopIfAlreadyStopped();
    }
    awaitReady(again, Instant.now());
  }

  private void requestStop(int exitCode) {
    if (!stopRequest.complete(exitCode)) {
      say("Still stopping, please wait...");
    }
  }

  private void abortIfStopRequested() {
    if (stopRequest.isDone()) {
      throw new StackFailure("stop requested");
    }
  }

  // The shutdown hook may have stopped the stack while this thread was starting a part of it.
  private void stopIfAlreadyStopped() {
    if (stopped) {
      stopEverything();
      throw new StackFailure("stopped while starting");
    }
  }

  /** Services first (they hold database connections), then PostgreSQL. Safe to call twice. */
  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    stopEverything();
  }

  private synchronized void stopEverything() {
    if (!services.isEmpty() || database != null) {
      say("Stopping...");
    }
    // The gateway first: nothing new reaches the services while they drain.
    if (gateway != null) {
      try {
        gateway.stop(STOP_TIMEOUT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    services.forEach(ServiceProcess::requestStop);
    Instant deadline = Instant.now().plus(STOP_TIMEOUT);
    for (ServiceProcess process : services) {
      try {
        process.awaitExitOrKill(deadline);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (simulator != null) {
      simulator.close();
    }
    if (redis != null) {
      redis.close();
    }
    if (s3 != null) {
      s3.close();
    }
    if (database != null) {
      try {
        database.close();
      } catch (IOException e) {
        say("Could not stop PostgreSQL cleanly: " + e.getMessage());
      }
    }
    if (!services.isEmpty() || database != null) {
      say("Stopped.");
    }
  }

  /** A developer with a local Ollama runs {@code OLLAMA_BASE_URL=http://localhost:11434 ./run}. */
  private static boolean useSimulatedOllama() {
    String configured = System.getenv("OLLAMA_BASE_URL");
    return configured == null || configured.isBlank();
  }

  /** A developer with an OpenAI account runs {@code OPENAI_API_KEY=sk-... ./run}. */
  private static boolean useSimulatedOpenAi() {
    String configured = System.getenv("OPENAI_API_KEY");
    return configured == null || configured.isBlank();
  }

  /** A developer with a Mureka account runs {@code MUREKA_API_KEY=... ./run}. */
  private static boolean useSimulatedMureka() {
    String configured = System.getenv("MUREKA_API_KEY");
    return configured == null || configured.isBlank();
  }

  /** A developer with a real bucket runs {@code S3_BUCKET=... S3_ENDPOINT=... ./run}. */
  private static boolean useLocalS3() {
    String configured = System.getenv("S3_BUCKET");
    return configured == null || configured.isBlank();
  }

  private static int redisPort() {
    return port("LOCAL_REDIS_PORT", LocalRedis.DEFAULT_PORT);
  }

  private static int postgresPort() {
    return port("LOCAL_PG_PORT", DEFAULT_POSTGRES_PORT);
  }

  private static int s3Port() {
    return port("LOCAL_S3_PORT", LocalS3.DEFAULT_PORT);
  }

  private static int port(String variable, int defaultPort) {
    String configured = System.getenv(variable);
    if (configured == null || configured.isBlank()) {
      return defaultPort;
    }
    try {
      return Integer.parseInt(configured.trim());
    } catch (NumberFormatException e) {
      throw new StackFailure(variable + " is not a port number: " + configured);
    }
  }

  // A clear message beats a bind error deep in a log, and an earlier run killed with -9 leaves
  // PostgreSQL (and services) running.
  private void checkPortsFree(int postgresPort) {
    if (inUse(postgresPort)) {
      Path pidFile = state.postgresData().resolve("postmaster.pid");
      String hint =
          Files.isRegularFile(pidFile)
              ? " If an earlier run was killed, stop its PostgreSQL with: kill $(head -1 "
                  + relative(pidFile)
                  + ")"
              : "";
      throw new StackFailure(
          "Port "
              + postgresPort
              + " is in use: is the stack already running in another terminal? Set LOCAL_PG_PORT"
              + " to use another port."
              + hint);
    }
    if (inUse(redisPort())) {
      throw new StackFailure(
          "Port "
              + redisPort()
              + " (Redis) is in use: is the stack already running in another terminal? Set"
              + " LOCAL_REDIS_PORT to use another port.");
    }
    if (useLocalS3() && inUse(s3Port())) {
      throw new StackFailure(
          "Port "
              + s3Port()
              + " (S3Proxy) is in use: is the stack already running in another terminal? Set"
              + " LOCAL_S3_PORT to use another port.");
    }
    for (LocalService service : SERVICES) {
      if (inUse(service.port())) {
        throw new StackFailure(
            "Port "
                + service.port()
                + " ("
                + service.name()
                + ") is in use: is the stack already running in another terminal?");
      }
    }
    if (nginx.isPresent()) {
      for (int port : List.of(GatewayProcess.HTTP_PORT, GatewayProcess.HTTPS_PORT)) {
        if (inUse(port)) {
          throw new StackFailure(
              "Port "
                  + port
                  + " (gateway) is in use: is the stack already running in another terminal?");
        }
      }
    }
    if ((useSimulatedOllama() || useSimulatedOpenAi() || useSimulatedMureka())
        && inUse(ProviderSimulator.PORT)) {
      throw new StackFailure(
          "Port "
              + ProviderSimulator.PORT
              + " (provider simulator) is in use: is the stack already running in another"
              + " terminal?");
    }
  }

  private static boolean inUse(int port) {
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException nothingListening) {
      return false;
    }
  }

  private void printBanner(Duration took) {
    say("");
    say("Mac AI Service is running (started in " + took.toMillis() / 100 / 10.0 + " s)");
    if (gateway != null) {
      say(
          String.format(
              "  %-16s https://localhost:%d/ (certificate .local/tls/tls.crt, self-signed unless"
                  + " replaced; http://localhost:%d redirects)",
              "Gateway", GatewayProcess.HTTPS_PORT, GatewayProcess.HTTP_PORT));
    } else {
      say(String.format("  %-16s not started (%s)", "Gateway", String.join("; ", nginxMissing)));
    }
    for (LocalService service : SERVICES) {
      say(
          String.format(
              "  %-16s %s   Swagger UI: %s",
              service.name(), service.baseUrl(), service.swaggerUiUrl()));
    }
    say(String.format("  %-16s localhost:%d/%s", "PostgreSQL", database.port(), DATABASE));
    say(
        String.format(
            "  %-16s %s",
            "Ollama",
            useSimulatedOllama()
                ? simulator.baseUrl() + " (simulator; OLLAMA_BASE_URL=... ./run for a real one)"
                : System.getenv("OLLAMA_BASE_URL")));
    say(
        String.format(
            "  %-16s %s",
            "OpenAI",
            useSimulatedOpenAi()
                ? simulator.baseUrl() + " (simulator; OPENAI_API_KEY=... ./run for the real one)"
                : System.getenv().getOrDefault("OPENAI_BASE_URL", "https://api.openai.com")));
    say(String.format("  %-16s localhost:%d (%s)", "Redis", redis.port(), redis.kind()));
    say(
        String.format(
            "  %-16s %s",
            "Mureka",
            useSimulatedMureka()
                ? simulator.baseUrl() + " (simulator; MUREKA_API_KEY=... ./run for the real one)"
                : System.getenv().getOrDefault("MUREKA_BASE_URL", "https://api.mureka.ai")));
    say(
        String.format(
            "  %-16s %s",
            "S3",
            s3 != null
                ? s3.endpoint()
                    + " bucket "
                    + LocalS3.BUCKET
                    + " (S3Proxy; S3_BUCKET=... ./run for a real one)"
                : System.getenv("S3_BUCKET")
                    + " at "
                    + System.getenv().getOrDefault("S3_ENDPOINT", "AWS")));
    say(String.format("  %-16s %s", "Logs", relative(state.logs()) + "/"));
    say("");
    say(
        gateway != null
            ? "First time? Open https://localhost:"
                + GatewayProcess.HTTPS_PORT
                + "/ and choose"
                + " \"create account\": the first account becomes the admin."
            : "First time? POST /api/v1/user/create to auth-service (see the README's Try it):"
                + " the first account becomes the admin.");
    printSimulatorHints();
    say("Press Ctrl-C to stop.");
  }

  /** The simulator's magic strings (deploy/mock/README.md has them all). */
  private void printSimulatorHints() {
    if (simulator == null) {
      return;
    }
    say("The simulator answers by magic strings (no key, no cost):");
    if (useSimulatedOpenAi()) {
      say(
          "  image prompt     0001 an image · 0002 OpenAI refuses the key · fault-policy, fault-slow");
    }
    if (useSimulatedMureka()) {
      say(
          "  song lyrics      0001 done in 1 s · 0002 key refused · 0003 fails · 0007 rate-limited");
      say("  song style       30s keeps the job running for 30 s");
    }
  }

  private void printLogTail(Path log, List<String> tail) {
    say("---- end of " + relative(log) + " ----");
    tail.forEach(System.out::println);
    say("----");
  }

  private String relative(Path path) {
    return repoRoot.relativize(path).toString();
  }

  private static void say(String line) {
    System.out.println("[stack] " + line);
  }
}
