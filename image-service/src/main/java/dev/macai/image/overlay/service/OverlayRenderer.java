package dev.macai.image.overlay.service;

import dev.macai.image.overlay.domain.Box;
import dev.macai.image.overlay.domain.FontStyle;
import dev.macai.image.overlay.domain.OverlayLayout;
import dev.macai.image.overlay.domain.OverlayPosition;
import dev.macai.image.overlay.domain.OverlaySpec;
import dev.macai.image.overlay.domain.OverlayText;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws title and artist onto a copy of an image with Java2D: antialiased glyph outlines, the
 * outline stroked first and the fill drawn over it (so the outline only shows outside the letters),
 * placed by {@link OverlayLayout}. Runs headless; fonts come from the jar, never from the system,
 * so every machine renders the same.
 */
@ApplicationScoped
public class OverlayRenderer {

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final Map<FontStyle, Font> fonts = new EnumMap<>(FontStyle.class);

  public OverlayRenderer() {
    for (FontStyle style : FontStyle.values()) {
      fonts.put(style, load(style));
    }
  }

  /** Draws the text onto a copy of the image (PNG, WebP or JPEG) and answers it as a PNG. */
  public byte[] render(byte[] image, OverlaySpec spec) {
    BufferedImage source = read(image);
    BufferedImage canvas = blankLike(source);
    Graphics2D g = canvas.createGraphics();
    try {
      g.drawImage(source, 0, 0, null);
      smooth(g);
      drawTexts(g, spec, Frame.of(canvas, spec));
      return write(canvas);
    } finally {
      g.dispose();
    }
  }

  /** As large as the source; a transparent background stays transparent around the text. */
  private static BufferedImage blankLike(BufferedImage source) {
    int type =
        source.getColorModel().hasAlpha()
            ? BufferedImage.TYPE_INT_ARGB
            : BufferedImage.TYPE_INT_RGB;
    return new BufferedImage(source.getWidth(), source.getHeight(), type);
  }

  private static void smooth(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  /** The title alone; or with the artist stacked under it, or each at its own position. */
  private void drawTexts(Graphics2D g, OverlaySpec spec, Frame frame) {
    Text title =
        fit(
            OverlayText.title(spec.title()),
            spec.titleFont(),
            spec.titleFontSize(),
            spec.outlineWidth(),
            frame);
    if (spec.artist() == null) {
      draw(g, title, frame.place(title, spec.titlePosition()), spec.titleColor(), spec);
      return;
    }
    Text artist =
        fit(
            OverlayText.artist(spec.artist()),
            spec.artistFont(),
            spec.artistFontSize(),
            spec.outlineWidth(),
            frame);
    if (spec.artistPosition() == null) {
      drawStacked(g, title, artist, spec, frame);
    } else {
      draw(g, title, frame.place(title, spec.titlePosition()), spec.titleColor(), spec);
      draw(g, artist, frame.place(artist, spec.artistPosition()), spec.artistColor(), spec);
    }
  }

  /** Title over artist at the title's position, 30 % of the artist line's height apart. */
  private static void drawStacked(
      Graphics2D g, Text title, Text artist, OverlaySpec spec, Frame frame) {
    double gap = artist.height() * 0.3;
    OverlayLayout.Stack stack =
        OverlayLayout.stack(
            title.width(),
            title.height(),
            artist.width(),
            artist.height(),
            gap,
            spec.titlePosition(),
            frame.width(),
            frame.height(),
            frame.margin());
    draw(g, title, stack.title(), spec.titleColor(), spec);
    draw(g, artist, stack.artist(), spec.artistColor(), spec);
  }

  /** The text measured at its size, shrunk once when wider or taller than the image allows. */
  private Text fit(String text, FontStyle style, int size, int outline, Frame frame) {
    Text measured = measure(text, style, size, outline);
    double scale =
        OverlayLayout.fitScale(
            measured.width(), measured.height(), frame.width(), frame.height(), frame.margin());
    if (scale >= 1) {
      return measured;
    }
    // Outline width stays; only the glyphs shrink, so measure again at the smaller size.
    return measure(text, style, (float) Math.max(4, size * scale * 0.98), outline);
  }

  private Text measure(String text, FontStyle style, float size, int outline) {
    TextLayout layout = new TextLayout(text, fonts.get(style).deriveFont(size), FRC);
    Rectangle2D ink = layout.getBounds();
    return new Text(
        layout, ink, ink.getWidth() + 2.0 * outline, ink.getHeight() + 2.0 * outline, outline);
  }

  private static void draw(Graphics2D g, Text text, Box box, int color, OverlaySpec spec) {
    AffineTransform at =
        AffineTransform.getTranslateInstance(
            box.left() + text.outline() - text.ink().getX(),
            box.top() + text.outline() - text.ink().getY());
    Shape glyphs = text.layout().getOutline(at);
    if (spec.outlineWidth() > 0) {
      // Stroke centred on the glyph edge: twice the width, half of it hidden under the fill.
      g.setStroke(
          new BasicStroke(spec.outlineWidth() * 2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setColor(new Color(spec.outlineColor()));
      g.draw(glyphs);
    }
    g.setColor(new Color(color));
    g.fill(glyphs);
  }

  private record Text(
      TextLayout layout, Rectangle2D ink, double width, double height, int outline) {}

  /** The image's size and the margin kept clear along its edges. */
  private record Frame(int width, int height, double margin) {

    static Frame of(BufferedImage canvas, OverlaySpec spec) {
      int width = canvas.getWidth();
      int height = canvas.getHeight();
      return new Frame(width, height, OverlayLayout.margin(width, height, spec.outlineWidth()));
    }

    Box place(Text text, OverlayPosition position) {
      return OverlayLayout.place(text.width(), text.height(), position, width, height, margin);
    }
  }

  /** WebP is read by the TwelveMonkeys ImageIO plug-in, found on the class path. */
  private static BufferedImage read(byte[] content) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
      if (image == null) {
        throw new IllegalArgumentException("not an image ImageIO can read");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Font load(FontStyle style) {
    try (InputStream ttf = OverlayRenderer.class.getResourceAsStream("/fonts/" + style.file())) {
      if (ttf == null) {
        throw new IllegalStateException("font resource missing: " + style.file());
      }
      return Font.createFont(Font.TRUETYPE_FONT, ttf);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("could not load " + style.file(), e);
    }
  }
}
