package dev.macai.image.images.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.image.common.config.OpenAiConfig;
import dev.macai.image.images.domain.AccountModel;
import dev.macai.image.images.domain.GeneratedPicture;
import dev.macai.image.images.domain.ImageFormat;
import dev.macai.image.images.domain.ImageHeader;
import dev.macai.image.images.domain.ImageOptions;
import dev.macai.image.images.domain.ImageUsage;
import dev.macai.platform.provider.ProviderErrors;
import dev.macai.platform.provider.ProviderFailure;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one door to OpenAI's GPT Image models. Sends only the fields the current API defines, checks
 * that the Base64 answer is an image of the format asked for, retries only when there is no
 * connection, and trips a circuit breaker against a failing API. Every failure becomes a {@link
 * ProviderFailure}.
 */
@ApplicationScoped
public class OpenAiImagesClient {

  private final OpenAiImagesApi api;
  private final ProviderErrors errors;

  OpenAiImagesClient(
      @RestClient OpenAiImagesApi api,
      ObjectMapper json,
      OpenAiConfig config,
      @ConfigProperty(name = "quarkus.rest-client.openai.url") String baseUrl,
      @ConfigProperty(name = "quarkus.rest-client.openai.read-timeout") long readTimeoutMillis) {
    this.api = api;
    this.errors =
        new ProviderErrors(
            "OpenAI",
            baseUrl,
            readTimeoutMillis,
            config.apiKey().map(String::strip),
            "OPENAI_API_KEY",
            json);
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
  public GeneratedPicture generate(String prompt, ImageOptions options) {
    String authorization = errors.authorization();
    ImagesWire.Request request =
        new ImagesWire.Request(
            options.model(),
            prompt,
            1,
            options.size(),
            options.quality(),
            options.format().apiName(),
            options.compression(),
            options.background(),
            options.moderation());
    ImagesWire.Response response = errors.call(() -> api.generate(authorization, request));
    if (response == null
        || response.data() == null
        || response.data().isEmpty()
        || response.data().get(0).b64Json() == null) {
      throw ProviderFailure.failed("OpenAI answered /v1/images/generations without an image.");
    }
    byte[] content = decode(response.data().get(0).b64Json());
    ImageHeader header =
        ImageHeader.read(content)
            .orElseThrow(
                () ->
                    ProviderFailure.failed("OpenAI answered with something that is not an image."));
    ImageFormat asked = options.format();
    if (header.format() != asked) {
      throw ProviderFailure.failed(
          "OpenAI answered a "
              + header.format().apiName()
              + " image where "
              + asked.apiName()
              + " was asked for.");
    }
    return new GeneratedPicture(
        content, header, usage(response.usage()), response.quality(), response.background());
  }

  /** Every model the account may use, with OpenAI's announced shutdown dates. */
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "openai", "operation", "models"})
  public List<AccountModel> models() {
    String authorization = errors.authorization();
    ImagesWire.Models models = errors.call(() -> api.models(authorization));
    if (models == null || models.data() == null) {
      throw ProviderFailure.failed("OpenAI answered /v1/models without a model list.");
    }
    return models.data().stream()
        .filter(model -> model.id() != null)
        .map(model -> new AccountModel(model.id(), date(model.shutdownDate())))
        .toList();
  }

  private static ImageUsage usage(ImagesWire.Usage usage) {
    if (usage == null || usage.inputTokens() == null || usage.outputTokens() == null) {
      return null;
    }
    int total =
        usage.totalTokens() != null
            ? usage.totalTokens()
            : usage.inputTokens() + usage.outputTokens();
    return new ImageUsage(usage.inputTokens(), usage.outputTokens(), total);
  }

  /** A date OpenAI writes in a form we cannot read is treated as unannounced, not as a crash. */
  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw ProviderFailure.failed("OpenAI answered with an image that is not valid Base64.");
    }
  }
}
