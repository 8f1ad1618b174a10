import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { ImageModelCatalogue } from '../models/image';
import { ImageGeneratorPage } from './image-generator.page';

const CATALOGUE: ImageModelCatalogue = {
  default_model: 'gpt-image-2.6-sunburst',
  from_account: true,
  notice: null,
  models: [
    {
      id: 'gpt-image-2.6-sunburst',
      qualities: ['low', 'medium', 'high', 'auto'],
      shutdown_date: null,
    },
    {
      id: 'gpt-image-2.5-flare',
      qualities: ['low', 'medium', 'high', 'xhigh', 'max', 'auto'],
      shutdown_date: '2027-06-01',
    },
  ],
  sizes: ['1024x1024', '1536x1024', '1024x1536', 'auto'],
  output_formats: ['png', 'webp', 'jpeg'],
  backgrounds: ['transparent', 'opaque', 'auto'],
  moderations: ['low', 'auto'],
};

const BUDGET = '/api/v1/image/budget';
const budget = (used: number) => ({
  limit: 50,
  used,
  remaining: 50 - used,
  resets_at: '2026-12-04T00:00:00Z',
  unlimited: false,
});

interface PageState {
  form: { controls: Record<string, { setValue(value: unknown): void; value: unknown }> };
  qualities(): string[];
}

/** The generator sends what the chosen model takes, and one paid request at a time. */
describe('ImageGeneratorPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ImageGeneratorPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The usage line reads the budget whenever a generation starts or ends.
    http
      .match(BUDGET)
      .filter((read) => !read.cancelled)
      .forEach((read) => read.flush(budget(0)));
    http.verify();
  });

  function setup() {
    const fixture = TestBed.createComponent(ImageGeneratorPage);
    fixture.detectChanges();
    http.expectOne('/api/v1/image/models').flush(CATALOGUE);
    fixture.detectChanges();
    // The form is the page's own state; the tests drive it as the selects would.
    const page = fixture.componentInstance as unknown as PageState;
    return { fixture, page, el: fixture.nativeElement as HTMLElement };
  }

  it('starts on the default model and offers the qualities of the chosen one', () => {
    const { page } = setup();
    expect(page.form.controls['model'].value).toBe('gpt-image-2.6-sunburst');
    expect(page.qualities()).toEqual(['low', 'medium', 'high', 'auto']);
    page.form.controls['model'].setValue('gpt-image-2.5-flare');
    page.form.controls['quality'].setValue('max');
    expect(page.qualities()).toContain('max');
    // Back to a model without max: the quality falls back instead of earning a 400.
    page.form.controls['model'].setValue('gpt-image-2.6-sunburst');
    expect(page.form.controls['quality'].value).toBe('auto');
  });

  it('never sends a transparent JPEG, and compression only for WebP and JPEG', () => {
    const { page, el, fixture } = setup();
    page.form.controls['prompt'].setValue('a kite');
    page.form.controls['background'].setValue('transparent');
    page.form.controls['output_format'].setValue('jpeg');
    expect(page.form.controls['background'].value).toBe('auto');
    fixture.detectChanges();
    el.querySelector<HTMLButtonElement>('[data-testid=generate-image]')!.click();
    const jpeg = http.expectOne('/api/v1/image/generate');
    expect(jpeg.request.body).toEqual(
      expect.objectContaining({
        model: 'gpt-image-2.6-sunburst',
        output_format: 'jpeg',
        output_compression: 80,
        background: 'auto',
        quality: 'auto',
      }),
    );
    jpeg.flush({ id: 'i1', tags: [], url: null });
    page.form.controls['output_format'].setValue('png');
    fixture.detectChanges();
    el.querySelector<HTMLButtonElement>('[data-testid=generate-image]')!.click();
    const png = http.expectOne('/api/v1/image/generate');
    expect(png.request.body.output_compression).toBeNull();
    png.flush({ id: 'i2', tags: [], url: null });
  });

  it('ignores a second click while the paid request runs', () => {
    const { page, el, fixture } = setup();
    page.form.controls['prompt'].setValue('a kite');
    fixture.detectChanges();
    const button = el.querySelector<HTMLButtonElement>('[data-testid=generate-image]')!;
    button.click();
    fixture.detectChanges();
    expect(button.disabled).toBe(true);
    button.click();
    const only = http.expectOne('/api/v1/image/generate');
    only.flush({ id: 'i1', tags: [], url: null });
    fixture.detectChanges();
    expect(button.disabled).toBe(false);
  });

  it('shows how many images are left today and reads it again after a generation', async () => {
    const { page, el, fixture } = setup();
    http.expectOne(BUDGET).flush(budget(38));
    await fixture.whenStable();
    fixture.detectChanges();
    const line = () => el.querySelector('[data-testid=budget-line]')?.textContent ?? '';
    expect(line()).toContain('budget.left.image');

    page.form.controls['prompt'].setValue('a kite');
    fixture.detectChanges();
    el.querySelector<HTMLButtonElement>('[data-testid=generate-image]')!.click();
    fixture.detectChanges();
    http.expectOne('/api/v1/image/generate').flush({ id: 'i1', tags: [], url: null });
    fixture.detectChanges();
    await fixture.whenStable();
    // Read again once the image is there (the read at its start gave way to it).
    const reads = http.match(BUDGET).filter((read) => !read.cancelled);
    expect(reads).toHaveLength(1);
    reads[0].flush(budget(39));
  });
});
