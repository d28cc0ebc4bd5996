import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';

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
