package dev.macai.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * PostgreSQL, Redis or S3Proxy: a process the services need and the launcher owns. When one dies,
 * the {@link ProcessSupervisor} starts it again on the same port and data, and the services
 * reconnect by themselves.
 */
interface Dependency extends AutoCloseable {

  /** As the person at the terminal knows it, e.g. "PostgreSQL". */
  String name();

  /** Completes when the process ends. */
  CompletableFuture<?> onExit();

  boolean isAlive();

  /** The server process's id, for the person (or the fault drill) looking at it. */
  long pid();

  /** Where its output goes. */
  Path log();

  /** Cleans up after the dead process and starts a new one with the same port and data. */
  Dependency startAgain() throws IOException, InterruptedException;

  @Override
  void close();
}
