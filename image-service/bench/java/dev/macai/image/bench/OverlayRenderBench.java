package dev.macai.image.bench;

import dev.macai.image.overlay.domain.FontStyle;
import dev.macai.image.overlay.domain.OverlayPosition;
import dev.macai.image.overlay.domain.OverlaySpec;
import dev.macai.image.overlay.service.OverlayRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One overlay render of a 1024x1024 image with title, artist and outline: decode the PNG, draw,
 * encode the PNG (what the endpoint does besides storage). A noisy input, because DALL-E images
 * compress badly and PNG encoding is most of the cost; a flat gradient would flatter the figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Djava.awt.headless=true"})
public class OverlayRenderBench {

  private OverlayRenderer renderer;
  private byte[] photo;
  private OverlaySpec spec;

  @Setup
  public void setUp() throws IOException {
    renderer = new OverlayRenderer();
    BufferedImage image = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(42);
    for (int y = 0; y < 1024; y++) {
      for (int x = 0; x < 1024; x++) {
        int base = (y * 200 / 1024) << 16 | (x * 120 / 1024) << 8 | 90;
        image.setRGB(x, y, base ^ (random.nextInt(32) * 0x010101));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    photo = out.toByteArray();
    spec =
        new OverlaySpec(
            "Night Drive",
            "Ada Lovelace",
            FontStyle.BOLD,
            FontStyle.LIGHT,
            OverlayPosition.named("bottom-center").orElseThrow(),
            null,
            140,
            56,
            0xFFFFFF,
            0xFFD700,
            0x000000,
            3);
  }

  @Benchmark
  public byte[] renderTitleArtistOutline() {
    return renderer.render(photo, spec);
  }
}
