import { describe, expect, it } from 'vitest';
import {
  KEY_FINDING_KINDS,
  keyShape,
  lintKey,
  MAX_FINDINGS_PER_KIND,
  type KeyFinding,
  type KeyFindingKind,
} from '../../src/domain/key/key-lint.ts';
import { en } from '../../src/i18n/en.ts';
import { translate } from '../../src/i18n/t.ts';

// Obviously fake keys with the right shapes.
const HEX = '0123456789abcdef'.repeat(2);
const KEY = `sk-${HEX}`;
const ALNUM = 'AbCdEf0123456789';

type Expected = Pick<KeyFinding, 'kind' | 'index' | 'length'> & { detail?: string };

function f(kind: KeyFindingKind, index: number, length: number, detail?: string): Expected {
  return detail === undefined ? { kind, index, length } : { kind, index, length, detail };
}

/** The findings without severity, for compact tables (severity has its own test). */
function found(raw: string): Expected[] {
  return lintKey(raw).findings.map(({ kind, index, length, detail }) =>
    f(kind, index, length, detail),
  );
}

describe('lintKey: a valid key', () => {
  it('has no findings and needs no cleaning', () => {
    expect(lintKey(KEY)).toEqual({
      findings: [],
      cleaned: KEY,
      canClean: false,
      sendable: true,
      looksLikeDeepSeek: true,
      otherProvider: null,
      shape: { length: 35, prefix: 'sk-', lastFour: 'cdef' },
    });
  });
});

describe('lintKey: empty input', () => {
  it.each([
    ['nothing', '', [f('empty', 0, 0)], false],
    ['only blanks', ' \t\r\n', [f('empty', 0, 4)], false],
    ['only invisibles', '\u200b\ufeff', [f('empty', 0, 2)], false],
    // Printable, so sendable: DeepSeek will answer "auth header format", which is a diagnosis too.
    [
      'an assignment with no value',
      'DEEPSEEK_API_KEY=',
      [f('assignment-prefix', 0, 17, 'DEEPSEEK_API_KEY='), f('empty', 17, 0)],
      true,
    ],
    ['empty quotes', '""', [f('wrapping-quotes', 0, 2, '"'), f('empty', 1, 0)], true],
  ])('%s gives an empty finding', (_name, raw, expected, sendable) => {
    const lint = lintKey(raw);
    expect(found(raw)).toEqual(expected);
    expect(lint.cleaned).toBe('');
    expect(lint.sendable).toBe(sendable);
    expect(lint.canClean).toBe(false);
    expect(lint.looksLikeDeepSeek).toBe(false);
    expect(lint.shape).toEqual({ length: 0, prefix: '', lastFour: '' });
  });
});

/** Each row: raw input, expected findings, and the cleaned key (KEY unless stated). */
const cleanable: [name: string, raw: string, expected: Expected[], cleaned?: string][] = [
  ['leading spaces', `  ${KEY}`, [f('leading-whitespace', 0, 2)]],
  ['trailing space and tab', `${KEY} \t`, [f('trailing-whitespace', 35, 2)]],
  ['a space inside', `${KEY.slice(0, 10)} ${KEY.slice(10)}`, [f('inner-whitespace', 10, 1)]],
  ['a trailing CRLF', `${KEY}\r\n`, [f('newline', 35, 2)]],
  ['a line break inside', `${KEY.slice(0, 7)}\n${KEY.slice(7)}`, [f('newline', 7, 1)]],
  ['a trailing LINE SEPARATOR', `${KEY}\u2028`, [f('newline', 35, 1, 'U+2028 LINE SEPARATOR')]],
  [
    'a zero width space inside',
    `${KEY.slice(0, 5)}\u200b${KEY.slice(5)}`,
    [f('invisible-character', 5, 1, 'U+200B ZERO WIDTH SPACE')],
  ],
  [
    'two zero width joiners',
    `${KEY.slice(0, 5)}\u200d\u200d${KEY.slice(5)}`,
    [f('invisible-character', 5, 2, 'U+200D ZERO WIDTH JOINER')],
  ],
  [
    'a byte order mark',
    `\ufeff${KEY}`,
    [f('invisible-character', 0, 1, 'U+FEFF ZERO WIDTH NO-BREAK SPACE')],
  ],
  [
    'a trailing no-break space',
    `${KEY}\u00a0`,
    [f('invisible-character', 35, 1, 'U+00A0 NO-BREAK SPACE')],
  ],
  ['a soft hyphen', `sk-\u00ad${HEX}`, [f('invisible-character', 3, 1, 'U+00AD SOFT HYPHEN')]],
  ['a word joiner', `${KEY}\u2060`, [f('invisible-character', 35, 1, 'U+2060 WORD JOINER')]],
  [
    'a left-to-right mark',
    `\u200e${KEY}`,
    [f('invisible-character', 0, 1, 'U+200E LEFT-TO-RIGHT MARK')],
  ],
  [
    'a right-to-left mark',
    `\u200f${KEY}`,
    [f('invisible-character', 0, 1, 'U+200F RIGHT-TO-LEFT MARK')],
  ],
  [
    'a right-to-left override',
    `${KEY.slice(0, 20)}\u202e${KEY.slice(20)}`,
    [f('invisible-character', 20, 1, 'U+202E RIGHT-TO-LEFT OVERRIDE')],
  ],
  [
    'an isolate pair',
    `\u2066${KEY}\u2069`,
    [
      f('invisible-character', 0, 1, 'U+2066 LEFT-TO-RIGHT ISOLATE'),
      f('invisible-character', 36, 1, 'U+2069 POP DIRECTIONAL ISOLATE'),
    ],
  ],
  [
    'a tag character (two UTF-16 units)',
    `${KEY}\u{e0041}`,
    [f('invisible-character', 35, 2, 'U+E0041 TAG CHARACTER')],
  ],
  [
    'a control character',
    `${KEY.slice(0, 9)}\u0007${KEY.slice(9)}`,
    [f('invisible-character', 9, 1, 'U+0007 CONTROL CHARACTER')],
  ],
  [
    'curly double quotes',
    `\u201c${KEY}\u201d`,
    [
      f('curly-quote', 0, 1, 'U+201C LEFT DOUBLE QUOTATION MARK (\u201c)'),
      f('curly-quote', 36, 1, 'U+201D RIGHT DOUBLE QUOTATION MARK (\u201d)'),
    ],
  ],
  [
    'a curly apostrophe inside',
    `${KEY.slice(0, 12)}\u2019${KEY.slice(12)}`,
    [f('curly-quote', 12, 1, 'U+2019 RIGHT SINGLE QUOTATION MARK (\u2019)')],
  ],
  [
    'blanks inside curly quotes',
    `\u201c ${KEY} \u201d`,
    [
      f('curly-quote', 0, 1, 'U+201C LEFT DOUBLE QUOTATION MARK (\u201c)'),
      f('leading-whitespace', 1, 1),
      f('trailing-whitespace', 37, 1),
      f('curly-quote', 38, 1, 'U+201D RIGHT DOUBLE QUOTATION MARK (\u201d)'),
    ],
  ],
  [
    'CJK corner brackets',
    `\u300c${KEY}\u300d`,
    [
      f('curly-quote', 0, 1, 'U+300C LEFT CORNER BRACKET (\u300c)'),
      f('curly-quote', 36, 1, 'U+300D RIGHT CORNER BRACKET (\u300d)'),
    ],
  ],
  ['double quotes', `"${KEY}"`, [f('wrapping-quotes', 0, 37, '"')]],
  ['single quotes', `'${KEY}'`, [f('wrapping-quotes', 0, 37, "'")]],
  ['backticks', `\`${KEY}\``, [f('wrapping-quotes', 0, 37, '`')]],
  ['an opening quote only', `"${KEY}`, [f('wrapping-quotes', 0, 1, '"')]],
  ['a closing quote only', `${KEY}'`, [f('wrapping-quotes', 35, 1, "'")]],
  ['Bearer', `Bearer ${KEY}`, [f('bearer-prefix', 0, 7, 'Bearer')]],
  ['bearer without a space', `bearer${KEY}`, [f('bearer-prefix', 0, 6, 'bearer')]],
  [
    'an Authorization header',
    `Authorization: Bearer ${KEY}`,
    [f('bearer-prefix', 0, 22, 'Authorization: Bearer')],
  ],
  ['a .env line', `DEEPSEEK_API_KEY=${KEY}`, [f('assignment-prefix', 0, 17, 'DEEPSEEK_API_KEY=')]],
  [
    'export with quotes',
    `export DEEPSEEK_API_KEY="${KEY}"`,
    [f('assignment-prefix', 0, 24, 'export DEEPSEEK_API_KEY='), f('wrapping-quotes', 24, 37, '"')],
  ],
  [
    'PowerShell $env:',
    `$env:DEEPSEEK_API_KEY = "${KEY}"`,
    [f('assignment-prefix', 0, 24, '$env:DEEPSEEK_API_KEY ='), f('wrapping-quotes', 24, 37, '"')],
  ],
  [
    'cmd set',
    `set DEEPSEEK_API_KEY=${KEY}`,
    [f('assignment-prefix', 0, 21, 'set DEEPSEEK_API_KEY=')],
  ],
  [
    'cmd setx',
    `setx DEEPSEEK_API_KEY ${KEY}`,
    [f('assignment-prefix', 0, 22, 'setx DEEPSEEK_API_KEY')],
  ],
  [
    'fish set -gx',
    `set -gx DEEPSEEK_API_KEY ${KEY}`,
    [f('assignment-prefix', 0, 25, 'set -gx DEEPSEEK_API_KEY')],
  ],
  [
    'a .env line with a comment after the quotes',
    `DEEPSEEK_API_KEY="${KEY}"  # prod key`,
    [
      f('assignment-prefix', 0, 17, 'DEEPSEEK_API_KEY='),
      f('wrapping-quotes', 17, 37, '"'),
      f('trailing-comment', 54, 12),
    ],
  ],
  ['a comment in code', `${KEY} // old one`, [f('trailing-comment', 35, 11)]],
  [
    'a Compose list item',
    `- DEEPSEEK_API_KEY=${KEY}`,
    [f('assignment-prefix', 0, 19, '- DEEPSEEK_API_KEY=')],
  ],
  ['the end of a sentence', `${KEY}.`, [f('trailing-punctuation', 35, 1, '.')]],
  ['a comma after it', `${KEY},`, [f('trailing-punctuation', 35, 1, ',')]],
  ['angle brackets from a template', `<${KEY}>`, [f('wrapping-brackets', 0, 37)]],
  ['YAML', `DEEPSEEK_API_KEY: ${KEY}`, [f('assignment-prefix', 0, 18, 'DEEPSEEK_API_KEY:')]],
  [
    'JSON',
    `"DEEPSEEK_API_KEY": "${KEY}"`,
    [f('assignment-prefix', 0, 20, '"DEEPSEEK_API_KEY":'), f('wrapping-quotes', 20, 37, '"')],
  ],
  [
    'Python keyword argument',
    `api_key="${KEY}"`,
    [f('assignment-prefix', 0, 8, 'api_key='), f('wrapping-quotes', 8, 37, '"')],
  ],
  [
    'layer upon layer',
    `  DEEPSEEK_API_KEY=" ${KEY}" \n`,
    [
      f('leading-whitespace', 0, 2),
      f('assignment-prefix', 2, 17, 'DEEPSEEK_API_KEY='),
      f('wrapping-quotes', 19, 38, '"'),
      f('leading-whitespace', 20, 1),
      f('trailing-whitespace', 57, 1),
      f('newline', 58, 1),
    ],
  ],
  [
    'quoted Bearer',
    `'Bearer ${KEY}'`,
    [f('wrapping-quotes', 0, 44, "'"), f('bearer-prefix', 1, 7, 'Bearer')],
  ],
  [
    'a Cyrillic es for c',
    `${KEY.slice(0, 15)}\u0441${KEY.slice(16)}`,
    [f('not-ascii', 15, 1, 'U+0441 CYRILLIC SMALL LETTER ES (\u0441)')],
  ],
  [
    'an en dash for the hyphen',
    `sk\u2013${HEX}`,
    [f('not-ascii', 2, 1, 'U+2013 EN DASH (\u2013)')],
  ],
  [
    'full-width sk-',
    `\uff53\uff4b\uff0d${HEX}`,
    [
      f('not-ascii', 0, 1, 'U+FF53 FULLWIDTH FORM (\uff53)'),
      f('not-ascii', 1, 1, 'U+FF4B FULLWIDTH FORM (\uff4b)'),
      f('not-ascii', 2, 1, 'U+FF0D FULLWIDTH FORM (\uff0d)'),
    ],
  ],
  [
    'two accented letters, one finding',
    `${KEY}\u00e9\u00e9`,
    [f('not-ascii', 35, 2, 'U+00E9 (\u00e9)')],
  ],
  ['a lone surrogate', `${KEY}\ud800`, [f('not-ascii', 35, 1, 'U+D800 LONE SURROGATE')]],
  [
    'an accented e (dropped, so too short)',
    `${KEY.slice(0, 17)}\u00e9${KEY.slice(18)}`,
    [f('wrong-length', 0, 35, '34'), f('not-ascii', 17, 1, 'U+00E9 (\u00e9)')],
    `${KEY.slice(0, 17)}${KEY.slice(18)}`,
  ],
];

describe('lintKey: fixable problems', () => {
  it.each(cleanable)('%s', (_name, raw, expected, cleaned = KEY) => {
    const lint = lintKey(raw);
    expect(found(raw)).toEqual(expected);
    expect(lint.cleaned).toBe(cleaned);
    expect(lint.canClean).toBe(true);
    expect(lint.looksLikeDeepSeek).toBe(cleaned === KEY);
    expect(lint.shape).toEqual(keyShape(cleaned));
  });
});

describe('lintKey: the value is not a key', () => {
  it.each([
    ['your-api-key', f('placeholder', 0, 12, 'your')],
    ['your_api_key_here', f('placeholder', 0, 17, 'your')],
    ['<your-api-key>', f('placeholder', 0, 14, '<…>')],
    ['<DEEPSEEK_API_KEY>', f('placeholder', 0, 18, '<…>')],
    ['${DEEPSEEK_API_KEY}', f('placeholder', 0, 19, '${…}')],
    ['{{ secrets.DEEPSEEK_API_KEY }}', f('placeholder', 0, 30, '{{…}}')],
    ['sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', f('placeholder', 0, 35, 'xxxx')],
    ['sk-...', f('placeholder', 0, 6, '...')],
    // usestrix/strix#175
    ['sk-my api key', f('placeholder', 0, 13, 'myapikey')],
    ['sk-\u2026', f('placeholder', 0, 3, '...')],
    ['***', f('placeholder', 0, 3, '***')],
    ['sk-0123********cdef', f('placeholder', 0, 19, '***')],
    ['undefined', f('placeholder', 0, 9, 'undefined')],
    [`sk-${'0'.repeat(32)}`, f('placeholder', 0, 35, '0000…')],
    ['DEEPSEEK_API_KEY', f('variable-name', 0, 16, 'DEEPSEEK_API_KEY')],
    ['OPENAI_API_KEY', f('variable-name', 0, 14, 'OPENAI_API_KEY')],
    ['$DEEPSEEK_API_KEY', f('variable-name', 0, 17, '$DEEPSEEK_API_KEY')],
    ['$env:DEEPSEEK_API_KEY', f('variable-name', 0, 21, '$env:DEEPSEEK_API_KEY')],
    ['%DEEPSEEK_API_KEY%', f('variable-name', 0, 18, '%DEEPSEEK_API_KEY%')],
    ['process.env.DEEPSEEK_API_KEY', f('variable-name', 0, 28, 'DEEPSEEK_API_KEY')],
    ['import.meta.env.VITE_DEEPSEEK_API_KEY', f('variable-name', 0, 37, 'VITE_DEEPSEEK_API_KEY')],
    ['os.environ["DEEPSEEK_API_KEY"]', f('variable-name', 0, 30, 'DEEPSEEK_API_KEY')],
    ["os.getenv('DEEPSEEK_API_KEY')", f('variable-name', 0, 29, 'DEEPSEEK_API_KEY')],
    ['os.environ.get("DEEPSEEK_API_KEY", "")', f('variable-name', 0, 38, 'DEEPSEEK_API_KEY')],
    ['deepseekApiKey', f('variable-name', 0, 14, 'deepseekApiKey')],
  ])('%s', (raw, expected) => {
    const lint = lintKey(raw);
    // One finding: no wrong-length, non-hex or inner-whitespace noise on top.
    expect(found(raw)).toEqual([expected]);
    expect(lint.canClean).toBe(false);
    expect(lint.looksLikeDeepSeek).toBe(false);
  });

  it('keeps the layers around a placeholder but drops blanks and length noise', () => {
    expect(found(' DEEPSEEK_API_KEY="your-api-key"\n')).toEqual([
      f('assignment-prefix', 1, 17, 'DEEPSEEK_API_KEY='),
      f('wrapping-quotes', 18, 14, '"'),
      f('placeholder', 19, 12, 'your'),
    ]);
  });

  it('never puts a key passed to getenv by mistake into a detail', () => {
    const lint = lintKey(`os.getenv("${KEY}")`);
    expect(found(`os.getenv("${KEY}")`)).toEqual([f('variable-name', 0, 48, 'os.getenv')]);
    expect(JSON.stringify(lint.findings)).not.toContain(HEX.slice(0, 8));
  });
});

describe('lintKey: shape checks', () => {
  it.each([
    ['too short', KEY.slice(0, 34), [f('wrong-length', 0, 34, '34')]],
    ['too long', `${KEY}a`, [f('wrong-length', 0, 36, '36')]],
    ['far too long', `${KEY}${HEX}`, [f('wrong-length', 0, 67, '67')]],
    ['a non-hex letter', `sk-g${HEX.slice(1)}`, [f('non-hex', 3, 1, 'g')]],
    [
      'non-hex after a leading space: raw position',
      ` ${KEY.slice(0, 10)}z${KEY.slice(11)}`,
      [f('leading-whitespace', 0, 1), f('non-hex', 11, 1, 'z')],
    ],
    ['non-hex and too long', `${KEY}!`, [f('wrong-length', 0, 36, '36'), f('non-hex', 35, 1, '!')]],
    ['only the first non-hex character', `sk-${'ghij'.repeat(8)}`, [f('non-hex', 3, 1, 'g')]],
    ['uppercase hex', `sk-${HEX.toUpperCase()}`, [f('uppercase-hex', 13, 1, 'A')]],
    [
      'uppercase hex, then non-hex: non-hex only',
      `sk-A${HEX.slice(1, 31)}z`,
      [f('non-hex', 34, 1, 'z')],
    ],
    ['a wrong prefix', `pk-${HEX}`, [f('wrong-prefix', 0, 3, 'pk-')]],
    ['an upper-case prefix', `SK-${HEX}`, [f('wrong-prefix', 0, 3, 'SK-')]],
    ['an underscore for the hyphen', `sk_${HEX}`, [f('wrong-prefix', 0, 3, 'sk_')]],
    ['the sk- missing: not also a wrong length', HEX, [f('wrong-prefix', 0, 0, '012')]],
    ['a word', 'hello', [f('wrong-prefix', 0, 3, 'hel'), f('wrong-length', 0, 5, '5')]],
  ])('%s', (_name, raw, expected) => {
    const lint = lintKey(raw);
    expect(found(raw)).toEqual(expected);
    expect(lint.looksLikeDeepSeek).toBe(false);
    expect(lint.otherProvider).toBeNull();
  });

  it('marks uppercase hex as a warning and every other finding as an error', () => {
    expect(lintKey(`sk-${HEX.toUpperCase()}`).findings.map((x) => x.severity)).toEqual(['warning']);
    expect(lintKey(` "${KEY.slice(0, 30)}\u200b`).findings.map((x) => x.severity)).toEqual([
      'error',
      'error',
      'error',
      'error',
    ]);
  });
});

describe('lintKey: other providers', () => {
  // One example per shape in SPEC §5; values are fake.
  it.each([
    ['openai', `sk-proj-${ALNUM.repeat(3)}`],
    ['openai', `sk-svcacct-${ALNUM.repeat(3)}`],
    ['openai', `sk-admin-${ALNUM.repeat(3)}`],
    ['openai', `sk-${ALNUM}abcdT3BlbkFJ${ALNUM}abcd`],
    ['anthropic', `sk-ant-api03-${ALNUM.repeat(5)}`],
    ['openrouter', `sk-or-v1-${HEX.repeat(2)}`],
    ['groq', `gsk_${ALNUM.repeat(3)}`],
    ['google-gemini', `AIza${ALNUM.repeat(2)}abc`],
    ['moonshot-siliconflow', `sk-${ALNUM.repeat(3)}`],
    ['xai', `xai-${ALNUM.repeat(5)}`],
  ] as const)('recognises a %s key, by id (the page names it)', (provider, key) => {
    const lint = lintKey(key);
    expect(found(key)).toEqual([f('other-provider', 0, key.length, provider)]);
    expect(lint.otherProvider).toBe(provider);
    expect(lint.looksLikeDeepSeek).toBe(false);
    expect(lint.canClean).toBe(false);
  });

  it('recognises a provider after cleaning', () => {
    const key = `gsk_${ALNUM.repeat(3)}`;
    const lint = lintKey(`"${key}"\n`);
    expect(lint.otherProvider).toBe('groq');
    expect(lint.cleaned).toBe(key);
    expect(found(`"${key}"\n`)).toEqual([
      f('wrapping-quotes', 0, key.length + 2, '"'),
      f('other-provider', 1, key.length, 'groq'),
      f('newline', key.length + 2, 1),
    ]);
  });

  it('cannot tell a Qwen-style key from a DeepSeek key: shape never proves provenance', () => {
    const lint = lintKey(`sk-${'fedcba9876543210'.repeat(2)}`);
    expect(lint.otherProvider).toBeNull();
    expect(lint.looksLikeDeepSeek).toBe(true);
  });
});

describe('lintKey: sendable', () => {
  it.each([
    ['a valid key', KEY, true],
    ['a malformed but printable value', 'abc', true],
    ['256 printable characters', 'a'.repeat(256), true],
    ['257 printable characters', 'a'.repeat(257), false],
    ['empty', '', false],
    ['a space', `${KEY} `, false],
    ['a newline', `${KEY}\n`, false],
    ['a zero width space', `${KEY}\u200b`, false],
    ['an accented letter', `${KEY.slice(0, 20)}\u00e9${KEY.slice(21)}`, false],
    ['a Cyrillic lookalike', `${KEY.slice(0, 15)}\u0441${KEY.slice(16)}`, false],
    ['DEL', `${KEY}\u007f`, false],
  ])('%s: %s', (_name, raw, sendable) => {
    expect(lintKey(raw).sendable).toBe(sendable);
  });

  it('makes the cleaned key sendable when the raw one is not', () => {
    for (const raw of [
      `${KEY}\u200b`,
      `${KEY.slice(0, 20)}\u00e9${KEY.slice(21)}`,
      `\t"${KEY}"\r\n`,
    ]) {
      const lint = lintKey(raw);
      expect(lint.sendable).toBe(false);
      expect(lintKey(lint.cleaned).sendable).toBe(true);
    }
  });
});

describe('keyShape', () => {
  it.each([
    [KEY, { length: 35, prefix: 'sk-', lastFour: 'cdef' }],
    [`gsk_${ALNUM}`, { length: 20, prefix: 'gsk_', lastFour: '6789' }],
    [`xai-${ALNUM}`, { length: 20, prefix: 'xai-', lastFour: '6789' }],
    [`AIza${ALNUM}`, { length: 20, prefix: 'AIz', lastFour: '6789' }],
    ['sk-abcd', { length: 7, prefix: '', lastFour: '' }],
    ['', { length: 0, prefix: '', lastFour: '' }],
  ])('%s', (key, shape) => {
    expect(keyShape(key)).toEqual(shape);
  });
});

describe('English messages', () => {
  it('has a message for every kind, with no unknown placeholder', () => {
    for (const kind of KEY_FINDING_KINDS) {
      // The template type also makes tsc fail when a kind has no message.
      const text = translate(en, `keyLint.${kind}`, { position: 1, detail: 'd', length: 2 });
      expect(text.length, kind).toBeGreaterThan(20);
      expect(text, kind).not.toMatch(/[{}]/);
    }
  });

  it('gives a detail to every finding whose message shows one', () => {
    const samples = [
      ...cleanable.map(([, raw]) => raw),
      'your-api-key',
      'DEEPSEEK_API_KEY',
      `pk-${HEX}`,
      `${KEY}!`,
      `sk-${HEX.toUpperCase()}`,
      `gsk_${ALNUM.repeat(3)}`,
      '',
      'hello',
    ];
    let checked = 0;
    for (const raw of samples) {
      for (const finding of lintKey(raw).findings) {
        if (en[`keyLint.${finding.kind}`].includes('{detail}')) {
          expect(finding.detail, `${finding.kind} in ${JSON.stringify(raw)}`).toMatch(/\S/);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

// A small seeded generator: failures are reproducible, and no dependency is needed.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

const PRINTABLE_ASCII_OR_EMPTY = /^[\x21-\x7e]*$/;

function expectWellFormed(raw: string): void {
  const lint = lintKey(raw);
  expect(lint.cleaned).toMatch(PRINTABLE_ASCII_OR_EMPTY);
  const counts = new Map<string, number>();
  let previous = -1;
  for (const finding of lint.findings) {
    expect(finding.index).toBeGreaterThanOrEqual(previous);
    expect(finding.index).toBeGreaterThanOrEqual(0);
    expect(Number.isSafeInteger(finding.length) && finding.length >= 0).toBe(true);
    expect(finding.index + finding.length).toBeLessThanOrEqual(raw.length);
    previous = finding.index;
    counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  }
  for (const count of counts.values()) expect(count).toBeLessThanOrEqual(MAX_FINDINGS_PER_KIND);
  expect(lint.sendable).toBe(raw.length > 0 && raw.length <= 256 && /^[\x21-\x7e]+$/.test(raw));
  expect(lint.shape.length).toBe(lint.cleaned.length);
  if (lint.findings.length === 0) expect(lint.looksLikeDeepSeek).toBe(true);
}

describe('lintKey: properties', () => {
  it('cleans any printable input to printable ASCII without blanks', () => {
    const next = random(1);
    const alphabet = [
      ...' \t\r\n"\'`',
      ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)),
    ];
    for (let run = 0; run < 500; run += 1) {
      const length = Math.floor(next() * 80);
      const raw = Array.from({ length }, () => pick(next, alphabet)).join('');
      expectWellFormed(raw);
    }
  });

  it('never throws on random Unicode, lone surrogates included', () => {
    const next = random(2);
    const units = () => {
      const r = next();
      if (r < 0.3) return String.fromCharCode(0x20 + Math.floor(next() * 95));
      if (r < 0.45) return String.fromCharCode(0xd800 + Math.floor(next() * 0x800));
      if (r < 0.6)
        return pick(next, [
          '\u200b',
          '\ufeff',
          '\u00a0',
          '\u202e',
          '\u201c',
          '\u2019',
          '\uff41',
          '\u0441',
          '\n',
        ]);
      if (r < 0.75) return String.fromCodePoint(0x10000 + Math.floor(next() * 0xfffff));
      return String.fromCharCode(Math.floor(next() * 0x10000));
    };
    for (let run = 0; run < 500; run += 1) {
      const length = Math.floor(next() * 60);
      const raw = Array.from({ length }, units).join('');
      expect(() => lintKey(raw)).not.toThrow();
      expectWellFormed(raw);
    }
  });

  it('recovers a key from any mix of the usual layers, and never echoes it in a finding', () => {
    const next = random(3);
    const hex = () =>
      Array.from({ length: 32 }, () => pick(next, [...'0123456789abcdef'])).join('');
    const blanks = ['', ' ', '\t', '\n', '\r\n', '\u200b', '\ufeff', '\u00a0'];
    const quotes: [string, string][] = [
      ['', ''],
      ['"', '"'],
      ["'", "'"],
      ['`', '`'],
      ['\u201c', '\u201d'],
    ];
    const prefixes = [
      '',
      'Bearer ',
      'DEEPSEEK_API_KEY=',
      'export DEEPSEEK_API_KEY=',
      'DEEPSEEK_API_KEY: ',
      '$env:DEEPSEEK_API_KEY = ',
    ];
    for (let run = 0; run < 300; run += 1) {
      const key = `sk-${hex()}`;
      const [open, close] = pick(next, quotes);
      const cut = 3 + Math.floor(next() * 32);
      const inner = `${key.slice(0, cut)}${pick(next, blanks)}${key.slice(cut)}`;
      const raw = `${pick(next, blanks)}${pick(next, prefixes)}${open}${pick(next, blanks)}${inner}${pick(next, blanks)}${close}${pick(next, blanks)}`;
      const lint = lintKey(raw);
      expect(lint.cleaned, JSON.stringify(raw)).toBe(key);
      expect(lint.looksLikeDeepSeek).toBe(true);
      expect(lint.canClean).toBe(raw !== key);
      expect(lintKey(lint.cleaned).findings).toEqual([]);
      // Details name characters and prefixes, never eight characters of the key in a row.
      const details = lint.findings.map((x) => x.detail ?? '').join('\n');
      for (let i = 0; i + 8 <= key.length; i += 4)
        expect(details).not.toContain(key.slice(i, i + 8));
    }
  });
});

describe('lintKey: a pasted megabyte', () => {
  const MB = 1 << 20;
  it.each([
    ['spaces and letters', 'a b '.repeat(MB / 4), MB / 2],
    ['zero width spaces', 'x\u200b'.repeat(MB / 2), MB / 2],
    ['Chinese text', '\u4e2d\u6587'.repeat(MB / 2), 0],
    ['one long line', 'a'.repeat(MB), MB],
    ['quotes', '"'.repeat(MB), MB - 16],
  ])('%s: a megabyte, read with capped findings', (_name, raw, cleanedLength) => {
    // A quadratic scan would run past the test's budget; no wall-clock figure is asserted.
    const lint = lintKey(raw);
    expect(lint.cleaned.length).toBe(cleanedLength);
    expect(lint.findings.length).toBeLessThanOrEqual(3 * MAX_FINDINGS_PER_KIND);
    expectWellFormed(raw);
  });
});
