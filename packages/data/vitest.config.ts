import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // The tests pack, install, type-check and publish the real package in child processes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
