package dev.macai.chat.openai.rest;

import dev.macai.chat.openai.service.OpenAiModelService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/openai/chat")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "openai", description = "OpenAI chat models")
public class OpenAiChatResource {

  private final OpenAiModelService models;

  OpenAiChatResource(OpenAiModelService models) {
    this.models = models;
  }

  @GET
  @Path("/models")
  @RolesAllowed("user")
  @Operation(
      summary = "The OpenAI chat models users may pick, with windows and shutdown dates",
      description =
          "The chat models OpenAI's /v1/models lists for our key, newest first, without those"
              + " whose shutdown_date is today or past, narrowed by the optional OPENAI_CHAT_MODELS"
              + " filter (then in its order). When OpenAI could not be asked (no OPENAI_API_KEY,"
              + " unreachable, failing) the filter's ids, or the default model, with available"
              + " null: the list never fails because of OpenAI.")
  @APIResponse(
      responseCode = "200",
      description = "name, context_window, available, shutdown_date, status, is_default")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public List<OpenAiModelView> models() {
    return models.models().stream().map(OpenAiModelView::of).toList();
  }
}
