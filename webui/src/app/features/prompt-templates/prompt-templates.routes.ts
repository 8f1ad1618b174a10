import { Routes } from '@angular/router';

/** All templates, or (music style prompts) only the `songs` category. */
export const PROMPT_TEMPLATE_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./pages/prompt-templates.page').then((m) => m.PromptTemplatesPage),
  },
];

export const MUSIC_STYLE_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./pages/prompt-templates.page').then((m) => m.PromptTemplatesPage),
    data: { fixedCategory: 'songs' },
  },
];
