import { Routes } from '@angular/router';

export const SONG_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./pages/song-view.page').then((m) => m.SongViewPage),
  },
  {
    path: 'generate',
    loadComponent: () => import('./pages/song-generator.page').then((m) => m.SongGeneratorPage),
  },
  {
    path: 'profile',
    loadComponent: () => import('./pages/song-profile.page').then((m) => m.SongProfilePage),
  },
];
