package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder beside a store ({@code detente.duckdb.spool/}) through which a coding run hands its documents to
 * a server that owns the store (#5: DuckDB lets one process write a file). It holds
 * <ul>
 *   <li>{@code batch-<millis>-<pid>-<n>.duckdb}: finished batches, each a small store of its own, written under
 *       a {@code .tmp} name, synced and renamed, so a batch is there whole or not at all;
 *   <li>{@code server.pid}: the process id of the server that owns the store, while it runs;
 *   <li>{@code coded.tsv}: {@code id TAB sha256} of every document in the store, rewritten by the server
 *       before it deletes the batches it imported, so that a coding run can skip what is coded.
 * </ul>
 * Every file is replaced by an atomic rename; readers never see half a file.
 */
public final class Spool {
  private static final Pattern BATCH = Pattern.compile("batch-[0-9]{13}-([0-9]+)-[0-9]{6}\\.duckdb");
  private static final Pattern TEMP = Pattern.compile("batch-[0-9]{13}-([0-9]+)-[0-9]{6}\\.tmp(\\.wal)?");

  private final Path dir;

  private Spool(Path dir) {
    this.dir = dir;
  }

  /** The spool of the store at {@code db}. */
  public static Spool of(Path db) {
    requireNonNull(db, "db");
    Path abs = db.toAbsolutePath();
    return new Spool(abs.resolveSibling(abs.getFileName() + ".spool"));
  }

  public Path dir() {
    return dir;
  }

  /** The finished batches, oldest first. */
  public List<Path> pending() {
    return list(BATCH);
  }

  /** Temporary files of writers that are no longer running (a coding run killed mid-batch). */
  List<Path> abandoned() {
    List<Path> out = new ArrayList<>();
    for (Path p : list(TEMP)) {
      Matcher m = TEMP.matcher(p.getFileName().toString());
      if (m.matches() && !alive(Long.parseLong(m.group(1)))) {
        out.add(p);
      }
    }
    return out;
  }

  private List<Path> list(Pattern names) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> names.matcher(p.getFileName().toString()).matches()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the spool " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The process id of the running server that owns the store, if one does. */
  public Optional<Long> server() {
    try {
      long pid = Long.parseLong(Files.readString(dir.resolve("server.pid"), StandardCharsets.US_ASCII).strip());
      return alive(pid) ? Optional.of(pid) : Optional.empty();
    } catch (NoSuchFileException | NumberFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve("server.pid") + ": " + e.getMessage(), e);
    }
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Says that this process serves the store, until {@link #unmarkServer()}. */
  public void markServer() {
    replace("server.pid", Long.toString(ProcessHandle.current().pid()) + "\n");
  }

  public void unmarkServer() {
    try {
      Files.deleteIfExists(dir.resolve("server.pid"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir.resolve("server.pid") + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the folder, for a store that is deleted too. */
  public void deleteWithStore() throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  /** The {@code id TAB sha256} keys of the documents in the store, as the server last wrote them. */
  Set<String> coded() {
    try {
      return new HashSet<>(Files.readAllLines(dir.resolve("coded.tsv"), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return new HashSet<>();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve("coded.tsv") + ": " + e.getMessage(), e);
    }
  }

  void writeCoded(Collection<String> keys) {
    StringBuilder b = new StringBuilder();
    for (String k : keys) {
      b.append(k).append('\n');
    }
    replace("coded.tsv", b.toString());
  }

  static String key(String id, String sha256) {
    return id + "\t" + sha256;
  }

  /** Writes {@code name} whole: a temporary file, synced, renamed over the old one, the folder synced. */
  private void replace(String name, String content) {
    Path tmp = dir.resolve(name + ".tmp");
    try {
      Files.createDirectories(dir);
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      publish(tmp, dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
    }
  }

  /** Syncs {@code tmp}, renames it to {@code target} atomically, and syncs the folder so the rename lasts. */
  static void publish(Path tmp, Path target) throws IOException {
    try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      c.force(true);
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel d = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
      d.force(true);
    }
  }
}
