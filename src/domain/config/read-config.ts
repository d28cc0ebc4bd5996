/**
 * Reads a pasted config file as the tool it belongs to reads it, finds what makes DeepSeek answer
 * 401, and repairs it in its own format: minimal edits on the user's text, so comments, order and
 * unrelated settings stay. A key never stays as a literal: it becomes the tool's secret reference
 * or, where the format can only hold a literal, a named placeholder. The repair is read again with
 * the format's parser. Loaded lazily (analyse-paste.ts), with the parsers it needs.
 */
import { applyEdits, modify } from 'jsonc-parser';
import {
  DEEPSEEK_BASE_URL,
  DEFAULT_MODEL,
  THINKING_OFF,
  KEY_ENV_VAR,
  RETIRED_MODELS,
} from '../deepseek-facts.ts';
import { lintKey, type KeyFindingKind } from '../key/key-lint.ts';
import { hostnameOf } from '../url.ts';
// Not lint-code.ts: that would bring the code parsers into the config reader's chunk.
import { SEVERITY, type CodeEdit, type CodeFinding, type CodeLint } from '../code/findings.ts';
import {
  hardCodedKeyVars,
  isMaskedKey,
  isVariableName,
  looksLikeKey,
  providerKeySlot,
  redactKeys,
  redactedShape,
} from '../code/secrets.ts';
import { changedLines } from '../code/line-diff.ts';
import { otherEndpointOf, secretReference, toolRow, type ToolId } from '../stacks/tools.ts';
import { KEY_PLACEHOLDER, UNKNOWN_APP, type ConfigFormat } from './config-format.ts';
import { readEntries, type ConfigEntry } from './config-entries.ts';

/**
 * Who a config file belongs to: a tool of the catalogue, a generic Compose or `.env` file, or
 * Claude Code Router's config.json (a proxy in front of Claude Code, configured by file alone).
 */
export type ConfigOwner = ToolId | 'compose' | 'env-file' | 'claude-code-router';

export { KEY_PLACEHOLDER };

const ANTHROPIC_BASE_URL = toolRow('claude-code').baseUrl!.value;

export interface ConfigReading {
  format: ConfigFormat;
  owner: ConfigOwner | null;
  findings: CodeFinding[];
  broken: string;
  fixed: string;
  /** 1-based lines of `fixed` that the repair changed. */
  changedLines: number[];
  /** The variable DeepSeek's key entry reads (`os.environ/NAME`, `${NAME}`, `api-key-env: NAME`). */
  keyReads: string | null;
  /** The file has an entry for DeepSeek's key, set (to a key, a reference or a placeholder). */
  keyEntry: boolean;
  /** The pasted file parses with its format's parser; so does the repair (else it is not offered). */
  brokenParses: boolean;
  fixedParses: boolean;
}

/** What a profile knows of where a tool keeps the key, the base URL and the model. */
interface Profile {
  isKey(path: readonly string[]): boolean;
  isBaseUrl(path: readonly string[]): boolean;
  isModel(path: readonly string[]): boolean;
  /** The secret reference that replaces a literal key; null where only a literal fits. */
  reference(entry: ConfigEntry, format: ConfigFormat): string | null;
  /** When the base URL is required and missing: the key to add next to the key entry. */
  baseUrlKey?: string;
  /** The key field each model entry needs: a model without one sends no key. */
  keyField?: string;
  /** Where it is required only in some settings: whether the key's own group needs it. */
  needsBaseUrl?(group: readonly ConfigEntry[]): boolean;
  baseUrl: string;
}

const last = (path: readonly string[]) => path[path.length - 1] ?? '';
const ref = (tool: ToolId) => () => secretReference(toolRow(tool), KEY_ENV_VAR);
// `API_KEY_<PROVIDER>` too: Agent Zero's .env names them so (agent0ai/agent-zero#368).
const KEY_NAME = /(?:^|_)(?:API_?KEYS?|AUTH_TOKEN|TOKEN)$|^API_KEY_[A-Z0-9]+$/;
const BASE_NAME = /(?:BASE_URLS?|API_BASE|BASE_URI)$/;
const CLAUDE_MODELS =
  /^(?:ANTHROPIC_(?:MODEL|SMALL_FAST_MODEL|DEFAULT_\w+_MODEL)|CLAUDE_CODE_SUBAGENT_MODEL)$/;

const PROFILES: Record<ConfigOwner, Profile> = {
  'claude-code': {
    isKey: (p) => /^ANTHROPIC_(?:AUTH_TOKEN|API_KEY)$/.test(last(p)),
    isBaseUrl: (p) => last(p) === 'ANTHROPIC_BASE_URL',
    isModel: (p) => CLAUDE_MODELS.test(last(p)),
    reference: () => null,
    baseUrlKey: 'ANTHROPIC_BASE_URL',
    baseUrl: ANTHROPIC_BASE_URL,
  },
  continue: {
    isKey: (p) => p[0] === 'models' && last(p) === 'apiKey',
    isBaseUrl: (p) => p[0] === 'models' && last(p) === 'apiBase',
    isModel: (p) => p[0] === 'models' && p.length === 3 && last(p) === 'model',
    // `${{ secrets.X }}` is config.yaml's: the older config.json takes the key itself
    // (continuedev/continue#5902).
    reference: (_, format) => (format === 'json' ? null : ref('continue')()),
    // `provider: deepseek` knows DeepSeek's address; any other provider (`openai`) sends the
    // request to its own default host unless apiBase says otherwise (Continue's model providers
    // docs: "apiBase" for OpenAI-compatible endpoints).
    keyField: 'apiKey',
    baseUrlKey: 'apiBase',
    needsBaseUrl: (group) =>
      group.some((e) => last(e.path) === 'provider' && !/^deepseek$/i.test(e.value.trim())),
    baseUrl: DEEPSEEK_BASE_URL,
  },
  'litellm-proxy': {
    isKey: (p) => p[0] === 'model_list' && last(p) === 'api_key',
    isBaseUrl: (p) => p[0] === 'model_list' && last(p) === 'api_base',
    isModel: (p) => p[0] === 'model_list' && p[2] === 'litellm_params' && last(p) === 'model',
    reference: ref('litellm-proxy'),
    baseUrl: DEEPSEEK_BASE_URL,
  },
  opencode: {
    isKey: (p) => p[0] === 'provider' && last(p) === 'apiKey',
    isBaseUrl: (p) => p[0] === 'provider' && last(p) === 'baseURL',
    isModel: (p) => p.length === 1 && /^(?:small_)?model$/.test(p[0]!),
    reference: ref('opencode'),
    baseUrl: DEEPSEEK_BASE_URL,
  },
  zed: {
    isKey: () => false,
    isBaseUrl: (p) => p[0] === 'language_models' && last(p) === 'api_url',
    isModel: (p) =>
      p[0] === 'language_models' && p.includes('available_models') && last(p) === 'name',
    reference: () => null,
    baseUrl: toolRow('zed').baseUrl!.value,
  },
  librechat: {
    isKey: (p) => p[0] === 'endpoints' && last(p) === 'apiKey',
    isBaseUrl: (p) => p[0] === 'endpoints' && last(p) === 'baseURL',
    isModel: (p) => p[0] === 'endpoints' && (p.includes('default') || last(p) === 'titleModel'),
    reference: ref('librechat'),
    baseUrlKey: 'baseURL',
    baseUrl: toolRow('librechat').baseUrl!.value,
  },
  'spring-ai': {
    isKey: (p) => p[0] === 'spring' && last(p) === 'api-key',
    isBaseUrl: (p) => p[0] === 'spring' && last(p) === 'base-url',
    isModel: (p) => p[0] === 'spring' && last(p) === 'model',
    reference: ref('spring-ai'),
    baseUrl: DEEPSEEK_BASE_URL,
  },
  openmanus: {
    isKey: (p) => p[0] === 'llm' && last(p) === 'api_key',
    isBaseUrl: (p) => p[0] === 'llm' && last(p) === 'base_url',
    isModel: (p) => p[0] === 'llm' && last(p) === 'model',
    reference: () => null,
    baseUrlKey: 'base_url',
    baseUrl: DEEPSEEK_BASE_URL,
  },
  aider: {
    isKey: (p) => p[0] === 'api-key' || /-api-key$/.test(p[0] ?? ''),
    isBaseUrl: (p) => /-api-base$/.test(p[0] ?? ''),
    isModel: (p) => /^(?:model|weak-model|editor-model)$/.test(p[0] ?? ''),
    reference: () => null,
    baseUrl: DEEPSEEK_BASE_URL,
  },
  'open-webui': {
    isKey: (p) => /^OPENAI_API_KEYS?$/.test(last(p)),
    isBaseUrl: (p) => /^OPENAI_API_BASE_URLS?$/.test(last(p)),
    isModel: () => false,
    reference: (entry) => `\${${last(entry.path)}}`,
    baseUrl: DEEPSEEK_BASE_URL,
  },
  // Claude Code Router posts to api_base_url as written, which must be the full endpoint, and
  // expands `$VAR` and `${VAR}` in its config (musistudio/claude-code-router README, checked
  // December 2026; its maintainer in #112). Its top-level APIKEY is its own access key.
  'claude-code-router': {
    isKey: (p) => p[0] === 'Providers' && p.length === 3 && last(p) === 'api_key',
    isBaseUrl: (p) => p[0] === 'Providers' && p.length === 3 && last(p) === 'api_base_url',
    // Its models are a list of strings, which the reader does not edit: its routes
    // ("deepseek,deepseek-chat") are left as they are too, so that both keep agreeing.
    isModel: () => false,
    reference: () => `$${KEY_ENV_VAR}`,
    baseUrl: `${DEEPSEEK_BASE_URL}/chat/completions`,
  },
  compose: {
    isKey: (p) => p.includes('environment') && KEY_NAME.test(last(p)),
    isBaseUrl: (p) => p.includes('environment') && BASE_NAME.test(last(p)),
    isModel: (p) => p.includes('environment') && /MODEL$/.test(last(p)),
    reference: (entry) => `\${${last(entry.path)}}`,
    baseUrl: DEEPSEEK_BASE_URL,
  },
  'env-file': {
    isKey: (p) => KEY_NAME.test(last(p)),
    isBaseUrl: (p) => BASE_NAME.test(last(p)),
    isModel: (p) => /MODEL$/.test(last(p)),
    reference: () => null,
    baseUrl: DEEPSEEK_BASE_URL,
  },
  // Tools configured in code or a settings screen: no file of their own to read.
  cline: NONE(),
  'roo-code': NONE(),
  cursor: NONE(),
  litellm: NONE(),
  'langchain-python': NONE(),
  'langchain-js': NONE(),
  llamaindex: NONE(),
  'vercel-ai-sdk': NONE(),
  n8n: NONE(),
  dify: NONE(),
  'cherry-studio': NONE(),
  'java-openai': NONE(),
  'go-openai': NONE(),
  'csharp-openai': NONE(),
  'php-openai': NONE(),
  'rust-async-openai': NONE(),
};

/**
 * A config of a tool this page does not know (a YAML, JSON or TOML file with a key and a base URL):
 * its fields are found by their usual names; nothing is added, since the tool's own names are
 * unknown, and a literal key becomes a named placeholder.
 */
const ANY_TOOL: Profile = {
  // Also a key named for DeepSeek alone: pyvideotrans' `deepseek_key` (jianchang512/pyvideotrans#1159);
  // Codex's `experimental_bearer_token`, where DeepSeek's Codex guide puts the key (checked
  // December 2026).
  isKey: (p) =>
    /(?:^|[_-])api[_-]?keys?$|^apiKeys?$|(?:^|[_-])(?:auth|bearer)[_-]?token$|^deepseek[_-]?key$/i.test(
      last(p),
    ),
  isBaseUrl: (p) =>
    /(?:^|[_-])(?:base[_-]?ur[li]|api[_-]?base|api[_-]?url)$|^(?:baseU[rR][lL]|apiBase)$/i.test(
      last(p),
    ),
  isModel: (p) => /^(?:model|model[_-]?name|modelName|default[_-]?model)$/i.test(last(p)),
  reference: () => null,
  baseUrl: DEEPSEEK_BASE_URL,
};

function NONE(): Profile {
  return {
    isKey: () => false,
    isBaseUrl: () => false,
    isModel: () => false,
    reference: () => null,
    baseUrl: DEEPSEEK_BASE_URL,
  };
}

/** The tool a config belongs to, from its keys and shape. */
export function ownerOf(
  format: ConfigFormat,
  entries: readonly ConfigEntry[],
  text: string,
): ConfigOwner | null {
  const has = (...prefix: string[]) =>
    entries.some((e) => prefix.every((part, i) => e.path[i] === part));
  const names = new Set(entries.map((e) => last(e.path)));
  switch (format) {
    case 'json':
      if (
        has('apiKeyHelper') ||
        entries.some((e) => e.path[0] === 'env' && /^ANTHROPIC_/.test(e.path[1] ?? ''))
      ) {
        return 'claude-code';
      }
      if (
        /opencode\.ai\/config/.test(text) ||
        entries.some((e) => e.path[0] === 'provider' && e.path[2] === 'options')
      ) {
        return 'opencode';
      }
      if (has('language_models')) return 'zed';
      if (entries.some((e) => e.path[0] === 'Providers' && last(e.path) === 'api_base_url'))
        return 'claude-code-router';
      if (entries.some((e) => e.path[0] === 'models' && last(e.path) === 'provider'))
        return 'continue';
      return null;
    case 'yaml':
      if (has('model_list')) return 'litellm-proxy';
      if (has('endpoints', 'custom')) return 'librechat';
      if (has('spring')) return 'spring-ai';
      if (has('services'))
        return names.has('OPENAI_API_BASE_URLS') || names.has('OPENAI_API_BASE_URL')
          ? 'open-webui'
          : 'compose';
      if (entries.some((e) => e.path[0] === 'models' && last(e.path) === 'provider'))
        return 'continue';
      if (
        // Aider's options are top-level (`model: deepseek/deepseek-chat`, `api-key:`): one of its
        // own, or a model in its provider/model form. A bare `model:` is every tool's.
        entries.some(
          (e) =>
            /^(?:api-key|openai-api-key|openai-api-base|edit-format|auto-commits|weak-model|editor-model)$/.test(
              e.path[0] ?? '',
            ) ||
            (e.path.length === 1 &&
              e.path[0] === 'model' &&
              /^[\w-]+\/[\w.-]+$/.test(e.value.trim())),
        )
      ) {
        return 'aider';
      }
      return null;
    case 'toml':
      return has('llm') ? 'openmanus' : null;
    case 'properties':
      return has('spring') ? 'spring-ai' : null;
    case 'dotenv':
      // Claude Code's own variables; a bare ANTHROPIC_API_KEY beside DEEPSEEK_API_KEY is a .env
      // that sets up several providers (HKUDS/AutoAgent#56).
      if (
        [...names].some((n) => /^ANTHROPIC_(?!API_KEY$)/.test(n)) ||
        (names.has('ANTHROPIC_API_KEY') && !names.has(KEY_ENV_VAR))
      ) {
        return 'claude-code';
      }
      if (names.has('OPENAI_API_BASE_URLS') || names.has('OPENAI_API_BASE_URL'))
        return 'open-webui';
      return 'env-file';
  }
}

type Finding = Omit<CodeFinding, 'severity'>;

/** A repair step; JSON ones go through jsonc-parser, the others are range edits. */
type Repair =
  | { kind: 'replace'; entry: ConfigEntry; value: string }
  | { kind: 'rename'; entry: ConfigEntry; name: string }
  | { kind: 'delete'; entry: ConfigEntry }
  | { kind: 'insert'; after: ConfigEntry; name: string; value: string };

/** A reference to an environment variable, in any of the syntaxes tools use. */
const REFERENCE =
  /^(?:\$\{\{\s*secrets\.\w+\s*\}\}|os\.environ\/\w+|\{env:\w+\}|\$\{\w+(?::-?[^}]*)?\}|\$\w+)$/;

const SHELL_REFERENCE = /^(?:\$\{\w+\}|\$\w+)$/;

/**
 * Whether `value` is a reference in the same syntax as `reference`, to any variable; `${NAME}`
 * also with a default after a colon (Spring's `${NAME:default}`, Compose's `${NAME:-default}`).
 */
function readsLike(value: string, reference: string): boolean {
  const name = /\w+(?=\W*$)/.exec(reference)?.[0];
  if (!name) return false;
  const [before, after] = reference.split(name) as [string, string];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const colonDefault = after.startsWith('}') ? '(?::-?[^}]*)?' : '';
  return new RegExp(`^${escape(before)}\\w+${colonDefault}${escape(after)}$`).test(value);
}

/** Reads, checks and repairs a config file. Pure; never throws. */
export function readConfig(text: string, format: ConfigFormat): ConfigReading {
  const reading = readWhole(text, format);
  const shift = format === 'yaml' && !reading.brokenParses ? firstLineShift(text) : 0;
  if (shift > 0) {
    // Read as the file it was cut from; shown and repaired as pasted.
    const whole = readWhole(' '.repeat(shift) + text, format);
    if (whole.brokenParses) {
      const fixed = whole.fixed.replace(new RegExp(`^ {${shift}}`), '');
      return { ...whole, broken: text, fixed };
    }
  }
  return reading;
}

/**
 * YAML copied from the middle of a file loses the first line's indentation, and then no longer
 * parses (`-  name: …` above lines indented by four, as in bytedance/deer-flow#1283): the spaces
 * that align the first line's keys with the rest's; else 0.
 */
function firstLineShift(text: string): number {
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  const rest = lines.slice(1).filter((line) => line.trim() && !/^\s*#/.test(line));
  if (!rest.length) return 0;
  const column = /^\s*(?:-\s+)?/.exec(first)![0].length;
  const indent = Math.min(...rest.map((line) => /^ */.exec(line)![0].length));
  return indent > column ? indent - column : 0;
}

function readWhole(text: string, format: ConfigFormat): ConfigReading {
  const { entries, parses } = readEntries(text, format);
  const owner = ownerOf(format, entries, text);
  const findings: Finding[] = [];
  const repairs: Repair[] = [];
  const lineNo = (at: number) => text.slice(0, at).split('\n').length;
  const find = (code: CodeFinding['code'], entry: ConfigEntry, vars: Record<string, string> = {}) =>
    findings.push({ code, line: lineNo(entry.keyStart), vars });

  const profile = owner ? PROFILES[owner] : ANY_TOOL;
  const ours =
    owner === 'claude-code-router' ? deepseekProviderOf(entries) : deepseekGroupOf(entries);
  const inGroup = entries.filter((e) => profile.isKey(e.path) && ours(e));
  // Where a key names DeepSeek, the others beside it are other services' (a LangSmith key in
  // the same section).
  const named = inGroup.filter((e) => /deepseek/i.test(last(e.path)));
  const keys = named.length > 0 ? named : inGroup;
  // A variable's prefix groups keys only: a tool may read OPENAI_BASE_URL for DeepSeek's key.
  const oursStructured = (e: ConfigEntry) => e.path.length === 1 || ours(e);
  const bases = entries.filter((e) => profile.isBaseUrl(e.path) && oursStructured(e));
  const models = entries.filter((e) => profile.isModel(e.path) && oursStructured(e));
  // `"provider": "openai"`, `api_type = "openai"`: a file that says which format it speaks.
  const speaksOpenAi = entries.some(
    (e) => /^(?:provider|api_?type|type|format)$/i.test(last(e.path)) && /openai/i.test(e.value),
  );
  checkBaseUrls(owner, profile, bases, models, speaksOpenAi, find, repairs);
  // A file of no known app names its address otherwise (`Endpoint=` in XUnity's DeepSeekTranslate
  // INI, Tabing010102/DeepSeekTranslate#3): another provider's there is named, not repaired.
  if (profile === ANY_TOOL) {
    for (const entry of entries) {
      const other = /endpoint|host|url/i.test(last(entry.path)) && otherEndpointOf(entry.value);
      if (other && other !== 'OpenAI' && other !== 'Anthropic' && !bases.includes(entry)) {
        find('other-provider-endpoint', entry, { url: entry.value, provider: other, model: '' });
      }
    }
  }
  checkKeySpelling(profile, entries, find, repairs);
  checkVariableFields(entries, find, repairs);
  checkWorkflowSecrets(entries, find);
  checkWireApi(entries, find, repairs);
  checkComposePasses(variableRead(keys, entries), entries, find, repairs);
  // An empty key beside a field that names the variable holding it (mods' `api-key-env`) is the
  // tool's way to read the variable: nothing is missing.
  const readsVariable = new Set(
    entries.filter((e) => VARIABLE_FIELD.test(last(e.path)) && e.value.trim()).map(groupOf),
  );
  const secret = entries.some((e) => e.path.join('.') === 'kind' && e.value === 'Secret');
  const [encoded, plain] = partition(
    keys.filter((e) => e.value.trim() !== '' || !readsVariable.has(groupOf(e))),
    (e) => secret && e.path[0] === 'data',
  );
  checkEncodedKeys(encoded, find);
  // A file that sends the request to another provider: its key's slot is that provider's.
  const elsewhere = findings.find((f) => f.code === 'other-provider-endpoint')?.vars.provider;
  const slot = elsewhere ? providerKeySlot(elsewhere) : KEY_PLACEHOLDER;
  checkKeys(owner, format, profile, plain, slot, find, repairs);
  if (owner === 'aider') checkAiderOpenAiKey(entries, find, repairs);
  checkModels(models, find, repairs);
  // A model entry with no key field at all (not even one misspelled: `apikey`), in a file whose
  // entries each carry their key.
  const keyless = models.find(
    (model) =>
      !entries.some((e) => groupOf(e) === groupOf(model) && /key|token/i.test(last(e.path))),
  );
  if (profile.keyField && keyless && keys.length === 0) {
    const reference = profile.reference(keyless, format);
    find('config-no-key', keyless, { name: profile.keyField });
    if (reference) {
      repairs.push({ kind: 'insert', after: keyless, name: profile.keyField, value: reference });
    }
  }
  // A required base URL that is missing goes next to the key.
  const anchor = keys[0] ?? models[0];
  const needed =
    anchor !== undefined &&
    (profile.needsBaseUrl?.(entries.filter((e) => groupOf(e) === groupOf(anchor))) ?? true);
  if (
    profile.baseUrlKey &&
    bases.length === 0 &&
    !misspelledBaseUrl(profile, entries) &&
    anchor &&
    needed &&
    format !== 'properties'
  ) {
    find('no-base-url', anchor);
    repairs.push({
      kind: 'insert',
      after: anchor,
      name: profile.baseUrlKey,
      value: profile.baseUrl,
    });
  }
  if (format === 'dotenv') checkDotenv(text, entries, ours, find, repairs);

  let fixed = applyRepairs(text, format, repairs);
  if (findings.some((f) => f.code === 'env-crlf')) fixed = fixed.replace(/\r\n/g, '\n');
  // Whatever the rules missed, no key leaves the page in the fixed file.
  fixed = redactKeys(fixed);
  let fixedParses = readEntries(fixed, format).parses;
  if (!fixedParses && parses) {
    // A repair that breaks the file is not offered: the file as pasted, keys redacted.
    fixed = redactKeys(text);
    fixedParses = true;
  }
  return {
    format,
    owner,
    keyReads: variableRead(keys, entries),
    keyEntry: keys.some((e) => e.value.trim() !== '') || readsVariable.size > 0,
    findings: findings
      .map((f) => ({ ...f, severity: SEVERITY[f.code] }))
      .sort((a, b) => a.line - b.line),
    broken: text,
    fixed,
    changedLines: changedLines(text, fixed).added,
    brokenParses: parses,
    fixedParses,
  };
}

type Find = (code: CodeFinding['code'], entry: ConfigEntry, vars?: Record<string, string>) => void;

/** The variable the key entries read: a reference in a key's value, or a field naming one. */
function variableRead(
  keys: readonly ConfigEntry[],
  entries: readonly ConfigEntry[],
): string | null {
  for (const entry of keys) {
    const value = entry.value.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (REFERENCE.test(value))
      return /(?:secrets\.|environ\/|env:|\$\{?)(\w+)/.exec(value)?.[1] ?? null;
  }
  const field = entries.find(
    (e) => VARIABLE_FIELD.test(last(e.path)) && /^\w+$/.test(e.value.trim()),
  );
  return field?.value.trim() ?? null;
}

/**
 * Claude Code Router lists every provider it routes to: only DeepSeek's entry (at DeepSeek's
 * address; named so where none is) is DeepSeek's business. A "deepseek-siliconflow" entry at
 * SiliconFlow's address is SiliconFlow's.
 */
function deepseekProviderOf(entries: readonly ConfigEntry[]): (entry: ConfigEntry) => boolean {
  const ids = new Set<string>();
  const providers = entries.filter((e) => e.path[0] === 'Providers' && e.path.length === 3);
  for (const e of providers) {
    if (last(e.path) === 'api_base_url' && isDeepSeekHost(hostnameOf(e.value))) ids.add(e.path[1]!);
  }
  for (const e of ids.size > 0 ? [] : providers) {
    if (last(e.path) === 'name' && /deepseek/i.test(e.value)) ids.add(e.path[1]!);
  }
  return (e) => e.path[0] !== 'Providers' || ids.has(e.path[1]!);
}

/**
 * In a file that sets up several providers, DeepSeek's entries: those of a group (a table, a
 * list item, or variables sharing a prefix: OPENAI_API_KEY beside OPENAI_API_BASE) that names
 * DeepSeek in a key or a value. Another service's key left as a template (EXA_API_KEY=..., a
 * LangSmith `lsv2_pt_XXXX`) is not DeepSeek's to judge or to fill. Where no group names DeepSeek,
 * every entry counts.
 */
function deepseekGroupOf(entries: readonly ConfigEntry[]): (entry: ConfigEntry) => boolean {
  const groups = new Set(
    entries.filter((e) => /deepseek/i.test(`${e.path.join('.')} ${e.value}`)).map(groupOf),
  );
  return (entry) => groups.size === 0 || groups.has(groupOf(entry));
}

function groupOf(entry: ConfigEntry): string {
  if (entry.path.length > 1) return entry.path.slice(0, -1).join('.');
  return last(entry.path).replace(VARIABLE_ROLE, '').toUpperCase();
}

/** The part of a variable's name that says what it holds, after the provider's prefix. */
const VARIABLE_ROLE =
  /[-_]?(?:API[-_]?KEYS?|API[-_]?BASE(?:[-_]?URLS?)?|BASE[-_]?UR[LI]S?|(?:API[-_]?)?URL|AUTH[-_]?TOKEN|TOKEN|KEY|MODEL(?:[-_]?NAME)?)$/i;

/**
 * Hosts that are DeepSeek's but not its API, or look like DeepSeek's (FoundationAgents/OpenManus#81:
 * `https://platform.deepseek.com/api_keys` as the base URL; `api.deepseek.ai`).
 */
const NOT_THE_API =
  /^(?:platform|chat|www)\.deepseek\.com$|^deepseek\.com$|(?:^|\.)deepseek\.(?:ai|cn|net|org)$/;

const isDeepSeekHost = (host: string) => /(^|\.)deepseek\.com$/.test(host);

/** The paths DeepSeek's API serves under as a base: none, /v1, /beta, /anthropic (its docs). */
const BASE_PATHS = /^(?:\/v1|\/beta|\/anthropic)?$/;

/**
 * A host one or two letters from api.deepseek.com (api.deepseak.com, api.deepseek.co): a typo,
 * which resolves nowhere or somewhere else, never to DeepSeek.
 */
function isMisspelledApiHost(host: string): boolean {
  const distance = editDistance(host, 'api.deepseek.com');
  return distance > 0 && distance <= 2 && !isDeepSeekHost(host);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

function checkBaseUrls(
  owner: ConfigOwner | null,
  profile: Profile,
  bases: readonly ConfigEntry[],
  models: readonly ConfigEntry[],
  speaksOpenAi: boolean,
  find: Find,
  repairs: Repair[],
): void {
  for (const entry of bases) {
    // Open WebUI lists several URLs, one per `;`.
    for (const url of entry.value
      .split(';')
      .map((u) => u.trim())
      .filter(Boolean)) {
      const other = otherEndpointOf(url);
      const model = models.find((m) => /deepseek/i.test(m.value))?.value ?? '';
      // OpenAI and Anthropic serve no DeepSeek model: one named at their address means DeepSeek
      // (FoundationAgents/OpenManus#113: model "deepseek-chat" at https://api.openai.com/v1).
      if (model && (other === 'OpenAI' || other === 'Anthropic')) {
        find('foreign-base-url', entry, { url });
        repairs.push({ kind: 'replace', entry, value: entry.value.replace(url, profile.baseUrl) });
        continue;
      }
      if (other) {
        // Named, never silently replaced: the user may mean that provider.
        find('other-provider-endpoint', entry, { url, provider: other, model });
        continue;
      }
      // DeepSeek's web pages (the console's API keys page) or a look-alike domain: not the API.
      if (NOT_THE_API.test(hostnameOf(url)) || isMisspelledApiHost(hostnameOf(url))) {
        find('foreign-base-url', entry, { url });
        repairs.push({ kind: 'replace', entry, value: entry.value.replace(url, profile.baseUrl) });
        continue;
      }
      if (!isDeepSeekHost(hostnameOf(url))) continue;
      const path = new URL(url).pathname.replace(/\/+$/, '');
      if (owner === 'claude-code-router') {
        // Its OpenAI-format endpoint in full (/beta for FIM), or DeepSeek's Anthropic endpoint
        // behind CCR's Anthropic transformer.
        if (!/^(?:\/v1|\/beta)?\/chat\/completions$|^\/anthropic\/v1\/messages$/.test(path)) {
          find('config-full-endpoint', entry, { url, expected: profile.baseUrl });
          repairs.push({
            kind: 'replace',
            entry,
            value: entry.value.replace(url, profile.baseUrl),
          });
        }
      } else if (owner === 'spring-ai' && entry.path.includes('openai') && path === '/v1') {
        // Spring AI's OpenAI starter adds /v1/chat/completions (its completions-path) to the base
        // URL, which "Must be set to https://api.deepseek.com" (Spring AI's DeepSeek page,
        // spring-projects/spring-ai#2515): with /v1 every request goes to /v1/v1/….
        find('base-url-path', entry, { url });
        repairs.push({ kind: 'replace', entry, value: entry.value.replace(url, profile.baseUrl) });
      } else if (owner === 'claude-code' && path !== '/anthropic') {
        find('config-anthropic-path', entry, { url, expected: profile.baseUrl });
        repairs.push({ kind: 'replace', entry, value: entry.value.replace(url, profile.baseUrl) });
      } else if (
        owner !== 'claude-code' &&
        // DeepSeek's Anthropic endpoint is right for a tool that speaks Anthropic's format; in a
        // file of a tool the page does not know (or an .env or Compose file of one), that may be so
        // (FullStackPlayer/claude-code-launcher#3; GitHub Copilot CLI's COPILOT_PROVIDER_TYPE=
        // anthropic in DeepSeek's own guide), unless the file says it speaks OpenAI's.
        !(UNKNOWN_APP.includes(owner) && path === '/anthropic' && !speaksOpenAi) &&
        (/\/(chat|completions|anthropic|models)\b/.test(path) || !BASE_PATHS.test(path))
      ) {
        find('base-url-path', entry, { url });
        repairs.push({ kind: 'replace', entry, value: entry.value.replace(url, profile.baseUrl) });
      }
    }
  }
}

/**
 * The key under a spelling the tool does not read (`apikey` where Continue reads `apiKey`): the
 * tool sends no key. DeepSeek's own Continue guide had it so until
 * deepseek-ai/awesome-deepseek-integration#21 ("causes authentication failure").
 */
function checkKeySpelling(
  profile: Profile,
  entries: readonly ConfigEntry[],
  find: Find,
  repairs: Repair[],
): void {
  // The base URL's name with a letter or an underscore off (ANTHROPIC_BASEURL): the tool reads
  // none of it, and sends to its default host.
  const misspelled = misspelledBaseUrl(profile, entries);
  if (misspelled && profile.baseUrlKey) {
    const name = last(misspelled.path);
    find('config-base-url-spelling', misspelled, { name, expected: profile.baseUrlKey });
    repairs.push({ kind: 'rename', entry: misspelled, name: profile.baseUrlKey });
  }
  for (const entry of entries) {
    const name = last(entry.path);
    if (name.toLowerCase().replace(/[-_]/g, '') !== 'apikey' || profile.isKey(entry.path)) continue;
    const expected = KEY_SPELLINGS.find((spelling) =>
      profile.isKey([...entry.path.slice(0, -1), spelling]),
    );
    if (!expected) continue;
    find('config-key-spelling', entry, { name, expected });
    repairs.push({ kind: 'rename', entry, name: expected });
  }
}

const KEY_SPELLINGS = ['apiKey', 'api_key', 'api-key', 'API_KEY'] as const;

function misspelledBaseUrl(profile: Profile, entries: readonly ConfigEntry[]) {
  const expected = profile.baseUrlKey;
  if (!expected) return undefined;
  const plain = (name: string) => name.toLowerCase().replace(/[-_]/g, '');
  return entries.find((e) => last(e.path) !== expected && plain(last(e.path)) === plain(expected));
}

/**
 * A DeepSeek key under aider's openai-api-key, which sets OpenAI's key: a deepseek/ model reads
 * DEEPSEEK_API_KEY, or `api-key: deepseek=…` (aider docs, "DeepSeek" and "Options"; checked
 * December 2026). The line goes, as aider's other key lines do: the variable takes over.
 */
function checkAiderOpenAiKey(entries: readonly ConfigEntry[], find: Find, repairs: Repair[]): void {
  for (const entry of entries) {
    if (entry.path.join('.') !== 'openai-api-key') continue;
    if (!lintKey(entry.value.trim().replace(/^(["'])(.*)\1$/, '$2')).looksLikeDeepSeek) continue;
    find('aider-openai-option', entry, { name: 'openai-api-key' });
    repairs.push({ kind: 'delete', entry });
  }
}

/**
 * A tool's file that reads the key from a variable, pasted with the Compose service that runs the
 * tool: a container gets only the variables its service lists under `environment:` or loads with
 * `env_file:` (Compose docs, "Set environment variables within your container's environment"),
 * not the host's. A service that lists others but not this one runs the tool without it.
 */
function checkComposePasses(
  variable: string | null,
  entries: readonly ConfigEntry[],
  find: Find,
  repairs: Repair[],
): void {
  if (!variable) return;
  const services = new Set(
    entries.filter((e) => e.path[0] === 'services' && e.path.length > 2).map((e) => e.path[1]),
  );
  for (const service of services) {
    const own = entries.filter((e) => e.path[0] === 'services' && e.path[1] === service);
    if (own.some((e) => e.path[2] === 'env_file')) continue;
    const environment = own.filter((e) => e.path[2] === 'environment');
    if (environment.length === 0) continue;
    const passes = environment.some(
      (e) => e.path[3] === variable || e.value.trim().split('=')[0] === variable,
    );
    if (passes) continue;
    const first = environment[0]!;
    find('compose-env-missing', first, { name: variable, service: service! });
    // A mapping takes the variable from the host's (or the .env beside compose.yaml); a list's
    // items are left to the reader.
    if (!/^\d+$/.test(first.path[3] ?? '0')) {
      repairs.push({ kind: 'insert', after: first, name: variable, value: `\${${variable}}` });
    }
  }
}

/**
 * Codex's `wire_api = "chat"` for a provider at DeepSeek's address: current Codex refuses it
 * ("`wire_api = "chat"` is no longer supported", x-cmd/x-cmd#378), and DeepSeek has served the
 * Responses API since 31 July 2026, its Codex guide setting "responses" (deepseek-facts.ts; this
 * check said the opposite until DeepSeek did, ADR 36).
 */
function checkWireApi(entries: readonly ConfigEntry[], find: Find, repairs: Repair[]): void {
  for (const entry of entries) {
    if (
      last(entry.path) !== 'wire_api' ||
      entry.value.trim().replace(/^["']|["']$/g, '') !== 'chat'
    ) {
      continue;
    }
    const group = entries.filter((e) => groupOf(e) === groupOf(entry));
    if (
      !group.some((e) => /base_url$/i.test(last(e.path)) && isDeepSeekHost(hostnameOf(e.value)))
    ) {
      continue;
    }
    find('config-wire-api', entry);
    repairs.push({ kind: 'replace', entry, value: 'responses' });
  }
}

/**
 * A GitHub Actions workflow run for pull requests gets no secrets when the pull request comes
 * from a fork: `${{ secrets.NAME }}` is then empty, as it is for a secret that does not exist
 * under that exact name (GitHub Docs, "Using secrets in GitHub Actions"; checked December 2026).
 */
function checkWorkflowSecrets(entries: readonly ConfigEntry[], find: Find): void {
  if (!entries.some((e) => e.path[0] === 'jobs')) return;
  const onPullRequest = entries.some(
    (e) =>
      e.path[0] === 'on' && (e.path[1] === 'pull_request' || /\bpull_request\b(?!_)/.test(e.value)),
  );
  if (!onPullRequest) return;
  for (const entry of entries) {
    const name = /\$\{\{\s*secrets\.(\w+)\s*\}\}/.exec(entry.value)?.[1];
    if (name) find('ci-fork-secrets', entry, { name });
  }
}

/** A field that names the variable holding the key: `api_key_env`, `apiKeyEnv`, `api_key_name`. */
const VARIABLE_FIELD = /^(?:api[_-]?)?key[_-]?(?:env|name|var(?:iable)?)$|^env[_-]?key$/i;

/**
 * The key itself in a field that names a variable: the tool looks up a variable called "sk-…"
 * and sends nothing (Thysrael/Horizon#70: "api_key_env" names an environment variable, not the
 * key; simonw/llm reads `api_key_name`). The field gets the variable's name back.
 */
function checkVariableFields(entries: readonly ConfigEntry[], find: Find, repairs: Repair[]): void {
  for (const entry of entries) {
    const name = last(entry.path);
    const value = entry.value.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (!VARIABLE_FIELD.test(name) || !/^sk-/.test(value)) continue;
    find('config-key-in-variable-field', entry, { name, expected: KEY_ENV_VAR });
    repairs.push({ kind: 'replace', entry, value: KEY_ENV_VAR });
  }
}

function checkKeys(
  owner: ConfigOwner | null,
  format: ConfigFormat,
  profile: Profile,
  keys: readonly ConfigEntry[],
  slot: string,
  find: Find,
  repairs: Repair[],
): void {
  const names = new Set(keys.map((k) => last(k.path)));
  for (const entry of keys) {
    const name = last(entry.path);
    const value = entry.value.trim();
    const reference = profile.reference(entry, format);
    const repairValue = (slot === KEY_PLACEHOLDER && reference) || slot;
    // Aider reads DEEPSEEK_API_KEY itself: a key in its YAML goes, and the variable takes over.
    const removeInstead = owner === 'aider';
    const repair = () =>
      repairs.push(
        removeInstead ? { kind: 'delete', entry } : { kind: 'replace', entry, value: repairValue },
      );

    if (owner === 'claude-code' && name === 'ANTHROPIC_API_KEY') {
      // DeepSeek's Claude Code guide sets ANTHROPIC_AUTH_TOKEN (a Bearer header); with both set,
      // both headers go out.
      find('config-wrong-field', entry, { name, expected: 'ANTHROPIC_AUTH_TOKEN' });
      if (names.has('ANTHROPIC_AUTH_TOKEN')) {
        repairs.push({ kind: 'delete', entry });
        continue;
      }
      repairs.push({ kind: 'rename', entry, name: 'ANTHROPIC_AUTH_TOKEN' });
    }
    if (entry.listItem && /^(["']).*\1$/.test(value)) {
      find('compose-quotes', entry, { name });
    }
    const unquoted = value.replace(/^(["'])(.*)\1$/, '$2');
    // GitHub Actions evaluates `${{ … }}` before the step runs (GitHub docs, "Evaluate expressions
    // in workflows and actions", checked December 2026): a step's output or an input is no
    // placeholder, and what it yields cannot be read here. `${{ secrets.X }}` is read above.
    if (/^\$\{\{(?!\s*secrets\.)[^{}]*\}\}$/.test(unquoted)) continue;
    if (unquoted === '') {
      find('empty-key', entry);
      repair();
    } else if (owner === null && (REFERENCE.test(unquoted) || isVariableName(unquoted))) {
      // A tool the page does not know may read the variable this names (LibreChat expands
      // "${DEEPSEEK_API_KEY}", pi reads "DEEPSEEK_API_KEY" as a name) or send the text: only
      // DeepSeek's echoed tail tells. The line stays as it is.
      find('config-key-reference', entry, { value: unquoted });
    } else if (REFERENCE.test(unquoted)) {
      if (reference !== null && unquoted === reference) {
        if (unquoted !== value) repairs.push({ kind: 'replace', entry, value: reference });
        // LibreChat sends the reference itself where the variable is unset (its
        // extractEnvVariable: `process.env[name] || value`; danny-avila/LibreChat, checked
        // December 2026): DeepSeek then echoes its end, "KEY}".
        if (owner === 'librechat') {
          find('config-reference-sent', entry, { sent: unquoted, name: reference.slice(2, -1) });
        }
        continue;
      }
      // The tool's own syntax, naming any variable: the tool reads that one (Spring's
      // `${SPRING_AI_OPENAI_API_KEY:}`, LiteLLM's `os.environ/GEMINI_API_KEY` for its Gemini entry).
      if (reference !== null && readsLike(unquoted, reference)) continue;
      // Claude Code Router expands `${VAR}` as well as `$VAR`.
      if (owner === 'claude-code-router' && SHELL_REFERENCE.test(unquoted)) continue;
      // A reference this tool does not expand is sent as it is: DeepSeek sees "$DEEPSEEK_API_KEY".
      if (reference === null && format !== 'dotenv' && format !== 'properties') {
        find('config-var-not-expanded', entry, { value: unquoted, expected: KEY_PLACEHOLDER });
        repair();
      } else if (reference !== null && owner !== 'compose' && owner !== 'open-webui') {
        find('config-var-not-expanded', entry, { value: unquoted, expected: reference });
        repair();
      } else if (unquoted !== value) {
        repairs.push({ kind: 'replace', entry, value: unquoted });
      }
    } else if (isMaskedKey(unquoted)) {
      find('masked-key', entry, { shape: redactedShape(unquoted) });
      repair();
    } else if (isPlaceholderKey(unquoted)) {
      find('placeholder-key', entry, { value: redactKeys(unquoted) });
      if (unquoted !== KEY_PLACEHOLDER || reference) repair();
    } else if (isVariableName(unquoted)) {
      // A variable's name where the tool wants the key (or its own reference): it sends the name
      // ("ANTHROPIC_AUTH_TOKEN": "DEEPSEEK_API_KEY" in Claude Code's settings.json, which expands
      // nothing; DeepSeek then echoes "****_KEY").
      find('config-var-not-expanded', entry, { value: unquoted, expected: repairValue });
      repair();
    } else {
      const lint = lintKey(unquoted);
      // Several keys, comma-separated, are a list the tool splits, not extra characters.
      // A .properties value runs to the line's end: a `# comment` after the key is sent too.
      const extra = lint.findings.some(
        (f) =>
          (KEPT_EXTRAS.includes(f.kind) &&
            !(f.kind === 'inner-whitespace' && /,/.test(unquoted))) ||
          (format === 'properties' && f.kind === 'trailing-comment'),
      );
      if (extra) find('config-key-extra', entry);
      const vars = hardCodedKeyVars(unquoted);
      if (reference || removeInstead || vars.provider) find('hard-coded-key', entry, vars);
      else find('config-key-placeholder', entry, { ...vars, placeholder: slot });
      repair();
    }
  }
}

/**
 * A Kubernetes Secret's `data:` holds each value in base64 (kubernetes.io/docs/concepts/
 * configuration/secret, "data" and "stringData"; checked December 2026): the pod's variable
 * gets the decoded bytes. `echo "sk-…" | base64` encodes the line break too, and DeepSeek then
 * refuses the key. A value there is left as it is: a placeholder would not be base64, and the
 * key, encoded, must not be copied back.
 */
function checkEncodedKeys(entries: readonly ConfigEntry[], find: Find): void {
  for (const entry of entries) {
    const value = entry.value.trim();
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value)) continue;
    const decoded = atob(value);
    if (/\s$/.test(decoded)) {
      find('secret-key-newline', entry, { shape: redactedShape(decoded.trim()) });
    }
  }
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/**
 * Characters around a key that loaders keep and DeepSeek then receives: a quote copied into .env
 * with the key (Code-Amadeus/Amadeus#20; DeepSeek echoed `****18b"` in droidrun/mobilerun#28).
 */
const KEPT_EXTRAS: readonly KeyFindingKind[] = [
  'wrapping-quotes',
  'curly-quote',
  'bearer-prefix',
  'invisible-character',
  'inner-whitespace',
  'newline',
];

/**
 * A placeholder where the key goes: a template's (`<YOUR_KEY>`, `your-key-here`), or a value no
 * key could be, even mistyped: too short (`sk-123456`, `sk-my api`) or words (`(key已手动去除)`,
 * `我的DeepSeekkey`), most often the reporter's own stand-in for the key they hid.
 */
function isPlaceholderKey(value: string): boolean {
  if (value === KEY_PLACEHOLDER || lintKey(value).findings.some((f) => f.kind === 'placeholder')) {
    return true;
  }
  const bare = value.replace(/[\s"'`]/g, '');
  return (
    !isVariableName(bare) &&
    !looksLikeKey(bare) &&
    !/^sk-[A-Za-z0-9_-]{12,}/.test(bare) &&
    !lintKey(bare).otherProvider
  );
}

/** The OpenAI models people leave in a config that now points at DeepSeek. */
const OPENAI_MODEL = /^(?:gpt-|o[134](?:-|$)|chatgpt-|text-davinci)/;

function checkModels(models: readonly ConfigEntry[], find: Find, repairs: Repair[]): void {
  for (const entry of models) {
    const match = /^(.*?\/)?([^/]+?)(\[1m\])?$/.exec(entry.value.trim());
    if (!match) continue;
    const [, prefix = '', model = '', suffix = ''] = match;
    if ((RETIRED_MODELS as readonly string[]).includes(model)) {
      find('retired-model', entry, { model, suggested: DEFAULT_MODEL, off: THINKING_OFF });
      repairs.push({ kind: 'replace', entry, value: `${prefix}${DEFAULT_MODEL}${suffix}` });
    } else if (OPENAI_MODEL.test(model) && !prefix) {
      find('openai-model', entry, { model, suggested: DEFAULT_MODEL });
    }
  }
}

function checkDotenv(
  text: string,
  entries: readonly ConfigEntry[],
  ours: (entry: ConfigEntry) => boolean,
  find: Find,
  repairs: Repair[],
): void {
  // Only DeepSeek's lines are judged. Every line exported: a shell script, which needs `export`,
  // not an .env file.
  const script = entries.length > 0 && entries.every((entry) => entry.exported);
  for (const entry of entries.filter(ours)) {
    const exported = entry.exported && !script;
    if (entry.spaced) find('env-spaces', entry, { name: last(entry.path) });
    if (exported) find('env-export', entry, { name: last(entry.path) });
    if (entry.spaced || exported) {
      repairs.push({ kind: 'rename', entry, name: '' });
    }
  }
  const crlf = entries.find((e) => text.slice(e.lineStart, e.lineEnd).endsWith('\r\n'));
  if (crlf) find('env-crlf', crlf);
}

// --- Applying the repairs -------------------------------------------------------------------

function applyRepairs(text: string, format: ConfigFormat, repairs: readonly Repair[]): string {
  if (repairs.length === 0) return text;
  if (format === 'json') return applyJson(text, repairs);
  const edits: CodeEdit[] = [];
  for (const repair of repairs) {
    const { entry } = repair.kind === 'insert' ? { entry: repair.after } : repair;
    switch (repair.kind) {
      case 'replace':
        edits.push({
          start: entry.valueStart,
          end: entry.valueEnd,
          text: formatValue(text, format, entry, repair.value),
        });
        break;
      case 'rename':
        if (format === 'dotenv' && repair.name === '') {
          // `export KEY = value` → `KEY=value`.
          edits.push({
            start: entry.lineStart,
            end: entry.keyStart,
            text: entry.indent.replace(/export\s+/, ''),
          });
          edits.push({ start: entry.keyEnd, end: entry.valueStart, text: '=' });
        } else {
          edits.push({ start: entry.keyStart, end: entry.keyEnd, text: repair.name });
        }
        break;
      case 'delete':
        edits.push({ start: entry.lineStart, end: entry.lineEnd, text: '' });
        break;
      case 'insert': {
        const line = text.slice(entry.lineStart, entry.lineEnd);
        const eol = line.endsWith('\n') ? '' : '\n';
        // Beside an exported line (a shell profile), the new one is exported too: else the
        // programs the shell starts never see it.
        const indent = entry.indent + (format === 'dotenv' && entry.exported ? 'export ' : '');
        edits.push({
          start: entry.lineEnd,
          end: entry.lineEnd,
          text: eol + newLine(format, indent, repair.name, repair.value),
        });
        break;
      }
    }
  }
  return applyRangeEdits(text, edits);
}

function newLine(format: ConfigFormat, indent: string, name: string, value: string): string {
  switch (format) {
    case 'yaml':
      return `${indent}${name}: ${value}\n`;
    case 'toml':
      return `${indent}${name} = ${JSON.stringify(value)}\n`;
    default:
      return `${indent}${name}=${value}\n`;
  }
}

/** A value written the way the format (and the value's old quoting) needs it. */
function formatValue(
  text: string,
  format: ConfigFormat,
  entry: ConfigEntry,
  value: string,
): string {
  const quote = text[entry.valueStart];
  if (entry.listItem || format === 'dotenv' || format === 'properties') return value;
  if (format === 'toml') return JSON.stringify(value);
  if (quote === '"') return JSON.stringify(value);
  if (quote === "'") return `'${value.replace(/'/g, "''")}'`;
  // A plain YAML scalar: quote it when it would read as something else.
  return /^[\w$.:/-][^#]*$/.test(value) && !/: /.test(value) ? value : JSON.stringify(value);
}

function applyRangeEdits(text: string, edits: readonly CodeEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function applyJson(text: string, repairs: readonly Repair[]): string {
  let out = text;
  const indent = /\n( +|\t)"/.exec(text)?.[1] ?? '  ';
  const formattingOptions = { insertSpaces: indent[0] !== '\t', tabSize: indent.length, eol: '\n' };
  const at = (path: readonly string[]) => path.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  // Renames and deletions change paths: do value replacements first, on the original paths.
  const order = { replace: 0, insert: 1, rename: 2, delete: 3 } as const;
  for (const repair of [...repairs].sort((a, b) => order[a.kind] - order[b.kind])) {
    switch (repair.kind) {
      case 'replace':
        out = applyEdits(
          out,
          modify(out, at(repair.entry.path), repair.value, { formattingOptions }),
        );
        break;
      case 'insert':
        out = applyEdits(
          out,
          modify(out, at([...repair.after.path.slice(0, -1), repair.name]), repair.value, {
            formattingOptions,
          }),
        );
        break;
      case 'rename': {
        const value = readJsonValue(out, repair.entry.path);
        out = applyEdits(out, modify(out, at(repair.entry.path), undefined, { formattingOptions }));
        out = applyEdits(
          out,
          modify(out, at([...repair.entry.path.slice(0, -1), repair.name]), value, {
            formattingOptions,
          }),
        );
        break;
      }
      case 'delete':
        out = applyEdits(out, modify(out, at(repair.entry.path), undefined, { formattingOptions }));
        break;
    }
  }
  return out;
}

function readJsonValue(text: string, path: readonly string[]): string {
  return (
    readEntries(text, 'json').entries.find((e) => e.path.join('\u0000') === path.join('\u0000'))
      ?.value ?? ''
  );
}

/** A config's findings in the shape the diagnosis reads code findings in. */
export function configLint(reading: ConfigReading): CodeLint {
  return {
    language: 'other',
    tab: null,
    findings: reading.findings,
    clients: [],
    keyVariable: KEY_ENV_VAR,
    repairs: [],
    sourceLength: reading.broken.length,
    truncated: false,
    otherSdk: null,
    missingEndpoint: null,
    headerVariable: null,
    keyReads: reading.keyReads,
  };
}
