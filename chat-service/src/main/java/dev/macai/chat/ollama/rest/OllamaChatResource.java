package dev.macai.chat.ollama.rest;

import dev.macai.chat.ollama.service.OllamaChatService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ollama/chat")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "ollama", description = "Local models through Ollama")
public class OllamaChatResource {

  private final OllamaChatService ollama;

  OllamaChatResource(OllamaChatService ollama) {
    this.ollama = ollama;
  }

  @GET
  @Path("/models")
  @RolesAllowed("user")
  @Operation(summary = "The models installed in Ollama, with their real context windows")
  @APIResponse(responseCode = "200", description = "name, size, family, context_window")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "502", description = "Ollama failed or is not reachable")
  @APIResponse(responseCode = "504", description = "Ollama did not answer in time")
  public List<ModelView> models() {
    return ollama.models().stream().map(ModelView::of).toList();
  }

  @POST
  @Path("/generate-unified")
  @RolesAllowed("user")
  @Operation(
      summary = "Run a prompt template on a text",
      description =
          "Sends the template's pre_condition, the optional context, input_text and the"
              + " template's post_condition to the template's model with its temperature and"
              + " max_tokens. The answer is trimmed and ready to use.")
  @APIResponse(responseCode = "200", description = "response, model and token counts")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "No active template for category/action")
  @APIResponse(responseCode = "502", description = "Ollama failed; its message in detail")
  @APIResponse(responseCode = "503", description = "Ollama is busy; Retry-After says when")
  @APIResponse(responseCode = "504", description = "Ollama did not answer in time")
  public GenerateUnifiedResponse generateUnified(@Valid @NotNull GenerateUnifiedRequest request) {
    return GenerateUnifiedResponse.of(
        ollama.runTemplate(request.key(), request.inputText(), request.context()));
  }
}
