/**
 * Jest runs TypeScript through SWC and loads node_modules as native ESM
 * (Node must be started with --experimental-vm-modules; see package.json scripts).
 * Two projects: `unit` (pure code, no database) and `int` (Payload Local API + HTTP on a real database).
 */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
]

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // The workspace packages from their TypeScript sources, as tsconfig.json's `paths` map them
    // (their package.json `exports` point to dist/, which only `npm pack` builds).
    '^@jaarverslag/(key-figures|publication-workflow|published-versions)$': '<rootDir>/src/plugins/$1/index.ts',
    '^@jaarverslag/(key-figures|publication-workflow|published-versions)/(.*)$': '<rootDir>/src/plugins/$1/exports/$2.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
}

/** @type {import('jest').Config} */
export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/jest.setup.ts'],
    },
  ],
}
