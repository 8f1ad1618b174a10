import { Session } from '../models/user';

/** A session as auth-service answers login and refresh. */
export const SESSION: Session = {
  access_token: 'token-1',
  token_type: 'Bearer',
  expires_in: 900,
  user: {
    id: 'u1',
    email: 'ada@example.com',
    first_name: 'Ada',
    last_name: 'Lovelace',
    artist_name: 'Ada L',
    roles: ['user', 'admin'],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  },
};
