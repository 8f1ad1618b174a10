import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { BudgetService } from './budget.service';

describe('BudgetService', () => {
  let service: BudgetService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(BudgetService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads each service own budget of the caller', () => {
    service.mine('image').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/image/budget' }).flush({});
    service.mine('song').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/song/budget' }).flush({});
    service.mine('chat').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/openai/chat/budget' }).flush({});
  });

  it('reads, sets and resets the limit for everybody', () => {
    service.limit('song').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/song/budget/limit' }).flush({});
    service.setLimit('chat', 50000).subscribe();
    const put = http.expectOne({ method: 'PUT', url: '/api/v1/openai/chat/budget/limit' });
    expect(put.request.body).toEqual({ daily_limit: 50000 });
    put.flush({});
    service.resetLimit('image').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/v1/image/budget/limit' }).flush({});
  });
});
