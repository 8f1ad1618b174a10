package dev.macai.song.storage.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.macai.song.storage.domain.AudioUrlPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guard against real HTTP servers: "Mureka" (the trusted origin, as the simulator is) and an
 * "internal" service on another port that must never receive a request, whatever Mureka answers.
 */
class AudioDownloaderTest {

  static final byte[] MP3 = mp3(64);
  static WireMockServer mureka;
  static WireMockServer internal;
  static AudioDownloader downloader;

  @BeforeAll
  static void start() {
    mureka = new WireMockServer(options().dynamicPort());
    internal = new WireMockServer(options().dynamicPort());
    mureka.start();
    internal.start();
    internal.stubFor(get(anyUrl()).willReturn(aResponse().withBody("# metrics, secrets")));
    String secret = "http://127.0.0.1:" + internal.port() + "/q/metrics";
    mureka.stubFor(get(urlEqualTo("/a.mp3")).willReturn(aResponse().withBody(MP3)));
    mureka.stubFor(
        get(urlEqualTo("/moved.mp3"))
            .willReturn(aResponse().withStatus(302).withHeader("Location", "/a.mp3")));
    mureka.stubFor(
        get(urlEqualTo("/to-internal.mp3"))
            .willReturn(aResponse().withStatus(302).withHeader("Location", secret)));
    mureka.stubFor(
        get(urlEqualTo("/page.mp3")).willReturn(aResponse().withBody("<html>not audio</html>")));
    mureka.stubFor(get(urlEqualTo("/huge.mp3")).willReturn(aResponse().withBody(mp3(4096))));
    AudioUrlPolicy policy =
        new AudioUrlPolicy(URI.create("http://localhost:" + mureka.port()), Set.of());
    downloader = new AudioDownloader(policy, host -> List.of(InetAddress.getAllByName(host)), 2048);
  }

  @AfterAll
  static void stop() {
    mureka.stop();
    internal.stop();
  }

  @Test
  void fetchesAudioFromTheMurekaOriginAndFollowsItsOwnRedirect() throws IOException {
    assertThat(fetch(mureka.url("/a.mp3"))).isEqualTo(MP3);
    assertThat(fetch(mureka.url("/moved.mp3"))).isEqualTo(MP3);
  }

  @Test
  void neverConnectsToAnInternalAddress() {
    assertThatThrownBy(() -> fetch("http://127.0.0.1:" + internal.port() + "/q/metrics"))
        .hasMessageContaining("must be https");
    // https does not help: localhost resolves to loopback.
    assertThatThrownBy(() -> fetch("https://localhost:" + internal.port() + "/q/metrics"))
        .hasMessageContaining("resolves to the internal");
    assertThatThrownBy(() -> fetch("https://169.254.169.254/latest/meta-data/"))
        .hasMessageContaining("resolves to the internal");
    internal.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aRedirectToAnInternalAddressIsRefusedBeforeTheHop() {
    assertThatThrownBy(() -> fetch(mureka.url("/to-internal.mp3")))
        .hasMessageContaining("audio URL refused");
    internal.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void whatIsNotAudioIsNotArchived() {
    assertThatThrownBy(() -> fetch(mureka.url("/page.mp3"))).hasMessageContaining("not mp3");
  }

  @Test
  void aBodyBeyondTheCapFailsTheCopy() {
    assertThatThrownBy(() -> fetch(mureka.url("/huge.mp3")))
        .hasRootCauseMessage("the audio is larger than SONG_AUDIO_MAX_BYTES (2048)");
  }

  private static byte[] fetch(String url) throws IOException {
    AtomicReference<byte[]> body = new AtomicReference<>();
    downloader.fetch(url, "mp3", in -> body.set(readAll(in)));
    return body.get();
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] mp3(int length) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) 0);
    bytes[0] = 'I';
    bytes[1] = 'D';
    bytes[2] = '3';
    return bytes;
  }
}
