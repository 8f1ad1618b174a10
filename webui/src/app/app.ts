import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { ProgressOverlayComponent } from './core/layout/progress-overlay.component';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, ProgressOverlayComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<router-outlet /><app-progress-overlay />`,
})
export class App {}
