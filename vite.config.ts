import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative addresses, so that dist/ works from any folder of a web server.
  base: './',
  build: { target: 'es2022' },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Browser tests share one machine's two cores; keep them from starving each other.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
