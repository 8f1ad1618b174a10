package dev.macai.song.mureka.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Mureka's HTTP API as far as we use it. Only {@link MurekaClient} calls it; the key travels as a
 * parameter so it never sits in a filter or a log line of ours. {@code kind} is {@code song} or
 * {@code instrumental}.
 */
@RegisterRestClient(configKey = "mureka")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface MurekaApi {

  @POST
  @Path("/{kind}/generate")
  MurekaWire.Task generate(
      @HeaderParam("Authorization") String authorization,
      @PathParam("kind") String kind,
      MurekaWire.GenerateRequest request);

  @GET
  @Path("/{kind}/query/{taskId}")
  MurekaWire.Task query(
      @HeaderParam("Authorization") String authorization,
      @PathParam("kind") String kind,
      @PathParam("taskId") String taskId);

  @GET
  @Path("/account/billing")
  MurekaWire.Billing billing(@HeaderParam("Authorization") String authorization);
}
