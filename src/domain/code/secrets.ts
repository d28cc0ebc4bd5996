import { KEY_PLACEHOLDER } from '../config/config-format.ts';
import {
  DEEPSEEK_KEY_PATTERN,
  OTHER_PROVIDER_KEYS,
  type OtherProvider,
} from '../deepseek-facts.ts';
import { keyShape, lintKey, type KeyFindingKind } from '../key/key-lint.ts';

/**
 * The text with every key-shaped secret (DeepSeek's and the other providers' shapes) redacted, for
 * any text that is copied: the repaired code, the unread rest of a long paste. `onLine` hears the
 * 1-based line of each redaction.
 */
export function redactKeys(text: string, onLine?: (line: number) => void): string {
  return text.replace(new RegExp(KEY_SUBSTRING.source, 'g'), (key: string, at: number) => {
    if (isPlaceholder(key)) return key;
    onLine?.(text.slice(0, at).split('\n').length);
    return keyStandIn(key, text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
  });
}

/**
 * A line that sets a key, up to its value: a `.env` or `export` line (`NAME=`, with no spaces, as
 * both write it), or a settings listing's key field (`API Key: `, `apiKey: "`).
 */
const SETS_KEY =
  /^[ \t]*(?:export[ \t]+)?[A-Za-z_]\w*=["']?$|^[ \t]*(?:-[ \t]+)?["']?[\w .-]*(?:api[ _-]?key|token)["']?[ \t]*:[ \t]*["']?$/i;

/**
 * What stands for a key in copied text: a slot where a line sets a variable to it (a `.env` line
 * pasted below the code: a place for the key, which no parser would take `sk-…abcd` for), else
 * its redacted shape `sk-…abcd`. The slot is DeepSeek's (KEY_PLACEHOLDER) unless the key is
 * another provider's (otherKeySlot).
 */
export function keyStandIn(key: string, lineBefore: string): string {
  if (!SETS_KEY.test(lineBefore)) return redactedShape(key);
  return otherKeySlot(key, NAME_SET.exec(lineBefore)?.[1] ?? null) ?? KEY_PLACEHOLDER;
}

/** The name a `NAME=`, `NAME: ` or `"NAME": "` line sets, up to its value. */
const NAME_SET = /([A-Za-z_][\w.-]*)["']?[ \t]*[:=][ \t]*["']?$/;

/**
 * Words that name another provider in a variable's name (ANTHROPIC_API_KEY, SILICON_API_KEY).
 * ANTHROPIC_AUTH_TOKEN is not one: Claude Code sends it to DeepSeek's Anthropic endpoint.
 */
const OTHER_PROVIDER_NAME =
  /^(?!ANTHROPIC_AUTH_TOKEN$)(?:[A-Z0-9]+_)*(ANTHROPIC|CLAUDE|MOONSHOT|KIMI|SILICON(?:FLOW)?|OPENROUTER|GROQ|GEMINI|GOOGLE|XAI|GROK|MISTRAL|DASHSCOPE|QWEN|ZHIPU|GLM|VOLC(?:ENGINE)?|ARK|BAIDU|QIANFAN|ERNIE|COHERE|TOGETHER|FIREWORKS|PERPLEXITY|TAVILY|SERPER|SERPAPI|YDC|JINA|VOYAGE|AZURE)_/i;

/** True when a variable's name says it holds another provider's key (ANTHROPIC_API_KEY). */
export function namesOtherProvider(name: string): boolean {
  return OTHER_PROVIDER_NAME.test(name);
}

/** The label of each other provider's key shape, for its slot. */
const SHAPE_LABEL: Readonly<Record<OtherProvider, string>> = {
  openai: 'OPENAI',
  anthropic: 'ANTHROPIC',
  openrouter: 'OPENROUTER',
  groq: 'GROQ',
  'google-gemini': 'GEMINI',
  'moonshot-siliconflow': 'MOONSHOT_OR_SILICONFLOW',
  xai: 'XAI',
};

/**
 * The slot for a key that is not DeepSeek's, or null: a variable that names another provider
 * (DashScope's keys have DeepSeek's shape, so the name decides first), else another provider's
 * key shape under a name that is not DeepSeek's. That key stays that provider's: a DeepSeek slot
 * there would send the DeepSeek key to it.
 */
/**
 * The key's slot in a file that sends the request to another provider (SiliconFlow's address):
 * that provider's key goes there, not DeepSeek's (zhangjf/mi-gpt#264).
 */
export function providerKeySlot(provider: string): string {
  const label = provider
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return `PASTE_YOUR_${label}_KEY_HERE`;
}

export function otherKeySlot(key: string, name: string | null): string | null {
  if (name && /deepseek/i.test(name)) return null;
  const named = name ? OTHER_PROVIDER_NAME.exec(name)?.[1] : undefined;
  const provider = named ? null : lintKey(key).otherProvider;
  const label = named?.toUpperCase() ?? (provider ? SHAPE_LABEL[provider] : null);
  return label ? `PASTE_YOUR_${label}_KEY_HERE` : null;
}

export const KEY_SUBSTRING =
  /\b(?:sk-(?:proj-|svcacct-|admin-|ant-[a-z0-9]+-|or-v1-)?[A-Za-z0-9_-]{20,}|gsk_[A-Za-z0-9]{20,}|xai-[A-Za-z0-9]{20,}|AIza[0-9A-Za-z_-]{35})/;

export function looksLikeKey(value: string): boolean {
  const v = value.trim();
  return (
    DEEPSEEK_KEY_PATTERN.test(v) ||
    OTHER_PROVIDER_KEYS.some(({ pattern }) => pattern.test(v)) ||
    (KEY_SUBSTRING.test(v) && !isPlaceholder(v))
  );
}

/**
 * What a hard-coded-key finding carries: the redacted shape, and `provider` (an OtherProvider id)
 * when the key has another provider's shape, since that key is rotated there, not at DeepSeek.
 */
export function hardCodedKeyVars(key: string): Record<string, string> {
  const lint = lintKey(key);
  const provider = lint.otherProvider;
  const shape = redactedShape(key);
  if (provider) return { shape, provider };
  // A DeepSeek key cut short, lengthened or with other letters: the value is wrong (SPEC §1).
  const malformed = lint.findings.some((f) => MALFORMED.includes(f.kind));
  return malformed ? { shape, malformed: 'true' } : { shape };
}

const MALFORMED: readonly KeyFindingKind[] = ['wrong-length', 'non-hex', 'uppercase-hex'];

/** `sk-…abcd`: enough to recognise a key, never enough to use it (see keyShape). */
export function redactedShape(key: string): string {
  if (isMaskedKey(key)) {
    // Already masked by its owner: its prefix, and its last four where they were kept.
    const end = MASK.test(key) ? /[A-Za-z0-9]{4}$/.exec(key.trim())?.[0] : undefined;
    const prefix = key.trim().startsWith('sk-') ? 'sk-' : '';
    return end && !/^x+$/i.test(end) ? `${prefix}…${end}` : `${prefix}…`;
  }
  const shape = keyShape(key.trim());
  return shape.lastFour ? `${shape.prefix}…${shape.lastFour}` : '…';
}

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return (
    /^<[^>]*>$|^\$\{[^}]*\}$|^\{\{[^}]*\}\}$|^\{\w+\}$/.test(v) ||
    /x{4,}|^(?:sk-)?x{3}$|^sk-$|^api key$|\.{3}|…|\*{3,}/i.test(v) ||
    /^(?:sk-)?(?:your|my|insert|put|enter|replace|paste)[-_ ]|(?:api[-_ ]?key|key)[-_ ]?here$/i.test(
      v,
    ) ||
    /^(?:your|my)[-_ ]?(?:deepseek[-_ ]?)?(?:api[-_ ]?)?key$/i.test(v) ||
    /^(?:sk-)?(?:placeholder|changeme|todo|dummy|test|fake)$/i.test(v)
  );
}

/**
 * A key its owner hid before pasting: its own characters kept around a mask
 * (`sk-a5e20****…a353`, `sk-1838e1XXXXXXXXXX7e6fc5a`, `sk-5b10……dd`, `sk-c02x...7ba`), or a word
 * that says so (`<redacted>`). Posted code and configs show keys so (agentscope-ai/agentscope#614,
 * deepseek-ai/awesome-deepseek-agent#96, near-agent/near-eliza-starter#9, sipeed/picoclaw#2584),
 * and relay tokens too, mixed-case (ChatGPTNextWeb/NextChat#6296, ZhuLinsen/daily_stock_analysis#512);
 * the code as it ran held a key. What is kept must look like a key's, not a word's: letters and
 * digits only, at least six of them, hex or with a digit among them, no word, and kept at both ends or in
 * several places. A template's placeholder keeps words or one end only (`sk-proj-xxxx`,
 * `sk-your-key-here...`, `sk-xxxx1234`, `your...key`, `sk-****`), and may be what the code sends.
 */
export function isMaskedKey(value: string): boolean {
  const v = value.trim();
  if (/^[<[(]?(?:redacted|hidden|masked|removed)[>\])]?$|已隐藏|已打码/i.test(v)) return true;
  // A key's first characters, then asterisks for the rest of its length: starred out by its owner
  // (`sk-b************************`, wendy7756/AI-Video-Transcriber#33); a template writes words.
  if (/^sk-[0-9a-f]{1,8}\*{16,}$/.test(v)) return true;
  const parts = v.replace(/^sk-/, '').split(MASK);
  const kept = parts.filter((part) => part !== '');
  const joined = kept.join('');
  return (
    parts.length >= 2 &&
    (kept.length >= 2 || (parts[0] !== '' && parts[parts.length - 1] !== '')) &&
    kept.every((part) => /^[0-9a-zA-Z]+$/.test(part)) &&
    joined.length >= 6 &&
    (/^[0-9a-fA-F]+$/.test(joined) || /\d/.test(joined)) &&
    !/your|my|key|here|api|token|example/i.test(joined)
  );
}

/** A run of mask characters; x only as a run, since hex has no x. */
const MASK = /\*{3,}|[•●]{3,}|\.{3,}|…+|[xX]{3,}/;

export function isVariableName(value: string): boolean {
  return /^[A-Z][A-Z0-9_]*(?:KEY|TOKEN|SECRET)[A-Z0-9_]*$/.test(value.trim());
}

/** A literal that is a key and nothing else. */
export function isWholeKey(value: string): boolean {
  return looksLikeKey(value) && KEY_SUBSTRING.exec(value)?.[0] === value.trim();
}
