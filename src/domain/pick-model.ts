import { CURRENT_MODELS, DEFAULT_MODEL, LEGACY_MODELS, RETIRED_MODELS } from './deepseek-facts.ts';

export interface SnippetModel {
  model: string;
  /** True when the id came from the user's own `GET /models`. */
  fromKey: boolean;
}

const OUTDATED: readonly string[] = [...LEGACY_MODELS, ...RETIRED_MODELS];

/**
 * The model id the snippets name: one the user's key listed when a test ran (the dated default
 * if listed, else another current id, else any id that is not outdated); the dated default when
 * no list is known.
 */
export function pickModel(listed: readonly string[] | null | undefined): SnippetModel {
  const ids = (listed ?? []).filter((id) => id.trim() !== '');
  if (ids.length === 0) return { model: DEFAULT_MODEL, fromKey: false };
  const preferred: readonly string[] = CURRENT_MODELS;
  const model =
    preferred.find((id) => ids.includes(id)) ?? ids.find((id) => !OUTDATED.includes(id)) ?? ids[0]!;
  return { model, fromKey: true };
}
