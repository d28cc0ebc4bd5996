import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { securityHeaders } from './server/security-headers.ts';
import { deepseekRelay } from './server/deepseek-relay.ts';
import { prerenderFrame } from './server/prerender-frame.ts';

export default defineConfig({
  // Relative asset paths: dist/ works from any sub-path of a static host.
  base: './',
  plugins: [react(), securityHeaders(), deepseekRelay(), prerenderFrame()],
  test: {
    projects: [
      {
        extends: true,
        // Budgets for 2 busy cores (CI runs a second suite beside this one): not speed checks.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          globals: true,
          testTimeout: 20_000,
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        // Each wrapping reads every report twice: a budget for 2 busy cores, as above.
        test: {
          name: 'corpus',
          include: ['tests/corpus/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'snippets',
          include: ['tests/snippets/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
