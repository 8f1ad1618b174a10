package dev.macai.gateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLParameters;

/**
 * java.net.http against the gateway, trusting its self-signed certificate, never following
 * redirects.
 */
public final class GatewayClient {

  private final RunningGateway gateway;
  private final HttpClient client;

  public GatewayClient(RunningGateway gateway) {
    this(gateway, HttpClient.Version.HTTP_1_1, "TLSv1.3");
  }

  public GatewayClient(RunningGateway gateway, HttpClient.Version version, String tlsProtocol) {
    this.gateway = gateway;
    SSLParameters parameters = new SSLParameters();
    parameters.setProtocols(new String[] {tlsProtocol});
    this.client =
        HttpClient.newBuilder()
            .version(version)
            .sslContext(gateway.certificate().trustingContext("TLS"))
            .sslParameters(parameters)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public HttpClient http() {
    return client;
  }

  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(gateway.https(pathAndQuery)).timeout(Duration.ofSeconds(20));
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build());
  }

  public HttpResponse<String> getWithToken(String pathAndQuery, String token) {
    return send(request(pathAndQuery).header("Authorization", "Bearer " + token).GET().build());
  }

  public HttpResponse<String> getPlainHttp(String pathAndQuery) {
    return send(
        HttpRequest.newBuilder(gateway.http(pathAndQuery))
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public URI https(String pathAndQuery) {
    return gateway.https(pathAndQuery);
  }
}
