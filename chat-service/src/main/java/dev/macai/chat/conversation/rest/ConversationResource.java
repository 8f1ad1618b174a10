package dev.macai.chat.conversation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.conversation.service.ConversationQuery;
import dev.macai.chat.conversation.service.ConversationService;
import dev.macai.chat.conversation.service.Exchange;
import dev.macai.chat.conversation.service.Transcript;
import dev.macai.platform.caller.Caller;
import dev.macai.platform.paging.PageResponse;
import dev.macai.platform.problem.ProblemMappers;
import dev.macai.platform.sse.SseStreams;
import dev.macai.platform.sse.SseWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed("user")
@Tag(name = "conversations", description = "Chats with Ollama or OpenAI models")
public class ConversationResource {

  private static final Logger LOG = Logger.getLogger(ConversationResource.class);

  private final ConversationService conversations;
  private final Caller caller;
  private final ObjectMapper json;
  private final ManagedExecutor streams;
  private final SseStreams openStreams;

  ConversationResource(
      ConversationService conversations,
      Caller caller,
      ObjectMapper json,
      ManagedExecutor streams,
      SseStreams openStreams) {
    this.conversations = conversations;
    this.caller = caller;
    this.json = json;
    this.streams = streams;
    this.openStreams = openStreams;
  }

  @GET
  @Operation(
      summary = "The caller's conversations",
      description =
          "q searches titles and message texts; pinned conversations come first, then by sort.")
  @APIResponse(responseCode = "200", description = "{items, total, limit, offset}")
  @APIResponse(responseCode = "400", description = "Invalid query parameters, each listed")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public PageResponse<ConversationView> list(
      @QueryParam("q") @jakarta.validation.constraints.Size(max = 200) String q,
      @QueryParam("provider")
          @Pattern(regexp = "ollama|openai", message = "must be ollama or openai")
          String provider,
      @QueryParam("archived") Boolean archived,
      @QueryParam("tag") @jakarta.validation.constraints.Size(max = 50) String tag,
      @QueryParam("sort")
          @DefaultValue("updated_at")
          @Pattern(regexp = "updated_at|title", message = "must be updated_at or title")
          String sort,
      @QueryParam("order") @Pattern(regexp = "asc|desc", message = "must be asc or desc")
          String order,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    boolean byTitle = "title".equals(sort);
    // Recency reads newest first, titles A to Z, unless asked otherwise.
    boolean descending = order == null ? !byTitle : "desc".equals(order);
    return PageResponse.of(
        conversations.list(
            caller.id(),
            new ConversationQuery(q, provider, archived, tag, byTitle, descending, limit, offset)),
        ConversationView::of);
  }

  @POST
  @Operation(
      summary = "Start a conversation",
      description =
          "Without context_window_size the model's real window is used (Ollama: /api/show).")
  @APIResponse(responseCode = "201", description = "The new conversation")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public Response create(@Valid @NotNull NewConversationRequest request) {
    ConversationView created =
        ConversationView.of(conversations.create(caller.id(), request.draft()));
    return Response.status(201)
        .header("Location", "/api/v1/conversations/" + created.id())
        .entity(created)
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "A conversation with one page of its messages",
      description =
          "messages pages back from the newest: offset 0 is the newest page; each page is in"
              + " chronological order.")
  @APIResponse(responseCode = "200", description = "The conversation and messages{items,total}")
  @APIResponse(responseCode = "400", description = "Invalid limit or offset")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not yours")
  public ConversationDetailView get(
      @PathParam("id") UUID id,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    return ConversationDetailView.of(conversations.detail(caller.id(), id, limit, offset));
  }

  @PATCH
  @Path("/{id}")
  @Operation(summary = "Change title, system context, model, archived, pinned or tags")
  @APIResponse(responseCode = "200", description = "The changed conversation")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not yours")
  public ConversationView update(
      @PathParam("id") UUID id, @Valid @NotNull ConversationPatch patch) {
    return ConversationView.of(conversations.update(caller.id(), id, patch.changes()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a conversation with all its messages")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not yours")
  public Response delete(@PathParam("id") UUID id) {
    conversations.delete(caller.id(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/messages")
  @Operation(
      summary = "Send a message and get the reply",
      description =
          "The question is stored first; if the provider fails it stays, marked failed, and the"
              + " provider's problem is answered.")
  @APIResponse(responseCode = "200", description = "user_message, assistant_message, context")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not yours")
  @APIResponse(
      responseCode = "409",
      description = "code model_retired: the model is retired; PATCH another model (history stays)")
  @APIResponse(responseCode = "502", description = "The provider failed; its message in detail")
  @APIResponse(responseCode = "503", description = "The provider is busy; see Retry-After")
  @APIResponse(responseCode = "504", description = "The provider did not answer in time")
  public ExchangeView send(@PathParam("id") UUID id, @Valid @NotNull SendMessageRequest request) {
    return ExchangeView.of(conversations.send(caller.id(), id, request.content()));
  }

  @POST
  @Path("/{id}/messages/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Blocking
  @Operation(
      summary = "Send a message and stream the reply as Server-Sent Events",
      description =
          "Events: token (data: the piece), then done (data: JSON with user_message_id,"
              + " assistant_message_id, context) or error (data: problem JSON; code"
              + " token_expired when the access token expired meanwhile). A client that leaves"
              + " early finds the reply stored with status incomplete.")
  @APIResponse(responseCode = "200", description = "text/event-stream of token, done or error")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not yours")
  @APIResponse(responseCode = "409", description = "code model_retired: the model is retired")
  @APIResponse(
      responseCode = "429",
      description = "code too_many_streams: SSE_MAX_STREAMS_PER_USER streams are open already")
  public void stream(
      @PathParam("id") UUID id,
      @Valid @NotNull SendMessageRequest request,
      @Context SseEventSink sink,
      @Context Sse sse) {
    UUID userId = caller.id();
    // 404 / 409 before the stream starts, so a wrong id or a retired model is an ordinary problem.
    conversations.requireSendable(userId, id);
    SseStreams.Slot slot = openStreams.open(caller);
    String tokenExpired = toJson(SseStreams.tokenExpired());
    // The events are written from another thread once this method has returned: Quarkus opens the
    // SSE response only after the method ends, and a sink closed before that fails the request. A
    // sink (not a StreamingOutput) because it tells at once that the client has gone, so the reply
    // is kept as incomplete.
    try {
      streams.execute(
          () -> {
            try (sink;
                slot) {
              SseWriter events = SseWriter.on(sink, sse);
              slot.endOnTokenExpiry(events, "error", tokenExpired);
              streamReply(userId, id, request.content(), events);
            }
          });
    } catch (RuntimeException notStarted) {
      slot.close();
      throw notStarted;
    }
  }

  private void streamReply(UUID userId, UUID id, String content, SseWriter events) {
    try {
      try {
        Exchange exchange =
            conversations.sendStreaming(userId, id, content, piece -> events.send("token", piece));
        events.send("done", toJson(StreamDone.of(exchange)));
      } catch (SseWriter.ClientGone gone) {
        throw gone;
      } catch (RuntimeException e) {
        events.send("error", toJson(ProblemMappers.streamProblem(e)));
      }
    } catch (SseWriter.ClientGone gone) {
      LOG.debugf("Client left the stream of conversation %s", id);
    }
  }

  @POST
  @Path("/{id}/messages/{messageId}/regenerate")
  @Operation(summary = "Ask again for the last assistant reply and replace it")
  @APIResponse(responseCode = "200", description = "assistant_message (replaced) and context")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown conversation or message, or not yours")
  @APIResponse(responseCode = "409", description = "Not the last assistant reply")
  @APIResponse(responseCode = "502", description = "The provider failed; the reply is unchanged")
  @APIResponse(responseCode = "503", description = "The provider is busy; see Retry-After")
  @APIResponse(responseCode = "504", description = "The provider did not answer in time")
  public ExchangeView regenerate(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId) {
    return ExchangeView.of(conversations.regenerate(caller.id(), id, messageId));
  }

  @POST
  @Path("/{id}/compress")
  @Operation(
      summary = "Summarise all but the newest keep_last messages (default 10)",
      description =
          "Uses the chat/compress prompt template through the conversation's provider; the"
              + " summarised messages move to the archive.")
  @APIResponse(responseCode = "200", description = "The conversation with its new context meter")
  @APIResponse(responseCode = "400", description = "Invalid keep_last")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not yours")
  @APIResponse(responseCode = "409", description = "Nothing to compress, or changed meanwhile")
  @APIResponse(responseCode = "502", description = "The provider failed; nothing changed")
  @APIResponse(responseCode = "503", description = "The provider is busy; see Retry-After")
  @APIResponse(responseCode = "504", description = "The provider did not answer in time")
  public ConversationView compress(@PathParam("id") UUID id, @Valid CompressRequest request) {
    int keepLast =
        request == null ? CompressRequest.DEFAULT_KEEP_LAST : request.keepLastOrDefault();
    return ConversationView.of(conversations.compress(caller.id(), id, keepLast));
  }

  @POST
  @Path("/{id}/restore-archive")
  @Operation(summary = "Put the archived messages back and remove their summaries")
  @APIResponse(responseCode = "200", description = "The restored conversation")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not yours")
  @APIResponse(responseCode = "409", description = "Nothing archived")
  public ConversationView restoreArchive(@PathParam("id") UUID id) {
    return ConversationView.of(conversations.restoreArchive(caller.id(), id));
  }

  @GET
  @Path("/{id}/export")
  @Produces({MediaType.APPLICATION_JSON, "text/markdown"})
  @Operation(summary = "Download the whole conversation, archived messages included")
  @APIResponse(responseCode = "200", description = "JSON or Markdown, as an attachment")
  @APIResponse(responseCode = "400", description = "format is not json or markdown")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not yours")
  public Response export(
      @PathParam("id") UUID id,
      @QueryParam("format")
          @DefaultValue("json")
          @Pattern(regexp = "json|markdown", message = "must be json or markdown")
          String format) {
    String file = "conversation-" + id;
    if ("markdown".equals(format)) {
      return Response.ok(conversations.markdown(caller.id(), id), "text/markdown; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"" + file + ".md\"")
          .build();
    }
    Transcript transcript = conversations.transcript(caller.id(), id);
    return Response.ok(TranscriptView.of(transcript), MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"" + file + ".json\"")
        .build();
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
