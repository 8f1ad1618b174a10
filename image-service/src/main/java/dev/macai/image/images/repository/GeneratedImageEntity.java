package dev.macai.image.images.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "generated_images")
public class GeneratedImageEntity {

  @Id public UUID id;

  @Column(name = "user_id")
  public UUID userId;

  public String title;

  @Column(name = "user_prompt")
  public String userPrompt;

  public String prompt;

  @Column(name = "enhanced_prompt")
  public String enhancedPrompt;

  @Column(name = "revised_prompt")
  public String revisedPrompt;

  public String model;

  public String size;

  public String quality;

  @Column(name = "artistic_style")
  public String artisticStyle;

  public String composition;

  public String lighting;

  @Column(name = "color_palette")
  public String colorPalette;

  @Column(name = "detail_level")
  public String detailLevel;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] tags;

  public boolean starred;

  @Column(name = "storage_backend")
  public String storageBackend;

  @Column(name = "file_path")
  public String filePath;

  @Column(name = "s3_key")
  public String s3Key;

  @Column(name = "content_sha256")
  public String contentSha256;

  @Column(name = "content_type")
  public String contentType;

  public int width;

  public int height;

  public long bytes;

  /** The stored object's format: png, webp or jpeg; null for rows from before GPT Image. */
  @Column(name = "output_format")
  public String outputFormat;

  @Column(name = "output_compression")
  public Integer outputCompression;

  public String background;

  public String moderation;

  @Column(name = "input_tokens")
  public Integer inputTokens;

  @Column(name = "output_tokens")
  public Integer outputTokens;

  @Column(name = "total_tokens")
  public Integer totalTokens;

  /** The overlay settings as JSON text; null for a generated (not overlaid) image. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "text_overlay_metadata")
  public String textOverlayMetadata;

  @Column(name = "source_image_id")
  public UUID sourceImageId;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The key of the object in the backend this row names. */
  public String objectKey() {
    return "s3".equals(storageBackend) ? s3Key : filePath;
  }
}
