package dev.macai.image.costs.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** OpenAI's organisation costs API (admin key only). Only {@link OpenAiCostsClient} calls it. */
@RegisterRestClient(configKey = "openai")
@Path("/v1/organization")
@Produces(MediaType.APPLICATION_JSON)
interface OpenAiCostsApi {

  @GET
  @Path("/costs")
  CostsWire.Page costs(
      @HeaderParam("Authorization") String authorization,
      @QueryParam("start_time") long startTime,
      @QueryParam("end_time") long endTime,
      @QueryParam("bucket_width") String bucketWidth,
      @QueryParam("group_by") String groupBy,
      @QueryParam("limit") int limit,
      @QueryParam("page") String page);
}
