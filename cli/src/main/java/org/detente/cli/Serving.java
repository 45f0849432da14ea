package org.detente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.detente.store.DuckDbStore;
import org.detente.store.Spool;
import org.detente.store.StoreReader;
import org.detente.web.Labels;
import org.detente.web.WebServer;

/**
 * A store served on the web: the reader that owns the store, the server over it, and the thread that imports
 * what coding runs spool for it (#5), stopped together. Shared by {@code detente serve}, {@code detente run
 * --serve} and {@code detente bench-api}.
 */
final class Serving implements AutoCloseable {
  /** Connections the server reads through; DuckDB runs each query on every core. */
  private static final int CONNECTIONS = 4;

  /** Shortest pause between looks at the spool; after an import, twice the time it took, so at most a third of a core. */
  private static final long POLL_MILLIS = 500;

  private final StoreReader reader;
  private final WebServer server;
  private final Spool spool;
  private final Thread importer;
  private final PrintWriter log;
  private boolean closed;

  private Serving(StoreReader reader, WebServer server, Spool spool, PrintWriter log) {
    this.reader = reader;
    this.server = server;
    this.spool = spool;
    this.log = log;
    this.importer = new Thread(this::importUntilClosed, "detente-spool");
    importer.setDaemon(true);
  }

  /**
   * Takes {@code db} (importing what its spool holds), serves it on {@code host:port} (0: any free port), and
   * from then on imports the batches coding runs spool for it, saying so on {@code log}.
   */
  static Serving start(Path db, Labels labels, String host, int port, PrintWriter log) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0-65535, was " + port);
    }
    StoreReader reader = StoreReader.serve(db, CONNECTIONS);
    try {
      Serving s = new Serving(reader, WebServer.start(reader, labels, host, port), Spool.of(db), log);
      s.spool.markServer();
      s.importer.start();
      return s;
    } catch (RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private void say(String line) {
    synchronized (log) {
      log.println(line);
      log.flush();
    }
  }

  private void importUntilClosed() {
    long pause = POLL_MILLIS;
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        return;
      }
      long t0 = System.nanoTime();
      try {
        int n = reader.absorb(spool);
        if (n > 0) {
          DuckDbStore.Totals t = reader.totals();
          say(String.format(Locale.ROOT, "%s imported %d spooled batch(es) in %.1f s: %d documents, %d events",
              LocalTime.now().truncatedTo(ChronoUnit.SECONDS), n, (System.nanoTime() - t0) / 1e9, t.documents(), t.events()));
        }
      } catch (RuntimeException e) {
        // the batch stays in the spool and is tried again; the server keeps answering from what it has
        say("cannot import the spool " + spool.dir() + " (tried again shortly): " + e.getMessage());
      }
      pause = Math.max(POLL_MILLIS, 2 * (System.nanoTime() - t0) / 1_000_000);
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
    out.println("serving " + db + " at " + url() + " (Ctrl-C to stop); detente code on the same file hands its"
        + " documents to this server");
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
    importer.interrupt();
    try {
      importer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      spool.unmarkServer();
      server.close();
    } finally {
      reader.close();
    }
  }
}
