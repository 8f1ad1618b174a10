package dev.macai.auth.rest;

import dev.macai.auth.config.AuthConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * The address a request came from, for the login throttle. Only the header the gateway sets is read
 * ({@code X-Real-IP}: nginx overwrites whatever a client sent), never X-Forwarded-For, whose first
 * entries the client writes itself. Without the header the TCP peer counts.
 */
@ApplicationScoped
public class ClientAddress {

  /** IPv4, IPv6 and IPv4-mapped IPv6 in text form; anything else is not an address. */
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private static final String UNKNOWN = "unknown";

  private final String header;

  ClientAddress(AuthConfig config) {
    this.header = config.clientAddressHeader();
  }

  String of(HttpServerRequest request) {
    String fromGateway = request.getHeader(header);
    if (fromGateway != null && ADDRESS.matcher(fromGateway.trim()).matches()) {
      return fromGateway.trim();
    }
    SocketAddress peer = request.remoteAddress();
    return peer == null || peer.hostAddress() == null ? UNKNOWN : peer.hostAddress();
  }
}
