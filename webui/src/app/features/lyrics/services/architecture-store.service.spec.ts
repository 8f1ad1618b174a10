import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../../core/auth/auth.service';
import { DEFAULT_ARCHITECTURE } from '../domain/architecture';
import { ArchitectureStoreService } from './architecture-store.service';

describe('ArchitectureStoreService', () => {
  const user = signal<{ id: string } | null>({ id: 'u1' });
  let store: ArchitectureStoreService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [{ provide: AuthService, useValue: { user } }],
    });
    store = TestBed.inject(ArchitectureStoreService);
  });

  it('starts from the default architecture', () => {
    expect(store.load()).toEqual(DEFAULT_ARCHITECTURE);
  });

  it('keeps one architecture per user', () => {
    store.save(['INTRO', 'CHORUS']);
    expect(localStorage.getItem('macai.lyrics.architecture.u1')).toBe('["INTRO","CHORUS"]');
    user.set({ id: 'u2' });
    expect(store.load()).toEqual(DEFAULT_ARCHITECTURE);
    user.set({ id: 'u1' });
    expect(store.load()).toEqual(['INTRO', 'CHORUS']);
  });

  it('ignores a damaged stored value', () => {
    localStorage.setItem('macai.lyrics.architecture.u1', '{not json');
    expect(store.load()).toEqual(DEFAULT_ARCHITECTURE);
  });
});
