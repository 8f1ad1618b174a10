import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSliderModule } from '@angular/material/slider';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth/auth.service';
import { NotificationService } from '../../../core/http/notification.service';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import {
  ARTIST_SIZE,
  clamp,
  Box,
  clickToPoint,
  fitScale,
  gridPoint,
  GRID_POSITIONS,
  margin,
  overlayTexts,
  place,
  Size,
  stack,
  TITLE_SIZE,
} from '../domain/overlay-layout';
import { FontStyle, GeneratedImage, GridPosition, RelativePoint, imageUrl } from '../models/image';
import { ImageService } from '../services/image.service';
import { OverlayFontsService } from '../services/overlay-fonts.service';

interface MeasuredText {
  text: string;
  font: string;
  inkLeft: number;
  inkAscent: number;
  width: number;
  height: number;
}

/** The preview redraws this long after the last change (typing, dragging a slider). */
const PREVIEW_DEBOUNCE_MS = 120;

@Component({
  selector: 'app-text-overlay-editor-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSliderModule,
    TranslatePipe,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './text-overlay-editor.page.html',
  styleUrl: './text-overlay-editor.page.scss',
})
export class TextOverlayEditorPage implements OnInit {
  private readonly images = inject(ImageService);
  private readonly fonts = inject(OverlayFontsService);
  private readonly notifications = inject(NotificationService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);

  /** Preselected image (query parameter `image`). */
  readonly image = input<string>();

  private readonly canvas = viewChild<ElementRef<HTMLCanvasElement>>('preview');

  protected readonly candidates = signal<GeneratedImage[]>([]);
  protected readonly selected = signal<GeneratedImage | null>(null);
  protected readonly title = signal('');
  protected readonly artist = signal(this.auth.user()?.artist_name ?? '');
  protected readonly fontStyle = signal<FontStyle>('bold');
  protected readonly artistFontStyle = signal<FontStyle>('light');
  protected readonly positionMode = signal<'grid' | 'custom'>('grid');
  protected readonly gridPosition = signal<GridPosition>('bottom-center');
  protected readonly customPoint = signal<RelativePoint>({ x: 0.5, y: 0.85 });
  protected readonly titleSize = signal(96);
  protected readonly artistSize = signal(40);
  protected readonly titleColor = signal('#ffffff');
  protected readonly artistColor = signal('#ffffff');
  protected readonly outlineColor = signal('#000000');
  protected readonly outlineWidth = signal(3);

  protected readonly gridPositions = GRID_POSITIONS;
  protected readonly fontStyles: FontStyle[] = ['bold', 'elegant', 'light'];
  protected readonly titleRange = TITLE_SIZE;
  protected readonly artistRange = ARTIST_SIZE;
  protected readonly imageUrl = imageUrl;

  protected readonly anchor = computed<RelativePoint>(() =>
    this.positionMode() === 'grid' ? gridPoint(this.gridPosition()) : this.customPoint(),
  );

  private readonly picture = signal<HTMLImageElement | null>(null);
  private readonly fontsReady = signal(false);
  private redrawTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    // Everything the preview depends on; redrawn after a short pause, not on every keystroke.
    effect(() => {
      const state = {
        picture: this.picture(),
        fontsReady: this.fontsReady(),
        texts: overlayTexts(this.title(), this.artist()),
        anchor: this.anchor(),
        fontStyle: this.fontStyle(),
        artistFontStyle: this.artistFontStyle(),
        titleSize: this.titleSize(),
        artistSize: this.artistSize(),
        titleColor: this.titleColor(),
        artistColor: this.artistColor(),
        outlineColor: this.outlineColor(),
        outlineWidth: this.outlineWidth(),
      };
      if (this.redrawTimer) {
        clearTimeout(this.redrawTimer);
      }
      this.redrawTimer = setTimeout(() => this.draw(state), PREVIEW_DEBOUNCE_MS);
    });
    effect(() => {
      const image = this.selected();
      const src = image ? imageUrl(image) : null;
      if (!src) {
        this.picture.set(null);
        return;
      }
      const picture = new Image();
      picture.onload = () => this.picture.set(picture);
      picture.src = src;
    });
  }

  ngOnInit(): void {
    this.fonts.load().then(
      () => this.fontsReady.set(true),
      () => this.fontsReady.set(true),
    );
    this.images.listForOverlay({ limit: 100 }).subscribe({
      next: (page) => {
        this.candidates.set(page.items);
        if (!this.image() && !this.selected() && page.items.length) {
          this.selected.set(page.items[0]);
        }
      },
      error: (error: unknown) => this.notifications.error(error),
    });
    const preselected = this.image();
    if (preselected) {
      this.images.get(preselected).subscribe({
        next: (image) => this.selected.set(image),
        error: (error: unknown) => this.notifications.error(error),
      });
    }
  }

  protected pick(image: GeneratedImage): void {
    this.selected.set(image);
  }

  /** A click on the preview places the text there (switching to custom positioning). */
  protected placeAt(event: MouseEvent): void {
    const canvas = event.target as HTMLCanvasElement;
    this.customPoint.set(
      clickToPoint(event.clientX, event.clientY, canvas.getBoundingClientRect()),
    );
    this.positionMode.set('custom');
  }

  /** Arrow keys nudge the position by 1 % for people who do not use a mouse. */
  protected nudge(event: KeyboardEvent): void {
    const step: Record<string, [number, number]> = {
      ArrowLeft: [-0.01, 0],
      ArrowRight: [0.01, 0],
      ArrowUp: [0, -0.01],
      ArrowDown: [0, 0.01],
    };
    const move = step[event.key];
    if (!move) {
      return;
    }
    event.preventDefault();
    const from = this.anchor();
    const round = (v: number) => Math.round(clamp(v, 0, 1) * 1000) / 1000;
    this.customPoint.set({ x: round(from.x + move[0]), y: round(from.y + move[1]) });
    this.positionMode.set('custom');
  }

  /** 0.499 shows as 49.9, not 49.900000000000006. */
  protected percent(fraction: number): number {
    return Math.round(fraction * 1000) / 10;
  }

  protected setCustom(axis: 'x' | 'y', percent: number): void {
    const value = clamp(Number(percent) / 100, 0, 1);
    this.customPoint.update((p) => ({ ...p, [axis]: value }));
  }

  protected apply(): void {
    const image = this.selected();
    if (!image || !this.title().trim()) {
      this.notifications.info('overlay.needsTitle');
      return;
    }
    const position = this.positionMode() === 'grid' ? this.gridPosition() : this.customPoint();
    this.images
      .addTextOverlay({
        image_id: image.id,
        title: this.title().trim(),
        artist: this.artist().trim() || null,
        font_style: this.fontStyle(),
        artist_font_style: this.artistFontStyle(),
        title_position: position,
        title_font_size: clamp(this.titleSize(), TITLE_SIZE.min, TITLE_SIZE.max),
        artist_font_size: clamp(this.artistSize(), ARTIST_SIZE.min, ARTIST_SIZE.max),
        title_color: this.titleColor(),
        artist_color: this.artistColor(),
        outline_color: this.outlineColor(),
        outline_width: this.outlineWidth(),
      })
      .subscribe({
        next: (created) => {
          this.notifications.info('overlay.created');
          void this.router.navigate(['/images'], { queryParams: { id: created.id } });
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private draw(state: PreviewState): void {
    const canvas = this.canvas()?.nativeElement;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !state.picture) {
      return;
    }
    const image = paintPicture(canvas, context, state.picture);
    const pen: Pen = {
      context,
      image,
      outline: state.outlineWidth,
      outlineColor: state.outlineColor,
      edge: margin(image, state.outlineWidth),
      family: (style) => this.fonts.family(style),
    };
    paintTexts(pen, state);
    paintAnchorMarker(context, state.anchor, image);
  }
}

/** Everything the preview is drawn from (the effect collects it, the timer draws it). */
interface PreviewState {
  picture: HTMLImageElement | null;
  texts: { title: string; artist: string | null };
  anchor: RelativePoint;
  fontStyle: FontStyle;
  artistFontStyle: FontStyle;
  titleSize: number;
  artistSize: number;
  titleColor: string;
  artistColor: string;
  outlineColor: string;
  outlineWidth: number;
}

/** What measuring and writing text on the preview needs. */
interface Pen {
  context: CanvasRenderingContext2D;
  image: Size;
  /** Outline width in image pixels. */
  outline: number;
  outlineColor: string;
  /** The margin text keeps from the image's edges. */
  edge: number;
  family: (style: FontStyle) => string;
}

/** The canvas takes the image's real size (CSS scales it down), so font sizes are the server's pixels. */
function paintPicture(
  canvas: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
  picture: HTMLImageElement,
): Size {
  const { naturalWidth: width, naturalHeight: height } = picture;
  canvas.width = width;
  canvas.height = height;
  context.drawImage(picture, 0, 0);
  return { width, height };
}

/** The title alone at the anchor, or title and artist stacked there. */
function paintTexts(pen: Pen, state: PreviewState): void {
  pen.context.textBaseline = 'alphabetic';
  pen.context.textAlign = 'left';
  if (!state.texts.title) {
    return;
  }
  const title = fitText(pen, state.texts.title, state.fontStyle, state.titleSize);
  if (state.texts.artist) {
    const artist = fitText(pen, state.texts.artist, state.artistFontStyle, state.artistSize);
    const boxes = stack(title, artist, state.anchor, pen.image, pen.edge);
    paintText(pen, title, boxes.title, state.titleColor);
    paintText(pen, artist, boxes.artist, state.artistColor);
  } else {
    paintText(pen, title, place(title, state.anchor, pen.image, pen.edge), state.titleColor);
  }
}

/** Measured like the server: the glyphs' ink box plus the outline on every side. */
function measureText(pen: Pen, text: string, style: FontStyle, size: number): MeasuredText {
  const font = `${size}px ${pen.family(style)}`;
  pen.context.font = font;
  const m = pen.context.measureText(text);
  return {
    text,
    font,
    inkLeft: m.actualBoundingBoxLeft,
    inkAscent: m.actualBoundingBoxAscent,
    width: m.actualBoundingBoxLeft + m.actualBoundingBoxRight + 2 * pen.outline,
    height: m.actualBoundingBoxAscent + m.actualBoundingBoxDescent + 2 * pen.outline,
  };
}

/** The text at its size, or shrunk (as the server does) until it fits between the margins. */
function fitText(pen: Pen, text: string, style: FontStyle, size: number): MeasuredText {
  const measured = measureText(pen, text, style, size);
  const scale = fitScale(measured, pen.image, pen.edge);
  return scale >= 1 ? measured : measureText(pen, text, style, Math.max(4, size * scale * 0.98));
}

function paintText(pen: Pen, text: MeasuredText, box: Box, fill: string): void {
  const { context, outline } = pen;
  context.font = text.font;
  const x = box.left + outline + text.inkLeft;
  const y = box.top + outline + text.inkAscent;
  if (outline > 0) {
    // The stroke straddles the glyph edge: twice the width shows `outline` outside the fill.
    context.lineWidth = outline * 2;
    context.lineJoin = 'round';
    context.strokeStyle = pen.outlineColor;
    context.strokeText(text.text, x, y);
  }
  context.fillStyle = fill;
  context.fillText(text.text, x, y);
}

/** Red marker on the chosen position (preview only, never rendered by the server). */
function paintAnchorMarker(
  context: CanvasRenderingContext2D,
  relative: RelativePoint,
  image: Size,
): void {
  const anchor = { x: relative.x * image.width, y: relative.y * image.height };
  const radius = Math.max(6, image.width / 120);
  context.strokeStyle = '#ff1744';
  context.lineWidth = Math.max(2, image.width / 400);
  context.beginPath();
  context.arc(anchor.x, anchor.y, radius, 0, Math.PI * 2);
  context.moveTo(anchor.x - radius * 2, anchor.y);
  context.lineTo(anchor.x + radius * 2, anchor.y);
  context.moveTo(anchor.x, anchor.y - radius * 2);
  context.lineTo(anchor.x, anchor.y + radius * 2);
  context.stroke();
}
