package org.detente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.detente.analysis.DyadBalance;
import org.detente.analysis.Prediction;
import org.detente.core.ActorCode;
import org.detente.core.CodedEvent;
import org.detente.ingest.DocumentReader;
import org.detente.ingest.IngestConfig;
import org.detente.nlp.NlpConfig;
import org.detente.store.CodingTarget;
import org.detente.store.DuckDbStore;
import org.detente.store.Dyad;
import org.detente.store.EventQuery;
import org.detente.store.Interval;
import org.detente.store.Spool;
import org.detente.store.StoreException;
import org.detente.store.StoreReader;
import org.detente.store.StoredEvent;
import org.detente.store.StoredReject;
import org.detente.web.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code detente} command line. */
@Command(
    name = "detente",
    mixinStandardHelpOptions = true,
    version = Engine.CODER_VERSION,
    description = "Codes international news into CAMEO political events, with dates, modes and evidence.",
    subcommands = {
      Detente.Run.class, Detente.Code.class, Detente.Events.class, Detente.Export.class, EvalCommand.class,
      Detente.Rejects.class, Detente.Serve.class, Detente.ReportCommand.class, Bench.class, BenchApi.class, Load.class
    })
public final class Detente implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Detente());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("detente: " + e.getMessage());
      if (System.getenv("DETENTE_DEBUG") != null) {
        e.printStackTrace(line.getErr());
      }
      return 2;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every command that touches the store shares. */
  static final class StoreOptions extends DictionaryOptions {
    @Option(names = "--db", description = "store file (default: ${DEFAULT-VALUE})", defaultValue = "detente.duckdb")
    Path db;
  }

  /** User dictionaries over the built-in ones (README: "Bring your own dictionaries"). */
  static class DictionaryOptions {
    @Option(names = "--actors", description = "extra actor file(s), people format (TSV) or PETRARCH format")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--agents", description = "extra agent file(s) in the PETRARCH format")
    List<Path> agentFiles = new ArrayList<>();

    /** The engine with these dictionaries; lines of them that could not be used are listed on {@code err}. */
    Engine engine(PrintWriter err) {
      Engine engine = new Engine(actorFiles, agentFiles);
      List<String> skipped = engine.dictionary().skipped();
      if (!skipped.isEmpty()) {
        err.println("detente: " + skipped.size() + " dictionary line(s) not used:");
        skipped.forEach(line -> err.println("  " + line));
      }
      return engine;
    }
  }

  /** Options for commands that code documents. */
  static final class CodeOptions {
    @Option(names = "--manifest", description = "manifest (JSON Lines: id, path, published, title, source, url)")
    Optional<Path> manifest = Optional.empty();

    @Option(names = "--threads", description = "coding threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", description = "reject files (JSON Lines and WARC: records) larger than this"
        + " (default: ${DEFAULT-VALUE})", defaultValue = "10485760")
    long maxBytes;

    // #6: the CoreNLP configuration study of docs/PERFORMANCE.md; hidden, the default is the one to use
    @Option(names = "--nlp-profile", hidden = true, defaultValue = "coding")
    String nlpProfile;
  }

  static CodingRun codingRun(Engine engine, CodingTarget store, CodeOptions o) {
    if (o.threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, was " + o.threads);
    }
    DocumentReader reader = new DocumentReader(new IngestConfig(o.maxBytes));
    return new CodingRun(reader, engine.pipeline(NlpConfig.named(o.nlpProfile)), store, o.threads);
  }

  static java.io.PrintStream progressStream() {
    return new java.io.PrintStream(System.err, true, StandardCharsets.UTF_8);
  }

  static CodingRun.Counts code(Engine engine, CodingTarget store, List<Path> inputs, CodeOptions o) {
    return codingRun(engine, store, o).run(inputs, o.manifest, progressStream(), System.console() != null);
  }

  /**
   * The store opened for writing, or empty when a running {@code detente serve} owns it (#5): the run then
   * hands its documents to the server through the store's spool.
   */
  static Optional<DuckDbStore> openUnlessServed(Engine engine, Path db, PrintWriter err) {
    try {
      return Optional.of(engine.openStore(db));
    } catch (StoreException e) {
      Spool spool = Spool.of(db);
      long server = spool.server().orElseThrow(() -> e);
      err.println("detente: " + db + " is served by process " + server + "; coded documents go to it through "
          + spool.dir());
      err.flush();
      return Optional.empty();
    }
  }

  static List<Prediction> predictions(DuckDbStore store, EventQuery q) {
    List<Prediction> out = new ArrayList<>();
    store.events(q, e -> out.add(new Prediction(e.event(), e.sourceKey(), e.targetKey())));
    return out;
  }

  @Command(name = "code", description = "Code documents (files, folders, manifests) into the store.")
  static final class Code implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin CodeOptions coding;

    @Parameters(description = "files or folders to code (.txt, .html, .htm, .json, .jsonl, .warc, .warc.gz)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--retry-rejects", description = "read the files of the stored rejects again (after fixing"
        + " them): what codes now loses its reject, what does not gets the new reason")
    boolean retryRejects;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (retryRejects && !inputs.isEmpty()) {
        throw new IllegalArgumentException("--retry-rejects reads the files of the stored rejects; give no files"
            + " with it (was: " + inputs + ")");
      }
      if (!retryRejects && inputs.isEmpty() && coding.manifest.isEmpty()) {
        throw new IllegalArgumentException("nothing to code: give files, folders or --manifest FILE");
      }
      PrintWriter err = spec.commandLine().getErr();
      Engine engine = store.engine(err);
      CodingRun.Counts c;
      String handed = "";
      Optional<DuckDbStore> direct = openUnlessServed(engine, store.db, err);
      if (direct.isPresent()) {
        try (DuckDbStore db = direct.get()) {
          if (retryRejects) {
            List<String> origins = db.rejects().stream().map(StoredReject::origin).toList();
            out.println("retrying " + origins.size() + " rejected documents");
            c = codingRun(engine, db, coding).retry(db, origins, coding.manifest, progressStream(),
                System.console() != null);
          } else {
            c = code(engine, db, inputs, coding);
          }
        }
      } else if (retryRejects) {
        throw new IllegalStateException("--retry-rejects needs the store itself, which a running detente serve"
            + " holds: stop the server, retry, and serve again");
      } else {
        c = code(engine, engine.spoolWriter(Spool.of(store.db)), inputs, coding);
        handed = " (handed to the server)";
      }
      out.println("events: " + c.events() + " new" + handed);
      out.println(c.line());
      if (c.in() == 0 && !retryRejects) {
        err.println("detente: no documents found in " + inputs);
        return 1;
      }
      return c.in() > 0 && c.coded() == 0 ? 1 : 0;
    }
  }

  @Command(name = "run", description = "Code DIR (default: the shipped example corpus) and print a summary;"
      + " with --serve, then serve the store on the web.")
  static final class Run implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin CodeOptions coding;

    @Parameters(arity = "0..1", description = "folder to code (default: examples/corpus)")
    Optional<Path> dir = Optional.empty();

    @Option(names = "--top", description = "dyads to show (default: ${DEFAULT-VALUE})", defaultValue = "10")
    int top;

    @Option(names = "--serve", description = "after coding, serve the store on the web (see detente serve)")
    boolean serve;

    @Mixin WebOptions web;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Path input = dir.orElse(Path.of(System.getProperty("detente.home", "."), "examples", "corpus"));
      if (!Files.exists(input)) {
        throw new IllegalArgumentException("no such folder: " + input);
      }
      Engine engine = store.engine(spec.commandLine().getErr());
      int exit;
      try (DuckDbStore db = engine.openStore(store.db)) {
        CodingRun.Counts c = code(engine, db, List.of(input), coding);
        DuckDbStore.Totals t = db.totals();
        out.printf(Locale.ROOT, "store %s: %d documents, %d events, %d rejects%n", store.db, t.documents(),
            t.events(), t.rejects());
        out.println("top dyads (events, cooperative/conflictual, net cooperation, mean Goldstein):");
        List<DyadBalance> dyads = DyadBalance.of(predictions(db, EventQuery.all()));
        for (DyadBalance d : dyads.subList(0, Math.min(top, dyads.size()))) {
          out.printf(Locale.ROOT, "  %-4s %-4s %5d  %4d/%-4d  %+.2f  %+.2f%n", d.a(), d.b(), d.events(), d.cooperation(),
              d.conflict(), d.balance(), d.meanGoldstein());
        }
        out.println("events: " + c.events() + " new");
        out.println(c.line());
        exit = c.in() > 0 && c.coded() == 0 ? 1 : 0;
      }
      if (serve) {
        // the writer is closed: the server takes the file (DuckDB: one process writes it)
        try (Serving s = Serving.start(store.db, engine.labels(), web.host, web.port, out)) {
          s.serveUntilStopped(out, store.db);
        }
      }
      return exit;
    }
  }

  /** Where to serve. */
  static final class WebOptions {
    @Option(names = "--port", description = "port to serve on, 0 for any free one (default: ${DEFAULT-VALUE})",
        defaultValue = "7070")
    int port;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only;"
        + " 0.0.0.0 for every interface)", defaultValue = "127.0.0.1")
    String host;
  }

  @Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the store: the dyad page at / and the read-only REST API at /api"
      + " (described at /api/openapi.json); detente code on the same store hands its documents to the server.")
  static final class Serve implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin WebOptions web;

    @Override
    public Integer call() {
      Engine engine = store.engine(spec.commandLine().getErr());
      PrintWriter out = spec.commandLine().getOut();
      try (Serving s = Serving.start(store.db, engine.labels(), web.host, web.port, out)) {
        s.serveUntilStopped(out, store.db);
      }
      return 0;
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true, description = "Write one dyad's chart and event list as a self-contained HTML file"
      + " (scripts inlined: it opens with no server and no network).")
  static final class ReportCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--dyad", required = true, description = "two actors, e.g. JPN-RUS")
    String dyad;

    @Option(names = "--out", required = true, description = "the HTML file to write")
    Path file;

    @Option(names = "--interval", description = "period the chart opens with: week, month or year (default:"
        + " ${DEFAULT-VALUE})", defaultValue = "month")
    String interval;

    @Override
    public Integer call() throws IOException {
      String[] ab = dyad(this.dyad);
      Dyad d = new Dyad(ab[0], ab[1]);
      Interval i = Interval.parse(interval);
      Engine engine = store.engine(spec.commandLine().getErr());
      Path target = file.toAbsolutePath();
      Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
      Report.Summary r;
      try (StoreReader reader = StoreReader.open(store.db, 1)) {
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          r = Report.write(reader, engine.labels(), d, i, w);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
      spec.commandLine().getOut().printf(Locale.ROOT, "report %s: %d events in %d %s periods%s, written to %s%n", d,
          r.events(), r.periods(), i.label(), r.truncated() ? " (the list holds the first " + r.listed() + ")" : "", file);
      return 0;
    }
  }

  @Command(name = "events", description = "Print events as a table, oldest first.")
  static final class Events implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--dyad", description = "two actors, e.g. JPN-RUS (either direction)")
    Optional<String> dyad = Optional.empty();

    @Option(names = "--doc", description = "one document's events")
    Optional<String> doc = Optional.empty();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Engine engine = store.engine(spec.commandLine().getErr());
      try (DuckDbStore db = engine.openStore(store.db)) {
        EventQuery q = new EventQuery(dyad.map(Detente::dyad), doc);
        out.printf("%-10s %-5s %-12s %-10s %-10s %-5s %-38s %s%n", "date", "prec", "mode", "source", "target", "code",
            "event", "evidence");
        int[] n = {0};
        db.events(q, e -> {
          n[0]++;
          CodedEvent ev = e.event();
          String name = engine.codebook().define(ev.code()).name();
          out.printf("%-10s %-5s %-12s %-10s %-10s %-5s %-38s %s%n", ev.date().map(d -> d.text()).orElse("-"),
              ev.date().map(d -> d.precision().label()).orElse("-"), ev.mode().label(), ev.source().map(ActorCode::value).orElse("-"), ev.target().map(ActorCode::value).orElse("-"),
              ev.code(), shorten(name, 38), shorten(ev.evidence().replaceAll("\\s+", " "), 100));
        });
        out.println(n[0] + " events");
        return 0;
      }
    }
  }

  @Command(name = "export", description = "Write events as JSON Lines, CSV or GDELT 2.0 event rows.")
  static final class Export implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--format", description = "jsonl, csv or gdelt (default: ${DEFAULT-VALUE})", defaultValue = "jsonl")
    String format;

    @Option(names = "--out", description = "output file (default: standard output)")
    Optional<Path> file = Optional.empty();

    @Option(names = "--dyad", description = "only events between two actors, e.g. JPN-RUS")
    Optional<String> dyad = Optional.empty();

    @Override
    public Integer call() throws IOException {
      EventFormat f = EventFormat.parse(format);
      Engine engine = store.engine(spec.commandLine().getErr());
      try (DuckDbStore db = engine.openStore(store.db);
          Writer w = file.isPresent()
              ? Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8)
              : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
        f.header(w);
        long[] n = {0};
        db.events(new EventQuery(dyad.map(Detente::dyad), Optional.empty()), e -> {
          if (f.write(e, w, engine.codebook())) {
            n[0]++;
          }
        });
        w.flush();
        spec.commandLine().getErr().println("exported " + n[0] + " events" + file.map(p -> " to " + p).orElse(""));
      }
      return 0;
    }
  }

  @Command(name = "rejects", description = "List documents that were not coded, with the reason.")
  static final class Rejects implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Engine engine = store.engine(spec.commandLine().getErr());
      try (DuckDbStore db = engine.openStore(store.db)) {
        List<StoredReject> rejects = db.rejects();
        for (StoredReject r : rejects) {
          out.printf("%-12s %s%n", r.kind(), r.message());
        }
        out.println(rejects.size() + " rejected documents");
        return 0;
      }
    }
  }

  static String[] dyad(String text) {
    String[] ab = text.toUpperCase(Locale.ROOT).split("-");
    if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
      throw new IllegalArgumentException("--dyad wants two actors joined by '-', e.g. JPN-RUS, was '" + text + "'");
    }
    return ab;
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

}
