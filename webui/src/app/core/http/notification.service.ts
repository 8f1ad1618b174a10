import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslateService } from '@ngx-translate/core';
import { ProblemMessageService } from './problem-message.service';

/** Short messages at the bottom of the screen: errors in the user's language, confirmations. */
@Injectable({ providedIn: 'root' })
export class NotificationService {
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemMessageService);
  private readonly translate = inject(TranslateService);

  error(error: unknown): string {
    const text = this.problems.message(error);
    this.snackBar.open(text, this.translate.instant('common.close'), {
      duration: 8000,
      panelClass: 'app-snack--error',
    });
    return text;
  }

  info(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, params), undefined, { duration: 3000 });
  }
}
