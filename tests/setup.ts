import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy… and waitFor wait up to 5 s, not 1: on 2 busy cores (a second suite beside this one)
// a lazy chunk can take longer than a second to load. A wait for what never comes still fails.
configure({ asyncUtilTimeout: 5_000 });

// A test that makes React (or anything else) complain fails: warnings are bugs here.
const failOnConsole = (method: 'error' | 'warn') =>
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${method} called: ${args.map(String).join(' ')}`);
  });

beforeEach(() => {
  failOnConsole('error');
  failOnConsole('warn');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
