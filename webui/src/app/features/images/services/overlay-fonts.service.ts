import { Injectable } from '@angular/core';
import { FONT_FILES } from '../domain/overlay-layout';
import { FontStyle } from '../models/image';

/**
 * Loads the three overlay fonts (the TTF files image-service renders with) into the document,
 * once, so the canvas preview measures and draws exactly the server's glyphs.
 */
@Injectable({ providedIn: 'root' })
export class OverlayFontsService {
  private loading: Promise<void> | null = null;

  load(): Promise<void> {
    if (!this.loading) {
      this.loading = Promise.all(
        Object.values(FONT_FILES).map(async ({ family, file }) => {
          if (typeof FontFace === 'undefined') {
            return;
          }
          const face = new FontFace(family, `url(${file})`);
          await face.load();
          document.fonts.add(face);
        }),
      ).then(() => undefined);
    }
    return this.loading;
  }

  family(style: FontStyle): string {
    return FONT_FILES[style].family;
  }
}
