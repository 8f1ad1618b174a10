import { Routes } from '@angular/router';
export const SONG_ROUTES: Routes = [];
