import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfigService } from '../../../core/api/api-config.service';
import { toParams } from '../../../core/http/query-params';
import { Page } from '../../../core/models/page';
import { Equipment, EquipmentInput, EquipmentQuery, EquipmentSummary } from '../models/equipment';

/** catalog-service's equipment of the signed-in user. */
@Injectable({ providedIn: 'root' })
export class EquipmentService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);

  list(query: EquipmentQuery): Observable<Page<EquipmentSummary>> {
    return this.http.get<Page<EquipmentSummary>>(this.api.equipment.list, {
      params: toParams(query),
    });
  }

  get(id: string): Observable<Equipment> {
    return this.http.get<Equipment>(this.api.equipment.one(id));
  }

  create(input: EquipmentInput): Observable<Equipment> {
    return this.http.post<Equipment>(this.api.equipment.list, input);
  }

  /** A full replace: fields left out are cleared. */
  replace(id: string, input: EquipmentInput): Observable<Equipment> {
    return this.http.put<Equipment>(this.api.equipment.one(id), input);
  }

  duplicate(id: string): Observable<Equipment> {
    return this.http.post<Equipment>(this.api.equipment.duplicate(id), null);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(this.api.equipment.one(id));
  }
}
