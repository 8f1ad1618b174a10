import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { EquipmentInput } from '../models/equipment';
import { EquipmentService } from './equipment.service';

describe('EquipmentService', () => {
  let service: EquipmentService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(EquipmentService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists with search, filters, sort and paging, leaving out empty filters', () => {
    service
      .list({
        q: 'synth',
        type: 'Plugin',
        status: '',
        license_management: 'ilok',
        sort: 'name',
        order: 'asc',
        limit: 20,
        offset: 20,
      })
      .subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/equipment');
    expect(req.request.params.keys().sort()).toEqual([
      'license_management',
      'limit',
      'offset',
      'order',
      'q',
      'sort',
      'type',
    ]);
    req.flush({ items: [], total: 0, limit: 20, offset: 20 });
  });

  it('creates, reads, replaces, duplicates and deletes', () => {
    const input = { type: 'Plugin', name: 'Serum', license_key: 'SERUM-1' } as EquipmentInput;
    service.create(input).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/equipment' }).request.body).toEqual(
      input,
    );
    service.get('e1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/equipment/e1' }).flush({});
    service.replace('e1', input).subscribe();
    http.expectOne({ method: 'PUT', url: '/api/v1/equipment/e1' }).flush({});
    service.duplicate('e1').subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/equipment/e1/duplicate' }).flush({});
    service.delete('e1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/v1/equipment/e1' }).flush(null);
  });
});
