package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.detente.core.ActorCode;
import org.detente.core.ArticleId;
import org.detente.core.CodedArticle;
import org.detente.core.Rejection;

/**
 * A coding run's {@link CodingTarget} while a server owns the store: each batch of coded documents (with the
 * rejects since the last batch) becomes one file in the {@link Spool}, a small store written by
 * {@link DuckDbStore}, synced and renamed into place; the server imports it in one transaction. The run's
 * last batch carries the run's counts. A document is skipped when the store holds it (the spool's
 * {@code coded.tsv}) or a batch waiting in the spool does.
 *
 * <p>Run ids belong to the store: {@link #beginRun()} gives 0, and the server numbers the run when it imports
 * the last batch. Rejects wait for the next batch, so a run killed midway loses them with its unfinished
 * batch; the next run reads those documents again.
 */
public final class SpoolWriter implements CodingTarget {
  private final Spool spool;
  private final Function<ActorCode, String> actorKey;
  private final String coderVersion;
  private final Set<String> skip;
  private final List<Rejection> rejects = new ArrayList<>();
  private int written;

  private SpoolWriter(Spool spool, Function<ActorCode, String> actorKey, String coderVersion, Set<String> skip) {
    this.spool = spool;
    this.actorKey = actorKey;
    this.coderVersion = coderVersion;
    this.skip = skip;
  }

  /**
   * A writer into {@code spool}, knowing what is coded: the batches waiting there, then the server's list of
   * stored documents (read in this order: the server rewrites its list before it deletes a batch it imported).
   */
  public static SpoolWriter open(Spool spool, Function<ActorCode, String> actorKey, String coderVersion) {
    requireNonNull(spool, "spool");
    Set<String> skip = new HashSet<>();
    for (Path batch : spool.pending()) {
      readKeys(batch, skip);
    }
    skip.addAll(spool.coded());
    return new SpoolWriter(spool, requireNonNull(actorKey, "actorKey"), requireNonNull(coderVersion, "coderVersion"),
        skip);
  }

  private static void readKeys(Path batch, Set<String> into) {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + batch, readOnly);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id, sha256 FROM documents")) {
      while (r.next()) {
        into.add(Spool.key(r.getString(1), r.getString(2)));
      }
    } catch (SQLException e) {
      if (Files.exists(batch)) {
        throw new StoreException("cannot read the spooled batch " + batch + ": " + e.getMessage(), e);
      }
      // imported and deleted meanwhile: the server's list of stored documents, read next, has it
    }
  }

  @Override
  public long beginRun() {
    return 0;
  }

  @Override
  public boolean isCoded(ArticleId id, String sha256) {
    return skip.contains(Spool.key(id.value(), sha256));
  }

  @Override
  public void saveCodedAll(List<CodedArticle> documents, long run) {
    write(documents, Optional.empty());
  }

  @Override
  public void saveRejected(Rejection r, long run) {
    rejects.add(requireNonNull(r, "r"));
  }

  @Override
  public void finishRun(long run, long in, long coded, long rejected) {
    write(List.of(), Optional.of(new long[] {in, coded, rejected}));
  }

  /** One batch file: the documents, the rejects waiting, and the run's counts when it is the last. */
  private void write(List<CodedArticle> documents, Optional<long[]> counts) {
    String name = String.format(Locale.ROOT, "batch-%013d-%d-%06d", System.currentTimeMillis(),
        ProcessHandle.current().pid(), written++);
    Path tmp = spool.dir().resolve(name + ".tmp");
    try {
      Files.createDirectories(spool.dir());
      try (DuckDbStore batch = DuckDbStore.open(tmp, actorKey, coderVersion)) {
        long r = batch.beginRun();
        if (!documents.isEmpty()) {
          batch.saveCodedAll(documents, r);
        }
        for (Rejection x : rejects) {
          batch.saveRejected(x, r);
        }
        if (counts.isPresent()) {
          batch.finishRun(r, counts.get()[0], counts.get()[1], counts.get()[2]);
        }
      }
      Spool.publish(tmp, spool.dir().resolve(name + ".duckdb"));
    } catch (IOException e) {
      deleteQuietly(tmp, e);
      throw new UncheckedIOException("cannot spool a batch into " + spool.dir() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(tmp, e);
      throw e;
    }
    rejects.clear();
    for (CodedArticle c : documents) {
      skip.add(Spool.key(c.article().id().value(), c.article().sha256()));
    }
  }

  private static void deleteQuietly(Path tmp, Exception primary) {
    try {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + ".wal"));
    } catch (IOException e) {
      primary.addSuppressed(e);
    }
  }
}
