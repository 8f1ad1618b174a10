/**
 * Architecture rules of the web UI (CONVENTIONS "Web UI"), checked by `npm run lint`.
 * A component is any file under a components/ or pages/ folder, or the shell under core/layout/.
 */
const COMPONENT = '(^src/app/.*/(components|pages)/|^src/app/core/layout/|\\.component\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'services-not-to-components',
      comment: 'A service is used by components; it never reaches back into one.',
      severity: 'error',
      from: { path: '\\.service\\.ts$' },
      to: { path: COMPONENT },
    },
    {
      name: 'models-only-models',
      comment: 'Models are plain types: they import nothing but other models.',
      severity: 'error',
      from: { path: '^src/app/.*/models/' },
      to: { pathNot: '^src/app/.*/models/' },
    },
    {
      name: 'guards-interceptors-not-to-components',
      severity: 'error',
      from: { path: '\\.(guard|interceptor)\\.ts$' },
      to: { path: COMPONENT },
    },
    {
      name: 'environment-only-in-api-config',
      comment: 'Every URL comes from ApiConfigService; nothing else reads the environment.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: '(^src/app/core/api/api-config\\.service(\\.spec)?\\.ts$|^src/main\\.ts$)',
      },
      to: { path: '^src/environments/' },
    },
    {
      name: 'features-not-into-other-features',
      comment: 'Features share through shared/ or core/, not by importing each other.',
      severity: 'error',
      from: { path: '^src/app/features/([^/]+)/' },
      to: { path: '^src/app/features/', pathNot: '^src/app/features/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
  },
};
