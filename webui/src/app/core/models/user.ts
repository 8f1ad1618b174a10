export type Language = 'en' | 'de';

export interface User {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  artist_name: string | null;
  roles: string[];
  created_at: string;
  updated_at: string;
}

/** Answer of login, refresh and password change. */
export interface Session {
  access_token: string;
  token_type: string;
  expires_in: number;
  user: User;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RegisterRequest {
  email: string;
  password: string;
  first_name: string;
  last_name: string;
  artist_name?: string | null;
  /** The first account only: the one-time token from auth-service's log. */
  setup_token?: string;
}

/** Answer of GET /api/v1/auth/setup. */
export interface SetupStatus {
  setup_required: boolean;
}

export interface UserSettings {
  language: Language;
}
