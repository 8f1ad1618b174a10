import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * What song-service needs for the benchmark, on the ports given, when the local stack's fixed ports
 * are taken: an embedded PostgreSQL provisioned like production, the Mureka simulator (with its
 * request journal off, as the local stack runs it). Redis is the system's, started by
 * standalone.sh. Run from song-service/ with the test classpath: {@code java -cp ...
 * bench/BenchStack.java PG MOCK}.
 */
public class BenchStack {

  public static void main(String[] args) throws Exception {
    int postgresPort = Integer.parseInt(args[0]);
    int mockPort = Integer.parseInt(args[1]);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(postgresPort).start();
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("CREATE DATABASE macai");
    }
    String script =
        Files.readString(Path.of("../deploy/postgres/service-schema.sql"))
            .replace("${schema}", "song")
            .replace("${role}", "song_service")
            .replace("${database}", "macai")
            .replace("${password}", "bench");
    try (Connection admin = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "macai"));
        Statement sql = admin.createStatement()) {
      sql.execute(script);
    }
    WireMockServer mureka =
        new WireMockServer(
            options()
                .port(mockPort)
                .containerThreads(60)
                .disableRequestJournal()
                .usingFilesUnderDirectory("../deploy/mock/mureka"));
    mureka.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  mureka.stop();
                  try {
                    postgres.close();
                  } catch (Exception e) {
                    System.out.println("postgres did not stop cleanly: " + e);
                  }
                }));
    System.out.println("READY");
    Thread.currentThread().join();
  }
}
