import { inject, Injectable } from '@angular/core';
import { AuthService } from '../../../core/auth/auth.service';
import { DEFAULT_ARCHITECTURE, SectionType, sanitizeArchitecture } from '../domain/architecture';

const KEY_PREFIX = 'macai.lyrics.architecture.';

/**
 * The song architecture the builder last saved, kept per user in local storage (it is a
 * preference, not data worth a server round trip).
 */
@Injectable({ providedIn: 'root' })
export class ArchitectureStoreService {
  private readonly auth = inject(AuthService);

  load(): SectionType[] {
    try {
      const raw = localStorage.getItem(this.key());
      return (raw && sanitizeArchitecture(JSON.parse(raw))) || [...DEFAULT_ARCHITECTURE];
    } catch {
      return [...DEFAULT_ARCHITECTURE];
    }
  }

  save(types: readonly SectionType[]): void {
    try {
      localStorage.setItem(this.key(), JSON.stringify(types));
    } catch {
      // Storage full or disabled: the architecture simply is not remembered.
    }
  }

  private key(): string {
    return KEY_PREFIX + (this.auth.user()?.id ?? 'anonymous');
  }
}
