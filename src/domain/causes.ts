/** The four causes of DeepSeek's 401, in the order the wizard walks them (SPEC §2.1). */
export const CAUSE_IDS = ['not-set', 'mistyped', 'revoked', 'not-passed'] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

export function isCauseId(value: string): value is CauseId {
  return (CAUSE_IDS as readonly string[]).includes(value);
}
