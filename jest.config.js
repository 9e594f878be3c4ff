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
  // A stray handle (a socket of a killed child, a timer in a library) must never keep CI waiting after the
  // run: jest exits when the tests are done. Open handles are hunted with `npm run test:handles`.
  forceExit: true,
  setupFilesAfterEnv: ['<rootDir>/test/helpers/check-responses.ts'],
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
};
