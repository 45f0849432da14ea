package org.detente.cli;

import java.io.PrintStream;
import java.time.Duration;

/** Documents done/total, rate and time left on one terminal line; silent when output is not a terminal. */
final class Progress {
  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintStream out;
  private final boolean enabled;
  private final long total;
  private final long started = System.nanoTime();
  private long last;
  private long done;

  Progress(PrintStream out, boolean terminal, long total) {
    this.out = out;
    this.enabled = terminal;
    this.total = total;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (enabled && (now - last > EVERY_NANOS || done == total)) {
      last = now;
      double seconds = (now - started) / 1e9;
      double rate = seconds > 0 ? done / seconds : 0;
      long left = rate > 0 ? (long) ((total - done) / rate) : 0;
      out.printf("\rdocuments %d/%d  %.1f docs/s  %s left   ", done, total, rate, clock(Duration.ofSeconds(left)));
      out.flush();
    }
  }

  void finish() {
    if (enabled) {
      out.print("\r" + " ".repeat(60) + "\r");
      out.flush();
    }
  }

  private static String clock(Duration d) {
    return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }
}
