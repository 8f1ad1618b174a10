package dev.macai.auth.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer of this service carries tokens or personal data: no browser or proxy cache may keep
 * one (a shared computer's back button, a caching proxy).
 */
public class NoStore {

  @ServerResponseFilter
  public void noStore(ContainerResponseContext response) {
    response.getHeaders().putSingle("Cache-Control", "no-store");
  }
}
