package dev.macai.catalog.equipment.rest;

import dev.macai.catalog.equipment.domain.EquipmentQuery;
import dev.macai.catalog.equipment.service.Equipment;
import dev.macai.catalog.equipment.service.EquipmentReEncryption;
import dev.macai.catalog.equipment.service.EquipmentService;
import dev.macai.platform.caller.Caller;
import dev.macai.platform.http.NoStore;
import dev.macai.platform.paging.PageRequest;
import dev.macai.platform.paging.PageResponse;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Answers carry decrypted passwords and licence keys.
@NoStore
@Path(EquipmentResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "equipment", description = "Music software and plug-ins with their licences")
public class EquipmentResource {

  static final String PATH = "/api/v1/equipment";

  private final EquipmentService equipment;
  private final EquipmentReEncryption reEncryption;
  private final Caller caller;

  EquipmentResource(EquipmentService equipment, EquipmentReEncryption reEncryption, Caller caller) {
    this.equipment = equipment;
    this.reEncryption = reEncryption;
    this.caller = caller;
  }

  @POST
  @RolesAllowed("user")
  @Operation(summary = "Add an item; password, licence key and price are stored encrypted")
  @APIResponse(responseCode = "201", description = "Created; Location names the new item")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public Response create(@Valid @NotNull EquipmentRequest request) {
    return created(equipment.create(caller.id(), request.toDraft()));
  }

  @GET
  @RolesAllowed("user")
  @Operation(
      summary = "The caller's equipment, searched, filtered, sorted and paged",
      description =
          "q searches name, manufacturer, description and tags (case-insensitive). Items carry"
              + " has_password, has_license_key and has_price instead of the secrets.")
  @APIResponse(responseCode = "200", description = "One page: {items, total, limit, offset}")
  @APIResponse(responseCode = "400", description = "Invalid parameters, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public PageResponse<EquipmentListItem> list(
      @QueryParam("q") @Size(max = 200) String q,
      @QueryParam("type")
          @Pattern(regexp = "Software|Plugin", message = "must be Software or Plugin")
          String type,
      @QueryParam("status")
          @Pattern(
              regexp = "active|trial|expired|archived",
              message = "must be one of: active, trial, expired, archived")
          String status,
      @QueryParam("license_management")
          @Pattern(
              regexp = "online|ilok|license_key|other",
              message = "must be one of: online, ilok, license_key, other")
          String licenseManagement,
      @QueryParam("sort")
          @DefaultValue("created_at")
          @Pattern(
              regexp = "name|created_at|purchase_date",
              message = "must be one of: name, created_at, purchase_date")
          String sort,
      @QueryParam("order")
          @DefaultValue("desc")
          @Pattern(regexp = "asc|desc", message = "must be asc or desc")
          String order,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    return PageResponse.of(
        equipment.list(
            caller.id(),
            new EquipmentQuery(q, type, status, licenseManagement),
            new PageRequest(limit, offset, sort, order.equals("desc"))),
        EquipmentListItem::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed("user")
  @Operation(summary = "One item with its password, licence key and price decrypted")
  @APIResponse(responseCode = "200", description = "The item")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "No such item of the caller's")
  @APIResponse(
      responseCode = "500",
      description = "A stored secret cannot be decrypted with the configured keys")
  public EquipmentView get(@PathParam("id") UUID id) {
    return EquipmentView.of(equipment.get(caller.id(), id));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed("user")
  @Operation(summary = "Replace every field of an item (fields left out are cleared)")
  @APIResponse(responseCode = "200", description = "The replaced item")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "No such item of the caller's")
  public EquipmentView replace(@PathParam("id") UUID id, @Valid @NotNull EquipmentRequest request) {
    return EquipmentView.of(equipment.replace(caller.id(), id, request.toDraft()));
  }

  @POST
  @Path("/{id}/duplicate")
  @RolesAllowed("user")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Copy an item, secrets included; the copy's name ends in \" (copy)\"")
  @APIResponse(responseCode = "201", description = "The copy; Location names it")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "No such item of the caller's")
  @APIResponse(
      responseCode = "500",
      description = "A stored secret cannot be decrypted with the configured keys")
  public Response duplicate(@PathParam("id") UUID id) {
    return created(equipment.duplicate(caller.id(), id));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("user")
  @Operation(summary = "Delete an item")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "No such item of the caller's")
  public void delete(@PathParam("id") UUID id) {
    equipment.delete(caller.id(), id);
  }

  @POST
  @Path("/admin/re-encrypt")
  @RolesAllowed("admin")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Re-encrypt every user's secrets with the current key (admin only)",
      description =
          "Run after moving the previous EQUIPMENT_ENCRYPTION_KEY into"
              + " EQUIPMENT_ENCRYPTION_OLD_KEYS; then the old key can be removed. Rows no"
              + " configured key decrypts are counted as failed and left unchanged.")
  @APIResponse(responseCode = "200", description = "Counts: {rows, re_encrypted, failed}")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  public ReEncryptionView reEncrypt() {
    return ReEncryptionView.of(reEncryption.reEncryptAll());
  }

  private static Response created(Equipment item) {
    return Response.created(URI.create(PATH + "/" + item.id()))
        .entity(EquipmentView.of(item))
        .build();
  }
}
