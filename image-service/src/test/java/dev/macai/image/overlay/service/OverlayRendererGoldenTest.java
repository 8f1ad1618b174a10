package dev.macai.image.overlay.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.image.overlay.domain.FontStyle;
import dev.macai.image.overlay.domain.OverlayPosition;
import dev.macai.image.overlay.domain.OverlaySpec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Golden images: a fixed input renders to the committed pixels within a small tolerance (font
 * rasterisers differ slightly between JDKs). After an intended change of the rendering, run with
 * {@code -Dgolden.update=true} and review the new files under {@code src/test/resources/golden}.
 */
class OverlayRendererGoldenTest {

  static final OverlayRenderer RENDERER = new OverlayRenderer();
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void titleAndArtistStackedBottomCentreInAnton() throws IOException {
    OverlaySpec spec =
        new OverlaySpec(
            "Night Drive",
            "Ada",
            FontStyle.BOLD,
            FontStyle.LIGHT,
            OverlayPosition.named("bottom-center").orElseThrow(),
            null,
            64,
            28,
            0xFFFFFF,
            0xFFD700,
            0x000000,
            3);
    assertMatchesGolden("bold-stacked.png", RENDERER.render(gradient(384, 384), spec));
  }

  @Test
  void elegantTitleTopLeftArtistBottomRight() throws IOException {
    OverlaySpec spec =
        new OverlaySpec(
            "Velvet",
            "The Quiet",
            FontStyle.ELEGANT,
            FontStyle.ELEGANT,
            OverlayPosition.named("top-left").orElseThrow(),
            OverlayPosition.named("bottom-right").orElseThrow(),
            56,
            24,
            0xF5F5DC,
            0xF5F5DC,
            0x301040,
            2);
    assertMatchesGolden("elegant-corners.png", RENDERER.render(gradient(384, 256), spec));
  }

  @Test
  void anOverlongTitleShrinksToStayInside() throws IOException {
    OverlaySpec spec =
        new OverlaySpec(
            "An extremely long album title that cannot fit",
            null,
            FontStyle.BOLD,
            FontStyle.BOLD,
            new OverlayPosition(0.5, 0.5),
            null,
            300,
            40,
            0xFFFFFF,
            0xFFFFFF,
            0x000000,
            4);
    BufferedImage out = decode(RENDERER.render(gradient(256, 256), spec));
    BufferedImage plain = decode(gradient(256, 256));
    // Text reached the middle, and the outermost columns are untouched.
    assertThat(out.getRGB(128, 128)).isNotEqualTo(plain.getRGB(128, 128));
    for (int y = 0; y < 256; y++) {
      assertThat(out.getRGB(0, y)).isEqualTo(plain.getRGB(0, y));
      assertThat(out.getRGB(255, y)).isEqualTo(plain.getRGB(255, y));
    }
  }

  @Test
  void leavesTheInputUntouchedAndKeepsItsSize() throws IOException {
    byte[] input = gradient(300, 200);
    byte[] copy = input.clone();
    OverlaySpec spec =
        new OverlaySpec(
            "x",
            null,
            FontStyle.LIGHT,
            FontStyle.LIGHT,
            new OverlayPosition(0.5, 0.5),
            null,
            40,
            20,
            0xFFFFFF,
            0xFFFFFF,
            0,
            0);
    BufferedImage out = decode(RENDERER.render(input, spec));
    assertThat(input).isEqualTo(copy);
    assertThat(out.getWidth()).isEqualTo(300);
    assertThat(out.getHeight()).isEqualTo(200);
  }

  static void assertMatchesGolden(String name, byte[] rendered) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.write(file, rendered);
      if (!Boolean.getBoolean("golden.update")) {
        throw new AssertionError("golden image " + name + " was missing and has been written");
      }
      return;
    }
    BufferedImage expected;
    try (InputStream in = Files.newInputStream(file)) {
      expected = ImageIO.read(in);
    }
    BufferedImage actual = decode(rendered);
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    long differing = 0;
    long total = (long) actual.getWidth() * actual.getHeight();
    for (int y = 0; y < actual.getHeight(); y++) {
      for (int x = 0; x < actual.getWidth(); x++) {
        if (distance(actual.getRGB(x, y), expected.getRGB(x, y)) > 48) {
          differing++;
        }
      }
    }
    // Antialiased edges may move by a sub-pixel between JDKs; glyphs moving would be far more.
    assertThat(differing).as("pixels differing from " + name).isLessThanOrEqualTo(total / 200);
  }

  static int distance(int a, int b) {
    int dr = Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff));
    int dg = Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff));
    int db = Math.abs((a & 0xff) - (b & 0xff));
    return Math.max(dr, Math.max(dg, db));
  }

  /** A dusk-like vertical gradient, the same every run. */
  static byte[] gradient(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      int r = 40 + 120 * y / height;
      int g = 20 + 40 * y / height;
      int b = 120 - 60 * y / height;
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static BufferedImage decode(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }
}
