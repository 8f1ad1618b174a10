import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { LanguageService } from './language.service';

describe('LanguageService', () => {
  let service: LanguageService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    service = TestBed.inject(LanguageService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("takes the language from the user's settings", () => {
    service.loadFromSettings().subscribe();
    http.expectOne('/api/v1/user/settings').flush({ language: 'de' });
    expect(service.language()).toBe('de');
    expect(TestBed.inject(TranslateService).getCurrentLang()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('stores a switch in the settings', () => {
    service.switchTo('de', true).subscribe();
    const req = http.expectOne({ method: 'PUT', url: '/api/v1/user/settings' });
    expect(req.request.body).toEqual({ language: 'de' });
    req.flush({ language: 'de' });
  });

  it('a settings answer arriving after the user switched does not undo the switch', () => {
    service.loadFromSettings().subscribe();
    service.switchTo('de', false).subscribe();
    http.expectOne('/api/v1/user/settings').flush({ language: 'en' });
    expect(service.language()).toBe('de');
  });
});
