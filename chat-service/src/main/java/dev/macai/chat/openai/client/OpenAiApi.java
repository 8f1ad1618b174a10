package dev.macai.chat.openai.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * OpenAI's HTTP API as far as we use it (non-streaming calls). Only {@link OpenAiClient} calls it;
 * the key travels as a parameter so it never sits in a header filter or a log line of ours.
 */
@RegisterRestClient(configKey = "openai")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface OpenAiApi {

  @GET
  @Path("/models")
  OpenAiWire.Models models(@HeaderParam("Authorization") String authorization);

  @POST
  @Path("/chat/completions")
  OpenAiWire.Completion complete(
      @HeaderParam("Authorization") String authorization, OpenAiWire.ChatRequest request);
}
