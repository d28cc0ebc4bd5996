import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  IMAGES_SINCE,
  OTHER_PROVIDERS,
  RESPONSES_API_SINCE,
} from '../../src/domain/deepseek-facts.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

const english: Readonly<Record<string, string>> = en;
const chinese: Readonly<Record<string, string | undefined>> = zhCN;
const keys = Object.keys(english);

/** The `{name}` placeholders of a message, sorted and without repeats. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

/**
 * Words and literals that users type or see in their terminals, so a translation keeps them as
 * they are wherever the English message has them. A word-like token must stand alone (not inside
 * a longer identifier); Chinese characters count as a boundary.
 */
const VERBATIM = [
  // Names and products.
  'DeepSeek',
  'DeepSeek Key Doctor',
  'OpenAI',
  'openai',
  'Python',
  'Node',
  'Node.js',
  'TypeScript',
  'JavaScript',
  'LangChain',
  'LiteLLM',
  'PowerShell',
  'Windows PowerShell',
  'Docker',
  'Docker Compose',
  'Jupyter',
  'VS Code',
  'GitHub',
  'GitHub Actions',
  'Vercel',
  'Cloudflare Workers',
  'macOS',
  'Linux',
  'WSL',
  'Git Bash',
  'bash',
  'zsh',
  'fish',
  'cmd',
  'curl',
  'git',
  'alpine',
  // Environment variables, parameters, options and other code.
  'DEEPSEEK_API_KEY',
  'OPENAI_API_KEY',
  'DEEPSEEK_KEY',
  'DEEPSEEK_API_TOKEN',
  '${DEEPSEEK_API_KEY}',
  '$env:DEEPSEEK_API_KEY',
  '${env:DEEPSEEK_API_KEY}',
  'api_key',
  'apiKey',
  'base_url',
  'baseURL',
  'OpenAI()',
  'AuthenticationError',
  'openai.AuthenticationError',
  'deepseek.AuthenticationError',
  'authentication_error',
  'is_available',
  'KeyError',
  'undefined',
  'os.environ',
  'os.getenv',
  'load_dotenv()',
  'dotenv.config()',
  'dotenv',
  'dotenv/config',
  'python-dotenv',
  'pip install python-dotenv',
  '--env-file',
  '--env-file=.env',
  'node --env-file=.env',
  '.env',
  '.gitignore',
  '~/.zshrc',
  '~/.bashrc',
  '~/.bash_profile',
  'source ~/.zshrc',
  '~/.config/fish/fish_variables',
  'chmod 600',
  'export',
  'read -rs',
  'read -s',
  'read -sUx',
  '-x',
  '-U',
  '-e DEEPSEEK_API_KEY',
  '=value',
  'KEY=value',
  'Read-Host -AsSecureString',
  'Read-Host -MaskInput',
  'NetworkCredential',
  '[Environment]::SetEnvironmentVariable(…, "User")',
  '$PROFILE',
  'set /p',
  'setx',
  'cls',
  'env_file: .env',
  'env:',
  'docker compose config',
  'docker compose',
  'getpass',
  '%env DEEPSEEK_API_KEY=…',
  '%env DEEPSEEK_API_KEY',
  'launch.json',
  'envFile',
  '"env"',
  '"type": "node"',
  'gh secret set',
  'Authorization',
  'Bearer',
  '"Bearer "',
  'sk-',
  'sk-xxxx',
  'DEEPSEEK_API_KEY=sk-…',
  '${…}',
  '{{…}}',
  '****',
  '****abcd',
  'request_id',
  'x-stainless',
  'Ctrl+C',
  '⌘C',
  'localhost',
  'https://',
  // Hosts, URLs and endpoints.
  'https://api.deepseek.com',
  'api.deepseek.com',
  'platform.deepseek.com',
  'status.deepseek.com',
  'api.openai.com',
  'platform.openai.com',
  '/v1',
  '/chat/completions',
  'GET /models',
  'GET /user/balance',
  // Protocols and formats.
  'HTTP',
  'HTTPS',
  'JSON',
  'ASCII',
  'CORS',
  'DNS',
  'TLS',
  'SSL',
  'SDK',
  'IDE',
  'CI',
  'Markdown',
  '5xx',
  // What the API and the SDKs print, quoted as users see it.
  'Authentication Fails',
  'Authentication Fails (no such user)',
  'Your api key: ****abcd is invalid',
  'auth header format should be Bearer sk-...',
  'Bearer sk-…',
  'no such user',
  'governor',
  'Incorrect API key provided',
  'Insufficient Balance',
  'Missing credentials',
  'AuthenticationError: 401',
  'NOT SET',
  'shape OK',
];

/** Tokens that are code only in some contexts: checked where `pattern` finds them in the English. */
const CONTEXTUAL: readonly (readonly [token: string, pattern: RegExp])[] = [
  ['None', /\bNone\b(?! of)/], // Python's None, not "None of the four"
  ['environment:', /\bUnder environment:/], // the Compose key, not the word before a colon
];

/** Messages made only of names, the same in both languages. */
const SAME_IN_BOTH = new Set(['keyTest.blocked.curl']);

/** Names that stay as they are in Chinese, besides those in VERBATIM: companies and products. */
const NAMES = [
  'Anthropic',
  'Claude Code Router',
  'OpenRouter',
  'Groq',
  'xAI',
  'Google',
  'Gemini',
  'Moonshot',
  'SiliconFlow',
  'Qwen',
  'Jupyter notebook',
  'Java',
  'Go',
  'PHP',
  'Rust',
  'Ruby',
  'Ollama',
];

/** Quoted English that names a page element; the translation quotes that element's own name. */
const TRANSLATED_QUOTES = new Set([
  'Prevention',
  'Paste your error',
  'Paste your code',
  'DeepSeek API key',
  'Test key',
]);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches `token` where it is not part of a longer word or identifier. */
function standalone(token: string): RegExp {
  const before = /^[\w$]/.test(token) ? '(?<![\\w$.-])' : '';
  const after = /[\w$]$/.test(token) ? '(?![\\w$])' : '';
  return new RegExp(before + escape(token) + after);
}

const VERBATIM_PATTERNS = [
  ...VERBATIM.map((token) => [token, standalone(token)] as const),
  ...CONTEXTUAL,
];

/** Names and code, longest first so that "Docker Compose" goes before "Docker". */
const NAME_PATTERNS = [...VERBATIM, ...NAMES]
  .sort((a, b) => b.length - a.length)
  .map((token) => new RegExp(standalone(token).source, 'g'));

/** `text` without names, code, quoted text and placeholders: what is left to translate. */
function prose(text: string): string {
  const unquoted = text.replace(/"[^"]*"|“[^”]*”|\{\w+\}/g, ' ');
  return NAME_PATTERNS.reduce((rest, pattern) => rest.replace(pattern, ' '), unquoted);
}

/** The English words of `text` that are neither names nor code. */
function englishWords(text: string): string[] {
  return prose(text).match(/[A-Za-z][A-Za-z'’]+/g) ?? [];
}

/** Runs of four or more English words: a sentence left in English. */
function englishRuns(text: string): string[] {
  return prose(text).match(/[A-Za-z][\w'’.-]*(?:[ ,]+[A-Za-z][\w'’.-]*){3,}/g) ?? [];
}

/** The tokens of `text` that must survive translation: the list above, numbers, and quotes. */
function verbatimTokens(text: string): string[] {
  const tokens = VERBATIM_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([t]) => t);
  // Numbers: status codes, lengths, versions, positions.
  for (const match of text.matchAll(/\d+(?:\.\d+)*/g)) tokens.push(match[0]);
  // Quoted literals, straight or curly, that are code or the API's own words.
  for (const match of text.matchAll(/"([^"]+)"|“([^”]+)”/g)) {
    const inner = match[1] ?? match[2]!;
    if (!TRANSLATED_QUOTES.has(inner)) tokens.push(inner);
  }
  return [...new Set(tokens)];
}

describe('zh-CN dictionary', () => {
  it('translates every English key', () => {
    const missing = keys.filter((key) => !chinese[key]?.trim());
    expect(missing, `zh-CN has no translation for: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no key that English lacks', () => {
    const extra = Object.keys(chinese).filter((key) => !(key in english));
    expect(extra, `zh-CN has keys that en does not: ${extra.join(', ')}`).toEqual([]);
  });

  it('uses exactly the placeholders of each English message', () => {
    const mismatched = keys
      .filter((key) => chinese[key] !== undefined)
      .filter((key) => placeholders(english[key]!).join() !== placeholders(chinese[key]!).join())
      .map(
        (key) =>
          `${key}: en {${placeholders(english[key]!).join('}, {')}} ≠ zh-CN {${placeholders(chinese[key]!).join('}, {')}}`,
      );
    expect(mismatched).toEqual([]);
  });

  it('keeps code, names, numbers and quoted API messages untranslated', () => {
    const lost = keys
      .filter((key) => chinese[key] !== undefined)
      .flatMap((key) =>
        verbatimTokens(english[key]!)
          .filter((token) => !chinese[key]!.includes(token))
          .map((token) => `${key}: ${JSON.stringify(token)}`),
      );
    expect(lost).toEqual([]);
  });

  it('uses full-width punctuation in Chinese prose', () => {
    // A half-width , . ; : ? ! ) right after a Chinese character, or ( right before one.
    const halfWidth = /[\u3400-\u9fff][,.;:?!)]|\([\u3400-\u9fff]/;
    const offending = keys
      .filter((key) => chinese[key] !== undefined && halfWidth.test(chinese[key]!))
      .map((key) => `${key}: ${chinese[key]!}`);
    expect(offending).toEqual([]);
  });

  it('is Chinese: a message with words besides names and code has Chinese characters', () => {
    const untranslated = keys
      .filter((key) => chinese[key] !== undefined && !SAME_IN_BOTH.has(key))
      .filter((key) => englishWords(chinese[key]!).length > 0)
      .filter((key) => !/[\u3400-\u9fff]/.test(chinese[key]!));
    expect(untranslated, `zh-CN still in English: ${untranslated.join(', ')}`).toEqual([]);
  });

  it('is the same as English only where a message is made of names and code', () => {
    const same = keys
      .filter((key) => chinese[key] === english[key] && !SAME_IN_BOTH.has(key))
      .filter((key) => englishWords(english[key]!).length > 0)
      .map((key) => `${key}: ${english[key]!}`);
    expect(same, 'zh-CN copies these English messages').toEqual([]);
  });

  it('has no English sentence inside a Chinese message', () => {
    const left = keys
      .filter((key) => chinese[key] !== undefined)
      .flatMap((key) => englishRuns(chinese[key]!).map((run) => `${key}: ${run}`));
    expect(left).toEqual([]);
  });

  it('would catch English left in Chinese (the two checks above are not vacuous)', () => {
    expect(englishWords('Test key')).toEqual(['Test', 'key']);
    expect(englishWords('Node.js / TypeScript')).toEqual([]);
    expect(englishWords('Docker Compose')).toEqual([]);
    expect(englishRuns('请重试。Copy the key again.')).toEqual(['Copy the key again.']);
    expect(englishRuns('请运行 pip install python-dotenv，然后重试。')).toEqual([]);
  });

  it('names every provider whose key shape the lint knows, in both languages', () => {
    for (const id of OTHER_PROVIDERS) {
      expect(english[`keyLint.provider.${id}`]).toBeTruthy();
      expect(chinese[`keyLint.provider.${id}`]).toBeTruthy();
    }
    expect(chinese['keyLint.provider.moonshot-siliconflow']).toBe(
      'Moonshot（月之暗面）或 SiliconFlow（硅基流动）',
    );
  });
});

describe('the name of a host that answered', () => {
  it('reads as the subject of “… answered, not DeepSeek”: no clause outside brackets', () => {
    const names = Object.entries(en).filter(([key]) => key.startsWith('diagnosis.host.'));
    expect(names.length).toBeGreaterThan(20);
    const clauses = names
      .filter(([, name]) => /,/.test(name.replace(/\([^)]*\)/g, '')))
      .map(([key]) => key);
    expect(clauses).toEqual([]);
  });
});

describe('the dates of DeepSeek’s facts, given in words', () => {
  const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const iso = (y: string, m: number, d: string) =>
    `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
  const datesIn = (text: string) => [
    ...[...text.matchAll(/\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b/g)].map(([, d, m, y]) =>
      iso(y!, MONTHS.indexOf(m!) + 1, d!),
    ),
    ...[...text.matchAll(/(\d{4}) 年 (\d{1,2}) 月 (\d{1,2}) 日/g)].map(([, y, m, d]) =>
      iso(y!, Number(m), d!),
    ),
  ];
  it.each([
    ['en', en],
    ['zh-CN', zhCN],
  ])('are the facts’ own in %s: the Responses API’s and the images’', (_, messages) => {
    const wrong = Object.entries(messages).flatMap(([key, text]) => {
      const fact = /responses|wire_api/i.test(text)
        ? RESPONSES_API_SINCE
        : /imagesModel/.test(text)
          ? IMAGES_SINCE
          : null;
      return fact
        ? datesIn(text)
            .filter((date) => date !== fact)
            .map((date) => `${key}: ${date}`)
        : [];
    });
    expect(wrong).toEqual([]);
    // Not vacuous: the texts do give the dates.
    expect(datesIn(messages['diagnosis.notAuth.responses-api'])).toContain(RESPONSES_API_SINCE);
    expect(datesIn(messages['diagnosis.notAuth.images'])).toContain(IMAGES_SINCE);
  });
});

describe('index.html', () => {
  const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
  const decode = (text: string) => text.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');

  it('carries the English title and description that the page sets for English', () => {
    expect(decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')).toBe(en['app.documentTitle']);
    expect(decode(/name="description"\s+content="([^"]*)"/.exec(html)?.[1] ?? '')).toBe(
      en['app.description'],
    );
  });
});
