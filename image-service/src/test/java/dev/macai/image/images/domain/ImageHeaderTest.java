package dev.macai.image.images.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageHeaderTest {

  private static final Path MAPPINGS = Path.of("../deploy/mock/openai/mappings");
  private static final Pattern B64 = Pattern.compile("\"b64_json\": \"([^\"]+)\"");

  @Test
  void readsARealPng() throws IOException {
    assertThat(ImageHeader.read(encode("png", 1536, 1024)))
        .contains(new ImageHeader(ImageFormat.PNG, new ImageDimensions(1536, 1024)));
  }

  @Test
  void readsARealJpeg() throws IOException {
    assertThat(ImageHeader.read(encode("jpeg", 1024, 1536)))
        .contains(new ImageHeader(ImageFormat.JPEG, new ImageDimensions(1024, 1536)));
  }

  /** The simulator's images are real encoder output (cwebp, cjpeg): lossy, lossless and alpha. */
  @ParameterizedTest
  @CsvSource({
    "images-generate-webp-1536x1024.json, WEBP, 1536, 1024",
    "images-generate-webp-1024x1536-transparent.json, WEBP, 1024, 1536",
    "images-generate-jpeg-1536x1024.json, JPEG, 1536, 1024",
    "images-generate-png-1024x1536-transparent.json, PNG, 1024, 1536"
  })
  void readsTheSimulatorsImages(String mapping, ImageFormat format, int width, int height)
      throws IOException {
    String body =
        new ObjectMapper()
            .readTree(MAPPINGS.resolve(mapping).toFile())
            .path("response")
            .path("body")
            .asText();
    Matcher b64 = B64.matcher(body);
    assertThat(b64.find()).isTrue();
    byte[] image = Base64.getDecoder().decode(b64.group(1));
    assertThat(ImageHeader.read(image))
        .contains(new ImageHeader(format, new ImageDimensions(width, height)));
  }

  @Test
  void refusesWhatIsNotAnImage() {
    assertThat(ImageHeader.read("not an image, just some text".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(ImageHeader.read("RIFF\0\0\0\0WEBPVP8Z and nonsense after".getBytes())).isEmpty();
    assertThat(ImageHeader.read(new byte[0])).isEmpty();
    assertThat(ImageHeader.read(null)).isEmpty();
  }

  @Test
  void refusesTruncatedImages() throws IOException {
    assertThat(ImageHeader.read(Arrays.copyOf(encode("png", 4, 4), 20))).isEmpty();
    assertThat(ImageHeader.read(Arrays.copyOf(encode("jpeg", 8, 8), 30))).isEmpty();
  }

  @Test
  void parsesGptImageSizes() {
    assertThat(ImageDimensions.parse("1024x1536")).isEqualTo(new ImageDimensions(1024, 1536));
    assertThat(new ImageDimensions(1536, 1024).sizeName()).isEqualTo("1536x1024");
  }

  private static byte[] encode(String format, int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }
}
