import { formatDate } from '@angular/common';
import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from '../../core/i18n/language.service';

/**
 * A timestamp in the user's language ("23 Nov 2026, 14:49" / "23.11.2026, 14:49"); pass
 * `'mediumDate'` for a day alone ("14 Jan 2027" / "14.01.2027").
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: string | null | undefined, format: 'medium' | 'mediumDate' = 'medium'): string {
    if (!value) {
      return '–';
    }
    return formatDate(value, format, this.language.language() === 'de' ? 'de' : 'en-US');
  }
}
