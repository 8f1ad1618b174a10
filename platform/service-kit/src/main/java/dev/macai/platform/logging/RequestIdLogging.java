package dev.macai.platform.logging;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Puts the gateway's {@code X-Request-Id} on every log line of the request, for tracing. */
public class RequestIdLogging {

  static final String HEADER = "X-Request-Id";
  private static final int MAX_LENGTH = 64;

  @ServerRequestFilter
  public void remember(ContainerRequestContext request) {
    String id = request.getHeaderString(HEADER);
    if (id != null && !id.isBlank()) {
      MDC.put(HEADER, id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id);
    }
  }

  @ServerResponseFilter
  public void forget() {
    MDC.remove(HEADER);
  }
}
