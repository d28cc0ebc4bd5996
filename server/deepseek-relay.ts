import type { Plugin } from 'vite';

/** Placeholder until the relay lands (issue 3). */
export function deepseekRelay(): Plugin {
  return { name: 'key-doctor:deepseek-relay' };
}
