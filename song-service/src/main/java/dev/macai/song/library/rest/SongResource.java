package dev.macai.song.library.rest;

import dev.macai.platform.caller.Caller;
import dev.macai.platform.http.NoStore;
import dev.macai.platform.paging.PageRequest;
import dev.macai.platform.paging.PageResponse;
import dev.macai.song.job.service.ChoiceDetail;
import dev.macai.song.job.service.SongDetail;
import dev.macai.song.library.domain.SongFilter;
import dev.macai.song.library.service.SongChanges;
import dev.macai.song.library.service.SongLibrary;
import dev.macai.song.storage.service.AudioLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
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
@Tag(name = "songs")
public class SongResource {

  /** Sort keys clients may use, and the column each stands for. */
  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "created_at", "s.created_at",
          "updated_at", "s.updated_at",
          "title", "lower(s.title)",
          "status", "s.status");

  private final SongLibrary library;
  private final Caller caller;

  SongResource(SongLibrary library, Caller caller) {
    this.library = library;
    this.caller = caller;
  }

  @GET
  @Path("/list")
  @Operation(summary = "Your songs: search (title, lyrics, prompt, tags), filters, sort, paging")
  @APIResponse(responseCode = "200", description = "{items, total, limit, offset}")
  @APIResponse(responseCode = "400", description = "invalid parameters")
  public PageResponse<SongDetail> list(
      @QueryParam("q") @Size(max = 200) String q,
      @QueryParam("status") @Pattern(regexp = "PENDING|PROGRESS|SUCCESS|FAILURE|CANCELLED")
          String status,
      @QueryParam("workflow") @Pattern(regexp = "onWork|inUse|notUsed") String workflow,
      @QueryParam("is_instrumental") Boolean instrumental,
      @QueryParam("rated") Boolean rated,
      @QueryParam("sort")
          @DefaultValue("created_at")
          @Pattern(regexp = "created_at|updated_at|title|status")
          String sort,
      @QueryParam("order") @DefaultValue("desc") @Pattern(regexp = "asc|desc") String order,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    SongFilter filter = new SongFilter(likePattern(q), status, workflow, instrumental, rated);
    PageRequest page = new PageRequest(limit, offset, SORT_COLUMNS.get(sort), "desc".equals(order));
    return PageResponse.of(library.list(caller.id(), filter, page), song -> song);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One song with its choices")
  @APIResponse(responseCode = "200", description = "the song")
  @APIResponse(responseCode = "404", description = "unknown or not yours")
  public SongDetail get(@PathParam("id") UUID id) {
    return library.get(caller.id(), id);
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Change title, tags or workflow (onWork, inUse, notUsed)")
  @APIResponse(responseCode = "200", description = "the song")
  @APIResponse(responseCode = "400", description = "invalid fields")
  @APIResponse(responseCode = "404", description = "unknown or not yours")
  public SongDetail update(@PathParam("id") UUID id, @Valid @NotNull SongPatch patch) {
    return library.update(
        caller.id(), id, new SongChanges(patch.title(), patch.tags(), patch.workflow()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a song, its choices and archived audio")
  @APIResponse(responseCode = "204", description = "deleted")
  @APIResponse(responseCode = "404", description = "unknown or not yours")
  public void delete(@PathParam("id") UUID id) {
    library.delete(caller.id(), id);
  }

  @DELETE
  @Path("/bulk-delete")
  @Operation(summary = "Delete several songs; ids that are not yours are skipped")
  @APIResponse(responseCode = "200", description = "{deleted}")
  @APIResponse(responseCode = "400", description = "invalid fields")
  public BulkDeleteResult deleteAll(@Valid @NotNull BulkDeleteRequest request) {
    return new BulkDeleteResult(library.deleteAll(caller.id(), request.ids()));
  }

  @PUT
  @Path("/choice/{id}/rating")
  @Operation(summary = "Rate a choice: 1, 0, or null to clear")
  @APIResponse(responseCode = "200", description = "the choice")
  @APIResponse(responseCode = "400", description = "rating not 0, 1 or null")
  @APIResponse(responseCode = "404", description = "unknown or not yours")
  public ChoiceDetail rate(@PathParam("id") UUID id, @Valid @NotNull RatingRequest request) {
    return library.rate(caller.id(), id, request.rating());
  }

  @GET
  @Path("/choice/{id}/audio")
  @NoStore // a signed URL
  @Operation(summary = "A URL for a choice's audio: signed once archived, else Mureka's own")
  @APIResponse(responseCode = "200", description = "{url, format, archived, expires_at}")
  @APIResponse(responseCode = "400", description = "format not mp3, flac or wav")
  @APIResponse(responseCode = "404", description = "unknown, not yours, or no audio in that format")
  public AudioLink audio(
      @PathParam("id") UUID id,
      @QueryParam("format") @DefaultValue("mp3") @Pattern(regexp = "mp3|flac|wav") String format) {
    return library.audio(caller.id(), id, format);
  }

  private static String likePattern(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    String escaped = q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
