import { Routes } from '@angular/router';

export const LYRIC_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./pages/lyric-editor.page').then((m) => m.LyricEditorPage),
  },
];
