import { readFileSync } from 'node:fs';

/** ts-jest in ESM mode, as actions/typescript-action does (node --experimental-vm-modules). */
export default {
  // The version the build writes into the bundles (src/core/version.ts), for tests that run the sources.
  globals: {
    __LAUNCHGATE_VERSION__: JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version,
  },
  testEnvironment: 'node',
  // A cache per checkout: transforms cached for another checkout of the same files never leak into this one.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
  // Emscripten modules (the Postgres parser) keep handles that never close; every test awaits its own work.
  forceExit: true,
  reporters: ['default', '<rootDir>/scripts/jest-plain-summary.js'],
};
