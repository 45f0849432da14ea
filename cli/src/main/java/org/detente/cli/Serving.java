package org.detente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.detente.store.StoreReader;
import org.detente.web.Labels;
import org.detente.web.WebServer;

/**
 * A store served on the web: a read-only reader and the server over it, stopped together. Shared by
 * {@code detente serve} and {@code detente run --serve}.
 */
final class Serving implements AutoCloseable {
  /** Connections the server reads through; DuckDB runs each query on every core. */
  private static final int CONNECTIONS = 4;

  private final StoreReader reader;
  private final WebServer server;
  private boolean closed;

  private Serving(StoreReader reader, WebServer server) {
    this.reader = reader;
    this.server = server;
  }

  /** Opens {@code db} read-only and serves it on {@code host:port} (0: any free port). */
  static Serving start(Path db, Labels labels, String host, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0-65535, was " + port);
    }
    StoreReader reader = StoreReader.open(db, CONNECTIONS);
    try {
      return new Serving(reader, WebServer.start(reader, labels, host, port));
    } catch (RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  String url() {
    return server.url();
  }

  /**
   * Prints where the store is served, then blocks until the process is stopped (Ctrl-C) or this thread is
   * interrupted; stops serving either way.
   */
  void serveUntilStopped(PrintWriter out, Path db) {
    out.println("serving " + db + " read-only at " + url() + " (Ctrl-C to stop)");
    out.flush();
    Thread hook = new Thread(this::close, "detente-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean interrupted = false;
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      interrupted = true;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: it closes the server
      return;
    }
    // stop the server before restoring the interrupt, which would cut Jetty's own stop short
    close();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      server.close();
    } finally {
      reader.close();
    }
  }
}
