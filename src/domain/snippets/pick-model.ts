import { CURRENT_MODELS, DEFAULT_MODEL, LEGACY_MODELS, RETIRED_MODELS } from '../deepseek-facts.ts';

export interface SnippetModel {
  model: string;
  /** True when the id came from the user's own `GET /models`. */
  fromKey: boolean;
}

const OUTDATED: readonly string[] = [...LEGACY_MODELS, ...RETIRED_MODELS];

/** What a model id may contain to be written into code: no quote, space or newline. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * The model id the snippets name: one the user's key listed when a test ran (the dated default
 * if listed, else another current id, else any id that is not outdated); the dated default when
 * no list is known.
 */
export function pickModel(listed: readonly string[] | null | undefined): SnippetModel {
  // An id goes verbatim into Python, JS, shell and PowerShell strings: anything odd is dropped.
  const ids = (listed ?? []).filter((id) => SAFE_ID.test(id));
  if (ids.length === 0) return { model: DEFAULT_MODEL, fromKey: false };
  const preferred: readonly string[] = CURRENT_MODELS;
  const model =
    preferred.find((id) => ids.includes(id)) ?? ids.find((id) => !OUTDATED.includes(id)) ?? ids[0]!;
  return { model, fromKey: true };
}
