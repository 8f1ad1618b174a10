package dev.macai.song.job.rest;

import dev.macai.platform.caller.Caller;
import dev.macai.platform.sse.SseStreams;
import dev.macai.song.job.domain.SongEvent;
import dev.macai.song.job.service.SongProgress;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/v1/song/events")
@RolesAllowed("user")
@SecurityRequirement(name = "jwt")
@Tag(name = "song jobs")
public class SongEventsResource {

  private final SongProgress progress;
  private final Caller caller;
  private final SseStreams streams;

  SongEventsResource(SongProgress progress, Caller caller, SseStreams streams) {
    this.progress = progress;
    this.caller = caller;
    this.streams = streams;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Operation(summary = "Server-Sent Events: every state change of your jobs, from any replica")
  @APIResponse(
      responseCode = "200",
      description =
          "an event stream that ends when the access token expires (open a new one with a fresh"
              + " token)")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(
      responseCode = "429",
      description = "code too_many_streams: SSE_MAX_STREAMS_PER_USER streams are open already")
  public Multi<SongEvent> events() {
    // Read the caller now: the request scope is gone once the stream runs.
    UUID userId = caller.id();
    SseStreams.Slot slot = streams.open(caller);
    return slot.bound(progress.of(userId));
  }
}
