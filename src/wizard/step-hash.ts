import { isCauseId, type CauseId } from '../domain/causes.ts';

// Apart from the wizard's state, so that the page frame can link to a step without loading it.
const HASH_PREFIX = '#cause-';

/** The URL hash for a step. The hash carries the step and nothing else. */
export function hashOf(cause: CauseId): string {
  return `${HASH_PREFIX}${cause}`;
}

export function causeFromHash(hash: string): CauseId | null {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  const id = hash.slice(HASH_PREFIX.length);
  return isCauseId(id) ? id : null;
}
