import { Routes } from '@angular/router';

/** One page for both providers: the route's data says which. */
export const CHAT_ROUTES: Routes = [
  {
    path: 'ollama',
    loadComponent: () => import('./pages/chat.page').then((m) => m.ChatPage),
    data: { provider: 'ollama' },
  },
  {
    path: 'openai',
    loadComponent: () => import('./pages/chat.page').then((m) => m.ChatPage),
    data: { provider: 'openai' },
  },
];
