import { Routes } from '@angular/router';

export const IMAGE_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./pages/image-view.page').then((m) => m.ImageViewPage),
  },
  {
    path: 'generate',
    loadComponent: () => import('./pages/image-generator.page').then((m) => m.ImageGeneratorPage),
  },
  {
    path: 'overlay',
    loadComponent: () =>
      import('./pages/text-overlay-editor.page').then((m) => m.TextOverlayEditorPage),
  },
];
