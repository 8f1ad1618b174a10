import { Routes } from '@angular/router';
import { authGuard, guestGuard } from './core/auth/auth.guard';

export const routes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/pages/login.page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./core/layout/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'images/generate' },
      {
        path: 'images',
        loadChildren: () => import('./features/images/images.routes').then((m) => m.IMAGE_ROUTES),
      },
      {
        path: 'songs',
        loadChildren: () => import('./features/songs/songs.routes').then((m) => m.SONG_ROUTES),
      },
      {
        path: 'sketches',
        loadChildren: () =>
          import('./features/sketches/sketches.routes').then((m) => m.SKETCH_ROUTES),
      },
      {
        path: 'chat',
        loadChildren: () => import('./features/chat/chat.routes').then((m) => m.CHAT_ROUTES),
      },
      {
        path: 'lyrics',
        loadChildren: () => import('./features/lyrics/lyrics.routes').then((m) => m.LYRIC_ROUTES),
      },
      {
        path: 'lyric-rules',
        loadChildren: () =>
          import('./features/lyric-rules/lyric-rules.routes').then((m) => m.LYRIC_RULE_ROUTES),
      },
      {
        path: 'prompt-templates',
        loadChildren: () =>
          import('./features/prompt-templates/prompt-templates.routes').then(
            (m) => m.PROMPT_TEMPLATE_ROUTES,
          ),
      },
      {
        path: 'music-style-prompts',
        loadChildren: () =>
          import('./features/prompt-templates/prompt-templates.routes').then(
            (m) => m.MUSIC_STYLE_ROUTES,
          ),
      },
      {
        path: 'equipment',
        loadChildren: () =>
          import('./features/equipment/equipment.routes').then((m) => m.EQUIPMENT_ROUTES),
      },
      {
        path: 'profile',
        loadChildren: () =>
          import('./features/profile/profile.routes').then((m) => m.PROFILE_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
