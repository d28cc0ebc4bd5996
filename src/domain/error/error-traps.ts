import type { CauseId } from '../causes.ts';

/**
 * Wordings whose threads settle a cause the message alone cannot: the cause ranks first, never
 * marked likely. Which tool printed an error is told by the catalogue (stacks/tools.ts); this is
 * only what its threads add. Checked December 2026.
 */
export const ERROR_TRAPS = [
  {
    id: 'shadowed-key',
    // Reasonix: the key saved in its settings is shadowed by an environment variable or a
    // project .env ("credential location, not a bad key"; fixed in #4630).
    pattern: /\breasonix setup\b/i,
    leans: 'not-passed',
    source: 'esengine/DeepSeek-Reasonix#4168, #4608',
  },
] as const satisfies readonly { id: string; pattern: RegExp; leans: CauseId; source: string }[];

export type ErrorTrapId = (typeof ERROR_TRAPS)[number]['id'];

export function errorTrapOf(text: string): (typeof ERROR_TRAPS)[number] | null {
  return ERROR_TRAPS.find((trap) => trap.pattern.test(text)) ?? null;
}
