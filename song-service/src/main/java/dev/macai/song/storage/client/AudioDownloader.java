package dev.macai.song.storage.client;

import dev.macai.song.storage.config.AudioDownloadConfig;
import dev.macai.song.storage.domain.AudioSignature;
import dev.macai.song.storage.domain.AudioUrlPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches a choice's audio from the URL Mureka's answer names (its URLs need no key), guarded:
 * every URL and every redirect hop passes {@link AudioUrlPolicy} before a connection is made, at
 * most {@code song.audio.max-bytes} are read, and the body must start like the format asked for.
 */
@ApplicationScoped
public class AudioDownloader {

  private static final int MAX_REDIRECTS = 3;

  /** Resolves a host to every address it has; a test replaces it. */
  interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          // Each hop is checked here, not followed blindly.
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final AudioUrlPolicy policy;
  private final Resolver resolver;
  private final long maxBytes;

  @Inject
  AudioDownloader(
      @ConfigProperty(name = "quarkus.rest-client.mureka.url") URI murekaBaseUrl,
      AudioDownloadConfig config) {
    this(
        new AudioUrlPolicy(
            murekaBaseUrl,
            config.allowedHosts().orElse(List.of()).stream()
                .map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toSet())),
        host -> List.of(InetAddress.getAllByName(host)),
        config.maxBytes());
  }

  AudioDownloader(AudioUrlPolicy policy, Resolver resolver, long maxBytes) {
    this.policy = policy;
    this.resolver = resolver;
    this.maxBytes = maxBytes;
  }

  /**
   * Streams the audio at {@code url} ({@code format} mp3 or flac) to {@code sink}; throws
   * IOException for a refused URL, anything but 200, a body too large, or one that is not audio.
   */
  public void fetch(String url, String format, Consumer<InputStream> sink) throws IOException {
    URI current = URI.create(url);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      check(current);
      HttpRequest request =
          HttpRequest.newBuilder(current).timeout(Duration.ofMinutes(2)).GET().build();
      HttpResponse<InputStream> response = send(request);
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status >= 300 && status < 400 && status != 304) {
          String location = response.headers().firstValue("Location").orElse(null);
          if (location == null) {
            throw new IOException("HTTP " + status + " without a Location for the audio");
          }
          current = current.resolve(location);
          continue;
        }
        if (status != 200) {
          throw new IOException("HTTP " + status + " for the audio");
        }
        sink.accept(audio(body, format));
        return;
      }
    }
    throw new IOException("the audio URL redirected more than " + MAX_REDIRECTS + " times");
  }

  private void check(URI url) throws IOException {
    Optional<String> refused = policy.refuseByName(url);
    if (refused.isEmpty() && !policy.isTrustedOrigin(url)) {
      refused = policy.refuseByAddress(url, resolver.resolve(url.getHost()));
    }
    if (refused.isPresent()) {
      throw new IOException("audio URL refused: " + refused.get());
    }
  }

  private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The body, checked to start like {@code format} and cut off beyond the size cap. */
  private InputStream audio(InputStream body, String format) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(body);
    byte[] head = new byte[4];
    buffered.mark(head.length);
    int read = buffered.readNBytes(head, 0, head.length);
    buffered.reset();
    if (!AudioSignature.matches(format, head, read)) {
      throw new IOException("the audio URL answered something that is not " + format);
    }
    return new CappedInputStream(buffered, maxBytes);
  }

  /** Fails the copy instead of filling the disk when a body is larger than any song. */
  private static final class CappedInputStream extends FilterInputStream {
    private final long max;
    private long count;

    CappedInputStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      count += n;
      if (count > max) {
        throw new IOException("the audio is larger than SONG_AUDIO_MAX_BYTES (" + max + ")");
      }
    }
  }
}
