import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfigService } from '../../../core/api/api-config.service';
import { toParams } from '../../../core/http/query-params';
import { Page } from '../../../core/models/page';
import { ProgressService } from '../../../core/progress/progress.service';
import {
  BulkDeleteResult,
  GenerateImageRequest,
  GeneratedImage,
  ImageModelCatalogue,
  ImageQuery,
  ImageUpdate,
  TextOverlayRequest,
} from '../models/image';

/** image-service: generation, gallery and text overlays. */
@Injectable({ providedIn: 'root' })
export class ImageService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);
  private readonly progress = inject(ProgressService);

  generate(request: GenerateImageRequest): Observable<GeneratedImage> {
    return this.progress.track(
      'images.generating',
      this.http.post<GeneratedImage>(this.api.image.generate, request),
    );
  }

  /** The image models the account offers, with the options of the API. */
  models(): Observable<ImageModelCatalogue> {
    return this.http.get<ImageModelCatalogue>(this.api.image.models);
  }

  list(query: ImageQuery): Observable<Page<GeneratedImage>> {
    return this.http.get<Page<GeneratedImage>>(this.api.image.list, { params: toParams(query) });
  }

  /** Images without an overlay yet, album covers first. */
  listForOverlay(query: { limit?: number; offset?: number }): Observable<Page<GeneratedImage>> {
    return this.http.get<Page<GeneratedImage>>(this.api.image.listForOverlay, {
      params: toParams(query),
    });
  }

  get(id: string): Observable<GeneratedImage> {
    return this.http.get<GeneratedImage>(this.api.image.one(id));
  }

  update(id: string, change: ImageUpdate): Observable<GeneratedImage> {
    return this.http.put<GeneratedImage>(this.api.image.one(id), change);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(this.api.image.one(id));
  }

  bulkDelete(ids: string[]): Observable<BulkDeleteResult> {
    return this.http.delete<BulkDeleteResult>(this.api.image.bulkDelete, { body: { ids } });
  }

  /** The file itself, fetched with the bearer token (the download endpoint is not signed). */
  download(id: string): Observable<Blob> {
    return this.http.get(this.api.image.download(id), { responseType: 'blob' });
  }

  addTextOverlay(request: TextOverlayRequest): Observable<GeneratedImage> {
    return this.progress.track(
      'overlay.rendering',
      this.http.post<GeneratedImage>(this.api.image.addTextOverlay, request),
    );
  }
}
