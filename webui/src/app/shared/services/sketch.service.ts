import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfigService } from '../../core/api/api-config.service';
import { toParams } from '../../core/http/query-params';
import { Page } from '../../core/models/page';
import { Sketch, SketchInput, SketchQuery, SketchWorkflow } from '../models/sketch';

/** catalog-service's song sketches; shared because the library and the song generator use them. */
@Injectable({ providedIn: 'root' })
export class SketchService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);

  list(query: SketchQuery): Observable<Page<Sketch>> {
    return this.http.get<Page<Sketch>>(this.api.sketches.list, { params: toParams(query) });
  }

  get(id: string): Observable<Sketch> {
    return this.http.get<Sketch>(this.api.sketches.one(id));
  }

  create(input: SketchInput): Observable<Sketch> {
    return this.http.post<Sketch>(this.api.sketches.list, input);
  }

  update(id: string, input: SketchInput): Observable<Sketch> {
    return this.http.put<Sketch>(this.api.sketches.one(id), input);
  }

  move(id: string, workflow: SketchWorkflow): Observable<Sketch> {
    return this.http.patch<Sketch>(this.api.sketches.workflow(id), { workflow });
  }

  duplicate(id: string): Observable<Sketch> {
    return this.http.post<Sketch>(this.api.sketches.duplicate(id), null);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(this.api.sketches.one(id));
  }
}
