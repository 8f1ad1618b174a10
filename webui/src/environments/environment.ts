/** The only place a base path lives; ApiConfigService builds every endpoint from it. */
export const environment = {
  apiBase: '/api/v1',
};
