package dev.macai.song.job.rest;

import dev.macai.platform.caller.Caller;
import dev.macai.song.job.domain.SlotLease;
import dev.macai.song.job.service.NewSong;
import dev.macai.song.job.service.QueueStatus;
import dev.macai.song.job.service.SongJobs;
import dev.macai.song.job.service.TaskAccepted;
import dev.macai.song.job.service.TaskStatus;
import dev.macai.song.mureka.domain.GenerationKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/song")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("user")
@SecurityRequirement(name = "jwt")
@Tag(name = "song jobs")
public class SongTaskResource {

  private final SongJobs jobs;
  private final Caller caller;

  SongTaskResource(SongJobs jobs, Caller caller) {
    this.jobs = jobs;
    this.caller = caller;
  }

  @POST
  @Path("/generate")
  @Operation(summary = "Queue a song; answers at once, the job is stored before the answer")
  @APIResponse(responseCode = "202", description = "queued: task_id, song_id, status PENDING")
  @APIResponse(responseCode = "400", description = "invalid fields")
  public Response generate(@Valid @NotNull GenerateRequest request) {
    return accepted(
        jobs.enqueue(
            caller.id(),
            new NewSong(
                GenerationKind.SONG,
                request.lyrics(),
                request.prompt(),
                request.model(),
                request.title(),
                request.sketchId())));
  }

  @POST
  @Path("/generate-instrumental")
  @Operation(summary = "Queue an instrumental (style prompt only)")
  @APIResponse(responseCode = "202", description = "queued")
  @APIResponse(responseCode = "400", description = "invalid fields")
  public Response generateInstrumental(@Valid @NotNull InstrumentalRequest request) {
    return accepted(
        jobs.enqueue(
            caller.id(),
            new NewSong(
                GenerationKind.INSTRUMENTAL,
                null,
                request.prompt(),
                request.model(),
                request.title(),
                null)));
  }

  @GET
  @Path("/task/status/{taskId}")
  @Operation(summary = "A job's status, with the song and its choices")
  @APIResponse(responseCode = "200", description = "the status")
  @APIResponse(responseCode = "404", description = "unknown or not yours")
  public TaskStatus status(@PathParam("taskId") UUID taskId) {
    return jobs.status(caller.id(), taskId);
  }

  @POST
  @Path("/task/{taskId}/cancel")
  @Operation(summary = "Cancel a pending or running job")
  @APIResponse(responseCode = "200", description = "cancelled")
  @APIResponse(responseCode = "404", description = "unknown or not yours")
  @APIResponse(responseCode = "409", description = "the job has already ended")
  public TaskStatus cancel(@PathParam("taskId") UUID taskId) {
    return jobs.cancel(caller.id(), taskId);
  }

  @POST
  @Path("/task/{taskId}/recheck")
  @Operation(summary = "Ask Mureka again about a failed (e.g. timed-out) job")
  @APIResponse(responseCode = "200", description = "the status after asking")
  @APIResponse(responseCode = "404", description = "unknown or not yours")
  @APIResponse(responseCode = "409", description = "nothing to recheck")
  public TaskStatus recheck(@PathParam("taskId") UUID taskId) {
    return jobs.recheck(caller.id(), taskId);
  }

  @DELETE
  @Path("/task/{taskId}")
  @Operation(summary = "Delete a job and its song (a running job is cancelled)")
  @APIResponse(responseCode = "204", description = "deleted")
  @APIResponse(responseCode = "404", description = "unknown or not yours")
  public void delete(@PathParam("taskId") UUID taskId) {
    jobs.delete(caller.id(), taskId);
  }

  @GET
  @Path("/task/queue-status")
  @Operation(summary = "Your jobs per state, slots in use and allowed, worker online/offline")
  @APIResponse(responseCode = "200", description = "the queue")
  public QueueStatus queue() {
    return jobs.queue(caller.id());
  }

  @GET
  @Path("/admin/slots")
  @RolesAllowed("admin")
  @Operation(summary = "The Mureka slots taken now (admins)")
  @APIResponse(responseCode = "200", description = "holders and lease ends")
  @APIResponse(responseCode = "403", description = "not an admin")
  public List<SlotLease> slots() {
    return jobs.slots();
  }

  @DELETE
  @Path("/admin/slots/{holder}")
  @RolesAllowed("admin")
  @Operation(summary = "Free a slot by hand (admins)")
  @APIResponse(responseCode = "204", description = "freed")
  @APIResponse(responseCode = "403", description = "not an admin")
  @APIResponse(responseCode = "404", description = "no such slot")
  public void freeSlot(@PathParam("holder") String holder) {
    jobs.freeSlot(holder);
  }

  private static Response accepted(TaskAccepted accepted) {
    return Response.accepted(accepted).build();
  }
}
