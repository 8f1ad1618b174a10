package dev.macai.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Adds {@code Cache-Control: no-store} to the answers of {@link NoStore} resources. */
@NoStore
@Provider
public class NoStoreFilter implements ContainerResponseFilter {

  public static final String NO_STORE = "no-store";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("Cache-Control", NO_STORE);
  }
}
