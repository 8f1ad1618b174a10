package dev.macai.image.images.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** OpenAI's image generation and model list. Only the clients of this package call it. */
@RegisterRestClient(configKey = "openai")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface OpenAiImagesApi {

  @POST
  @Path("/images/generations")
  ImagesWire.Response generate(
      @HeaderParam("Authorization") String authorization, ImagesWire.Request request);

  @GET
  @Path("/models")
  ImagesWire.Models models(@HeaderParam("Authorization") String authorization);
}
