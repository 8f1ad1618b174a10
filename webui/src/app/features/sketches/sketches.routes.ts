import { Routes } from '@angular/router';

export const SKETCH_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./pages/sketch-library.page').then((m) => m.SketchLibraryPage),
  },
  {
    path: 'new',
    loadComponent: () => import('./pages/sketch-creator.page').then((m) => m.SketchCreatorPage),
  },
  {
    path: ':id/edit',
    loadComponent: () => import('./pages/sketch-creator.page').then((m) => m.SketchCreatorPage),
  },
];
