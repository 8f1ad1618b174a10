import { Routes } from '@angular/router';

export const EQUIPMENT_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () =>
      import('./pages/equipment-gallery.page').then((m) => m.EquipmentGalleryPage),
  },
  {
    path: 'new',
    loadComponent: () => import('./pages/equipment-editor.page').then((m) => m.EquipmentEditorPage),
  },
  {
    path: ':id/edit',
    loadComponent: () => import('./pages/equipment-editor.page').then((m) => m.EquipmentEditorPage),
  },
];
