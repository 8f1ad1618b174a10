import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ProfileService } from './profile.service';

describe('ProfileService', () => {
  let service: ProfileService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(ProfileService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads and edits the profile', () => {
    service.profile().subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/user/profile' }).flush({});
    service.edit({ first_name: 'A', last_name: 'B', artist_name: null }).subscribe();
    expect(http.expectOne({ method: 'PUT', url: '/api/v1/user/edit' }).request.body).toEqual({
      first_name: 'A',
      last_name: 'B',
      artist_name: null,
    });
  });

  it('changes the password with the refresh cookie', () => {
    service.changePassword({ old_password: 'old', new_password: 'new-password-1' }).subscribe();
    const req = http.expectOne({ method: 'PUT', url: '/api/v1/user/password' });
    expect(req.request.body).toEqual({ old_password: 'old', new_password: 'new-password-1' });
    expect(req.request.withCredentials).toBe(true);
    req.flush({});
  });

  it('reads current, monthly and all-time costs', () => {
    service.currentCosts().subscribe();
    http.expectOne('/api/v1/openai/costs/current').flush({});
    service.monthCosts(2026, 3).subscribe();
    http.expectOne('/api/v1/openai/costs/2026/3').flush({});
    service.allTimeCosts().subscribe();
    http.expectOne('/api/v1/openai/costs/all-time').flush({});
  });
});
