package org.detente.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.core.Rejection;

/**
 * Plans the re-reading of rejected documents (#5, {@code detente code --retry-rejects}): from the origins of
 * stored rejects to the files they came from, with the manifests that describe those files. A file is read
 * whole again: JSON Lines and WARC files give all their documents, and those already coded are recognised by
 * the store as such.
 *
 * <p>Manifests found: the one given, and a {@value DocumentReader#MANIFEST_NAME} in the file's folder or any
 * folder above it (only their entries for the retried files are used). A retried file that is itself a manifest
 * (a bad manifest line was rejected) is read again as a manifest.
 */
public final class RetryPlanner {
  /** {@code FILE:LINE}, {@code FILE[INDEX]} or {@code FILE@OFFSET}: a document inside a file. */
  private static final Pattern INSIDE = Pattern.compile("(.+?)(:\\d+|\\[\\d+]|@\\d+)");

  private RetryPlanner() {}

  /** The file an origin names: the origin itself, or the file a line, array item or WARC record is in. */
  public static Path fileOf(String origin) {
    Path whole = Path.of(origin);
    Matcher m = INSIDE.matcher(origin);
    if (Files.exists(whole) || !m.matches()) {
      return whole.toAbsolutePath().normalize();
    }
    return Path.of(m.group(1)).toAbsolutePath().normalize();
  }

  /** The plan that reads the files of these rejected origins again. */
  public static DocumentReader.Plan plan(Collection<String> origins, Optional<Path> manifest) {
    Set<Path> files = new LinkedHashSet<>();
    origins.forEach(o -> files.add(fileOf(o)));
    Set<Path> manifests = new LinkedHashSet<>();
    manifest.ifPresent(m -> manifests.add(m.toAbsolutePath().normalize()));
    for (Path f : files) {
      for (Path dir = f.getParent(); dir != null; dir = dir.getParent()) {
        Path auto = dir.resolve(DocumentReader.MANIFEST_NAME);
        if (Files.isRegularFile(auto)) {
          manifests.add(auto);
        }
      }
    }
    Map<Path, ManifestEntry> described = new HashMap<>();
    List<Rejection> early = new ArrayList<>();
    List<ManifestReader.Manifest> read = new ArrayList<>();
    for (Path m : manifests) {
      ManifestReader.Manifest one = ManifestReader.read(m);
      read.add(one);
      if (files.contains(m)) {
        early.addAll(one.rejections());
        // the manifest was retried for a bad line: the files it names are read again too, so that a
        // line fixed to name its file codes that file
        one.entries().forEach(e -> files.add(e.path()));
      }
    }
    for (ManifestReader.Manifest one : read) {
      for (ManifestEntry e : one.entries()) {
        if (files.contains(e.path())) {
          described.putIfAbsent(e.path(), e);
        }
      }
    }
    List<Path> documents = new ArrayList<>(files);
    documents.removeAll(manifests);
    return new DocumentReader.Plan(documents, described, early);
  }
}
