package dev.macai.chat.ollama.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Ollama's HTTP API as far as we use it. Only {@link OllamaClient} and its context-window cache
 * call it.
 */
@RegisterRestClient(configKey = "ollama")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface OllamaApi {

  @GET
  @Path("/tags")
  OllamaWire.Tags tags();

  @POST
  @Path("/show")
  OllamaWire.Show show(OllamaWire.ShowRequest request);

  @POST
  @Path("/generate")
  OllamaWire.Generated generate(OllamaWire.GenerateRequest request);

  /**
   * Non-streaming only; {@link OllamaChatStreams} reads the NDJSON stream with the JDK's client.
   */
  @POST
  @Path("/chat")
  OllamaWire.ChatChunk chat(OllamaWire.ChatRequest request);
}
