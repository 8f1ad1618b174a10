package dev.macai.image.images.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngHeaderTest {

  @Test
  void readsTheSizeOfARealPng() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(1792, 1024, BufferedImage.TYPE_INT_RGB), "png", out);
    assertThat(PngHeader.dimensions(out.toByteArray())).contains(new ImageDimensions(1792, 1024));
  }

  @Test
  void refusesWhatIsNotAPng() throws IOException {
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
    assertThat(PngHeader.dimensions(jpeg.toByteArray())).isEmpty();
    assertThat(PngHeader.dimensions("not an image".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(PngHeader.dimensions(new byte[0])).isEmpty();
    assertThat(PngHeader.dimensions(null)).isEmpty();
  }

  @Test
  void refusesATruncatedPng() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
    assertThat(PngHeader.dimensions(Arrays.copyOf(out.toByteArray(), 20))).isEmpty();
  }

  @Test
  void parsesDallESizes() {
    assertThat(ImageDimensions.parse("1024x1792")).isEqualTo(new ImageDimensions(1024, 1792));
    assertThat(new ImageDimensions(1792, 1024).sizeName()).isEqualTo("1792x1024");
  }
}
