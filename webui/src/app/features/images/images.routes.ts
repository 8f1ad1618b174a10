import { Routes } from '@angular/router';
export const IMAGE_ROUTES: Routes = [];
