import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { NotificationService } from '../../../core/http/notification.service';

/** A secret shown masked until revealed, with copy to clipboard (which never needs revealing). */
@Component({
  selector: 'app-secret-value',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="secret__value" [attr.data-testid]="'secret-' + name()">{{
      revealed() ? value() : '••••••••'
    }}</span>
    <button
      mat-button
      type="button"
      (click)="revealed.set(!revealed())"
      [attr.aria-pressed]="revealed()"
      [attr.data-testid]="'reveal-' + name()"
    >
      {{ (revealed() ? 'equipment.hide' : 'equipment.reveal') | translate }}
    </button>
    <button mat-button type="button" (click)="copy()" [attr.data-testid]="'copy-' + name()">
      {{ 'equipment.copy' | translate }}
    </button>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .secret__value {
      font-family: 'Roboto Mono', monospace;
      overflow-wrap: anywhere;
    }
  `,
})
export class SecretValueComponent {
  private readonly notifications = inject(NotificationService);

  readonly name = input.required<string>();
  readonly value = input.required<string>();
  protected readonly revealed = signal(false);

  protected copy(): void {
    navigator.clipboard.writeText(this.value()).then(
      () => this.notifications.info('equipment.copied'),
      () => this.notifications.info('equipment.copyFailed'),
    );
  }
}
