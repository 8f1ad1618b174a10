package dev.macai.catalog.equipment.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Equipment answers carry decrypted passwords and licence keys: no browser or proxy cache may keep
 * one.
 */
public class EquipmentNoStore {

  @ServerResponseFilter
  public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getUriInfo().getPath().startsWith(EquipmentResource.PATH)) {
      response.getHeaders().putSingle("Cache-Control", "no-store");
    }
  }
}
