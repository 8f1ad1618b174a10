import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Equipment, EquipmentSummary } from '../models/equipment';
import { EquipmentGalleryPage } from './equipment-gallery.page';

const ITEM: Equipment = {
  id: 'e1',
  type: 'Plugin',
  name: 'Diva',
  version: '1.4',
  description: null,
  manufacturer: 'u-he',
  url: null,
  username: null,
  password: 'secret',
  license_management: 'license_key',
  license_key: 'KEY-1',
  license_description: null,
  purchase_date: null,
  price: null,
  system_requirements: null,
  status: 'active',
  software_tags: [],
  plugin_tags: ['synth'],
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
};
const ROW: EquipmentSummary = {
  ...ITEM,
  has_password: true,
  has_license_key: true,
  has_price: false,
};

/** The gallery through the shared list layout: filters, rows, the detail named by `?id=`. */
describe('EquipmentGalleryPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [EquipmentGalleryPage],
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
    http.verify();
    vi.unstubAllGlobals();
  });

  const listed = () =>
    vi.waitFor(() => http.expectOne((r) => r.url === '/api/v1/equipment'), { timeout: 2000 });

  function setup() {
    const fixture = TestBed.createComponent(EquipmentGalleryPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    return { fixture, el, navigate };
  }

  it('asks for the first page sorted newest first and puts a clicked row in the URL', async () => {
    const { fixture, el, navigate } = setup();
    const list = await listed();
    expect(list.request.params.toString()).toBe('sort=created_at&order=desc&limit=20&offset=0');
    list.flush({ items: [ROW], total: 1, limit: 20, offset: 0 });
    fixture.detectChanges();

    const row = el.querySelector<HTMLButtonElement>('[data-testid=equipment-list] button')!;
    expect(row.textContent).toContain('Diva 1.4');
    expect(row.textContent).toContain('equipment.hasLicenseKey');
    expect(el.querySelector('mat-paginator')).not.toBeNull();
    expect(el.querySelector('.master-detail__detail')?.textContent).toContain(
      'equipment.selectHint',
    );
    row.click();
    expect(navigate).toHaveBeenCalledWith([], { queryParams: { id: 'e1' } });
  });

  it('reads the record the URL names and shows it with its secrets', async () => {
    const { fixture, el } = setup();
    fixture.componentRef.setInput('id', 'e1');
    fixture.detectChanges();
    http.expectOne('/api/v1/equipment/e1').flush(ITEM);
    (await listed()).flush({ items: [ROW], total: 1, limit: 20, offset: 0 });
    fixture.detectChanges();
    const detail = el.querySelector('[data-testid=equipment-detail]')!;
    expect(detail.querySelector('h2')?.textContent).toContain('Diva 1.4');
    expect(detail.querySelectorAll('app-secret-value').length).toBe(2);
    expect(el.querySelector('.item-list__item--selected')).not.toBeNull();
  });

  it('filters from the first page again', async () => {
    const { fixture, el } = setup();
    (await listed()).flush({ items: [ROW], total: 45, limit: 20, offset: 0 });
    fixture.detectChanges();
    el.querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')!.click();
    expect((await listed()).request.params.get('offset')).toBe('20');

    const search = el.querySelector<HTMLInputElement>('[data-testid=equipment-search]')!;
    search.value = ' diva ';
    search.dispatchEvent(new Event('input'));
    const filtered = await listed();
    expect(filtered.request.params.get('q')).toBe('diva');
    expect(filtered.request.params.get('offset')).toBe('0');
  });

  it('deletes after asking, then drops the selection and reads the list again', async () => {
    const { fixture, el, navigate } = setup();
    fixture.componentRef.setInput('id', 'e1');
    fixture.detectChanges();
    http.expectOne('/api/v1/equipment/e1').flush(ITEM);
    (await listed()).flush({ items: [ROW], total: 1, limit: 20, offset: 0 });
    fixture.detectChanges();
    vi.stubGlobal('confirm', () => true);
    el.querySelector<HTMLButtonElement>('[data-testid=delete-equipment]')!.click();
    http.expectOne({ method: 'DELETE', url: '/api/v1/equipment/e1' }).flush(null);
    expect(navigate).toHaveBeenCalledWith([], { queryParams: {} });
    (await listed()).flush({ items: [], total: 0, limit: 20, offset: 0 });
    fixture.detectChanges();
    expect(el.querySelector('[data-testid=empty-state]')?.textContent).toBe('equipment.empty');
  });
});
