import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { LyricEditorPage } from './lyric-editor.page';

/** The editor's text operations through its template: each one can be undone, in order. */
describe('LyricEditorPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LyricEditorPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function setup() {
    const fixture = TestBed.createComponent(LyricEditorPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const textarea = () => el.querySelector<HTMLTextAreaElement>('[data-testid=lyric-text]')!;
    /** ngModel writes the textarea asynchronously: render, wait, render. */
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
      fixture.detectChanges();
    };
    const click = async (testId: string) => {
      el.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)!.click();
      await settle();
    };
    const type = async (value: string) => {
      textarea().dispatchEvent(new Event('focus'));
      textarea().value = value;
      textarea().dispatchEvent(new Event('input'));
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { fixture, el, textarea, click, type, settle };
  }

  it('applies the default structure, cleans up on the server and undoes both steps', async () => {
    const { textarea, click, type, el, settle } = setup();
    await type('one\n\ntwo');
    await click('apply-structure');
    expect(textarea().value).toBe(
      '**Verse 1**\none\n\n**Chorus**\ntwo\n\n**Verse 2**\n\n**Chorus**\n\n**Bridge**\n\n**Chorus**',
    );
    expect(el.querySelectorAll('[data-testid=section-list] li').length).toBe(6);

    await click('cleanup');
    const req = http.expectOne('/api/v1/lyric-parsing-rules/apply');
    expect(req.request.body.text).toContain('**Verse 1**');
    req.flush({ text: '[VERSE 1]\none', applied: ['Bold headers'] });
    await settle();
    expect(textarea().value).toBe('[VERSE 1]\none');
    await click('undo');
    expect(textarea().value.startsWith('**Verse 1**')).toBe(true);
    await click('undo');
    expect(textarea().value).toBe('one\n\ntwo');
  });
});
