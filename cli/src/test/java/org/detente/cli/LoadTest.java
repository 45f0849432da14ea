package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code detente load} sends requests to this machine only. */
class LoadTest {
  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.1:7070/", "http://192.168.1.20/", "http://[2001:db8::1]:7070/",
      "http://8.8.8.8:80/", "http://0.0.0.0:7070/"})
  void refusesEveryAddressButLoopback(String url) {
    assertThatThrownBy(() -> Load.requireLoopback(URI.create(url))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a loopback address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://127.0.0.1:7070/", "file:///etc/passwd", "ftp://127.0.0.1/"})
  void refusesOtherSchemes(String url) {
    assertThatThrownBy(() -> Load.requireLoopback(URI.create(url))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http://HOST:PORT/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:7070/", "http://localhost:7070/", "http://[::1]:7070/", "http://127.8.9.10/"})
  void acceptsLoopback(String url) {
    Load.requireLoopback(URI.create(url));
  }

  @Test
  void theCommandRefusesBeforeSendingAnything() {
    Cli c = Cli.run("load", "--url", "http://10.0.0.1:7070/", "--seconds", "1");
    assertThat(c.exit).isEqualTo(2);
    assertThat(c.err).contains("load tests only this machine");
  }
}
