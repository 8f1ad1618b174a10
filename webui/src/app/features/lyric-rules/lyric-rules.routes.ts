import { Routes } from '@angular/router';

export const LYRIC_RULE_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./pages/lyric-rules.page').then((m) => m.LyricRulesPage),
  },
];
