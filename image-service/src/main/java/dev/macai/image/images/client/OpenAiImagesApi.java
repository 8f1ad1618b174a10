package dev.macai.image.images.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** OpenAI's image generation endpoint. Only {@link OpenAiImagesClient} calls it. */
@RegisterRestClient(configKey = "openai")
@Path("/v1/images")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface OpenAiImagesApi {

  @POST
  @Path("/generations")
  ImagesWire.Response generate(
      @HeaderParam("Authorization") String authorization, ImagesWire.Request request);
}
