package dev.macai.chat.ollama.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.ollama.service.OllamaChatService;
import dev.macai.chat.ollama.service.TemplateStream;
import dev.macai.platform.caller.Caller;
import dev.macai.platform.sse.SseStreams;
import dev.macai.platform.sse.SseWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
  private final ObjectMapper json;
  private final Caller caller;
  private final SseStreams streams;

  OllamaChatResource(
      OllamaChatService ollama, ObjectMapper json, Caller caller, SseStreams streams) {
    this.ollama = ollama;
    this.json = json;
    this.caller = caller;
    this.streams = streams;
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
  @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
  @RolesAllowed("user")
  @Operation(
      summary = "Run a prompt template on a text",
      description =
          "Sends the template's pre_condition, the optional context, input_text and the"
              + " template's post_condition to the template's model with its temperature and"
              + " max_tokens. The answer is trimmed and ready to use. With stream: true the answer"
              + " is text/event-stream: token events (data: the piece), then done (data: the same"
              + " JSON as without streaming) or error (data: a problem document with retry_after"
              + " when Ollama is busy, or code token_expired when the access token expired"
              + " meanwhile). Refusals before the first piece are ordinary problems.")
  @APIResponse(responseCode = "200", description = "response, model and token counts, or SSE")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "No active template for category/action")
  @APIResponse(
      responseCode = "429",
      description = "code too_many_streams: SSE_MAX_STREAMS_PER_USER streams are open already")
  @APIResponse(responseCode = "502", description = "Ollama failed; its message in detail")
  @APIResponse(responseCode = "503", description = "Ollama is busy; Retry-After says when")
  @APIResponse(responseCode = "504", description = "Ollama did not answer in time")
  public Response generateUnified(@Valid @NotNull GenerateUnifiedRequest request) {
    if (!request.streamed()) {
      return Response.ok(
              GenerateUnifiedResponse.of(
                  ollama.runTemplate(request.key(), request.inputText(), request.context())),
              MediaType.APPLICATION_JSON)
          .build();
    }
    SseStreams.Slot slot = streams.open(caller);
    TemplateStream stream;
    try {
      stream = ollama.streamTemplate(request.key(), request.inputText(), request.context());
    } catch (RuntimeException refused) {
      slot.close();
      throw refused;
    }
    return SseWriter.response(
        slot, "error", tokenExpired(), events -> TemplateEventStream.write(stream, json, events));
  }

  private String tokenExpired() {
    try {
      return json.writeValueAsString(SseStreams.tokenExpired());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
