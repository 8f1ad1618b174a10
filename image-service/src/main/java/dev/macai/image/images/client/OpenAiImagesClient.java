package dev.macai.image.images.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.image.common.client.OpenAiErrors;
import dev.macai.image.common.config.OpenAiConfig;
import dev.macai.image.common.domain.ProviderFailure;
import dev.macai.image.images.domain.GeneratedPicture;
import dev.macai.image.images.domain.PngHeader;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one door to DALL-E. Asks for Base64 (no second download, no expiring provider URL) but also
 * follows a URL answer, retries only when there is no connection, and trips a circuit breaker
 * against a failing API. Every failure becomes a {@link ProviderFailure}.
 */
@ApplicationScoped
public class OpenAiImagesClient {

  private final OpenAiImagesApi api;
  private final OpenAiErrors errors;
  private final String model;
  private final HttpClient http;
  private final Duration readTimeout;

  OpenAiImagesClient(
      @RestClient OpenAiImagesApi api,
      ObjectMapper json,
      OpenAiConfig config,
      @ConfigProperty(name = "quarkus.rest-client.openai.url") String baseUrl,
      @ConfigProperty(name = "quarkus.rest-client.openai.connect-timeout")
          long connectTimeoutMillis,
      @ConfigProperty(name = "quarkus.rest-client.openai.read-timeout") long readTimeoutMillis) {
    this.api = api;
    this.errors =
        new OpenAiErrors(
            json,
            baseUrl,
            readTimeoutMillis,
            config.apiKey().map(String::strip).filter(key -> !key.isEmpty()),
            "OPENAI_API_KEY");
    this.model = config.images().model();
    this.readTimeout = Duration.ofMillis(readTimeoutMillis);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(connectTimeoutMillis))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  public String model() {
    return model;
  }

  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 2, delay = 5000)
  @CircuitBreaker(
      failOn = ProviderFailure.class,
      skipOn = ProviderFailure.NotConfigured.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "openai", "operation", "images"})
  public GeneratedPicture generate(String prompt, String size, String quality) {
    String authorization = errors.authorization();
    ImagesWire.Response response =
        errors.call(
            () ->
                api.generate(
                    authorization,
                    new ImagesWire.Request(model, prompt, 1, size, quality, "b64_json")));
    if (response == null || response.data() == null || response.data().isEmpty()) {
      throw ProviderFailure.failed("OpenAI answered /v1/images/generations without an image.");
    }
    ImagesWire.Image image = response.data().get(0);
    byte[] png = image.b64Json() != null ? decode(image.b64Json()) : download(image.url());
    if (PngHeader.dimensions(png).isEmpty()) {
      throw ProviderFailure.failed("OpenAI answered with something that is not a PNG image.");
    }
    return new GeneratedPicture(png, image.revisedPrompt());
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw ProviderFailure.failed("OpenAI answered with an image that is not valid Base64.");
    }
  }

  /** The image OpenAI hosts for an hour; it needs no key (the URL carries its own signature). */
  private byte[] download(String url) {
    if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
      throw ProviderFailure.failed("OpenAI answered without an image or an image URL.");
    }
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw ProviderFailure.failed("OpenAI's image URL answered " + response.statusCode() + ".");
      }
      return response.body();
    } catch (HttpTimeoutException e) {
      throw ProviderFailure.timedOut("OpenAI's image URL did not answer in time.");
    } catch (IOException e) {
      throw ProviderFailure.failed("OpenAI's image URL could not be fetched: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProviderFailure.failed("The image download was interrupted.");
    }
  }
}
