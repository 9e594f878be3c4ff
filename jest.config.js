/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs'],
  testTimeout: 30000,
  // A CI backstop only: a stray handle must never keep CI waiting after the run. The handles that held jest after
  // the run were the embedded Redis's 10 s stop deadline, left armed after the server had exited, and ioredis's 2 s
  // disconnect timer on a socket already closed; both are fixed at their root, and the files that stop a Redis exit
  // at once without forceExit. Check with `npx jest --forceExit=false`; hunt new ones with `npm run test:handles`.
  forceExit: true,
  setupFilesAfterEnv: ['<rootDir>/test/helpers/check-responses.ts'],
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
};
