import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative addresses, so that dist/ works from any folder of a web server.
  base: './',
  build: { target: 'es2022' },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
