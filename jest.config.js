// One Jest configuration, four projects: `unit` (no I/O), `e2e` (API against a real database,
// TEST_DB=sqlite|mysql), `browser` (the built product in headless Chromium) and `system` (the
// built API as separate processes, with MariaDB and Redis).
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ],
};
const common = {
  rootDir: __dirname,
  transform,
  testEnvironment: 'node',
  // content-disposition (under @fastify/static) ships ESM only; Jest on Node 20 needs it compiled.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleNameMapper: { '^@wb/contracts$': '<rootDir>/libs/contracts/src/index.ts' },
};

module.exports = {
  // a guard against hangs, not a speed check: starting the app or drawing a report's charts can take
  // several seconds on a loaded two-core machine
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/libs/contracts/src/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'] },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.browser-spec.ts'] },
    // the built API as processes of its own: several instances, a database stopped under load
    { ...common, displayName: 'system', testMatch: ['<rootDir>/tests/system/**/*.system-spec.ts'] },
  ],
};
