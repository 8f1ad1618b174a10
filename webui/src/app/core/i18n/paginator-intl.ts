import { inject, Injectable, Provider } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

/** Material's paginator labels ("1 – 20 of 57") in the user's language. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    // Provided per page (see providePaginatorTranslations): stop listening when the page goes.
    this.translate.onLangChange.pipe(takeUntilDestroyed()).subscribe(() => this.relabel());
    this.relabel();
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) {
      return this.translate.instant('paginator.range', { from: 0, to: 0, total: 0 });
    }
    const from = page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.translate.instant('paginator.range', { from, to, total: length });
  };

  private relabel(): void {
    this.itemsPerPageLabel = this.translate.instant('paginator.itemsPerPage');
    this.nextPageLabel = this.translate.instant('paginator.next');
    this.previousPageLabel = this.translate.instant('paginator.previous');
    this.firstPageLabel = this.translate.instant('paginator.first');
    this.lastPageLabel = this.translate.instant('paginator.last');
    this.changes.next();
  }
}

/**
 * Put in the `providers` of a page that shows a mat-paginator. Deliberately not an app-wide
 * provider: importing MatPaginatorIntl from app.config pulled the paginator and everything it
 * uses (select, form field, tooltip, overlay, button) into the initial bundle.
 */
export function providePaginatorTranslations(): Provider[] {
  return [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }];
}
