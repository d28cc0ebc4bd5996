import { describe, expect, it } from 'vitest';
import { CAUSE_CHECKS } from '../../src/domain/snippets/cause-checks.ts';
import { CAUSE_IDS } from '../../src/domain/causes.ts';
import { highlight, type HighlightLanguage, type Token } from '../../src/domain/code/highlight.ts';
import {
  ERROR_AS_SEEN,
  preventionCode,
  workaroundCode,
} from '../../src/domain/snippets/reference-snippets.ts';
import { KEY_ENVIRONMENTS } from '../../src/domain/snippets/key-setup.ts';
import { CODE_LANGUAGES, causeCode } from '../../src/domain/snippets/snippets.ts';

const LANGUAGES: readonly HighlightLanguage[] = [
  'python',
  'node',
  'shell',
  'powershell',
  'cmd',
  'yaml',
  'json',
  'text',
  'curl',
  'langchain',
  'litellm',
];

/** A small seeded generator, so a failing case can be reproduced from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that stress the patterns: quotes, escapes, comment starts, keywords, digits, unicode. */
const PIECES = [
  ...'abcxyz_ \t\n"\'`\\#/:-.${}()[]%=+0123456789'.split(''),
  'import',
  'from',
  'if',
  'else',
  'rem ',
  'REM',
  '::',
  '//',
  'f"',
  'const',
  'Read-Host',
  '3.14',
  'é',
  '密钥',
  '😀',
  '\u200b',
];

function randomCode(next: () => number): string {
  const length = Math.floor(next() * 40);
  return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]!).join('');
}

const joined = (tokens: readonly Token[]) => tokens.map((token) => token.text).join('');

function expectExactTokens(code: string, language: HighlightLanguage) {
  const result = highlight(code, language);
  const context = `${language}: ${JSON.stringify(code)}`;
  expect(result.map(joined), context).toEqual(code.split('\n'));
  for (const tokens of result) {
    for (const token of tokens) expect(token.text.length, context).toBeGreaterThan(0);
  }
}

/** The kind of the token whose text is exactly `text`, on line 1. */
function kindOf(code: string, language: HighlightLanguage, text: string) {
  return highlight(code, language)[0]!.find((token) => token.text === text)?.kind;
}

describe('highlight keeps every character, in order', () => {
  it.each(LANGUAGES)('%s, on random strings', (language) => {
    for (let seed = 1; seed <= 400; seed++) expectExactTokens(randomCode(random(seed)), language);
  });

  it.each(LANGUAGES)('%s, on empty lines and an empty text', (language) => {
    expect(highlight('', language)).toEqual([[]]);
    expect(highlight('\n\n', language)).toEqual([[], [], []]);
  });

  it('on every snippet the app shows', () => {
    for (const language of CODE_LANGUAGES) {
      for (const cause of CAUSE_IDS) {
        const { broken, fixed } = causeCode(cause, language);
        expectExactTokens(broken, language);
        expectExactTokens(fixed, language);
      }
      expectExactTokens(workaroundCode(language), language);
      expectExactTokens(preventionCode(language), language);
      expectExactTokens(ERROR_AS_SEEN[language], 'text');
    }
    const shellLanguage = { bash: 'shell', fish: 'shell', powershell: 'powershell', cmd: 'cmd' };
    for (const command of Object.values(CAUSE_CHECKS).flat()) {
      const language =
        command.shell in shellLanguage
          ? shellLanguage[command.shell as keyof typeof shellLanguage]
          : (command.shell as 'python' | 'node');
      expectExactTokens(command.command, language as HighlightLanguage);
    }
    for (const environment of KEY_ENVIRONMENTS) {
      for (const block of environment.setup) expectExactTokens(block.code, block.language);
      expectExactTokens(environment.verify.command, environment.verify.language);
    }
  });
});

describe('highlight classifies', () => {
  it('Python comments, strings, keywords and numbers', () => {
    const code = 'import os  # read the key';
    expect(highlight(code, 'python')).toEqual([
      [
        { kind: 'keyword', text: 'import' },
        { kind: 'plain', text: ' os  ' },
        { kind: 'comment', text: '# read the key' },
      ],
    ]);
    expect(kindOf('x = "a # not a comment"', 'python', '"a # not a comment"')).toBe('string');
    expect(kindOf("x = 'it''s'", 'python', "'it'")).toBe('string');
    expect(kindOf('print(f"{k[-4:]}")', 'python', 'f"{k[-4:]}"')).toBe('string');
    expect(kindOf('x = 42', 'python', '42')).toBe('number');
    expect(kindOf('x = 3.14', 'python', '3.14')).toBe('number');
    expect(kindOf('except AuthenticationError:', 'python', 'except')).toBe('keyword');
    expect(kindOf('x = None', 'python', 'None')).toBe('keyword');
  });

  it('keywords only as whole words', () => {
    expect(highlight('imports = format_in', 'python')[0]).toEqual([
      { kind: 'plain', text: 'imports = format_in' },
    ]);
    expect(highlight('constant', 'node')[0]).toEqual([{ kind: 'plain', text: 'constant' }]);
    expect(highlight('x1 = v2', 'python')[0]).toEqual([{ kind: 'plain', text: 'x1 = v2' }]);
  });

  it('Node comments, strings, template literals and keywords', () => {
    expect(
      kindOf("const url = 'https://api.deepseek.com';", 'node', "'https://api.deepseek.com'"),
    ).toBe('string');
    expect(kindOf('const a = 1; // note', 'node', '// note')).toBe('comment');
    expect(kindOf('const a = 1; // note', 'node', 'const')).toBe('keyword');
    expect(kindOf('throw new Error(`has ${n} chars`);', 'node', '`has ${n} chars`')).toBe('string');
    expect(kindOf('if (error instanceof X) {}', 'node', 'instanceof')).toBe('keyword');
    expect(kindOf('x = "a\\"b"', 'node', '"a\\"b"')).toBe('string');
  });

  it('an unterminated string runs to the end of its line, not further', () => {
    const result = highlight("x = 'open\ny = 1", 'python');
    expect(result[0]!.at(-1)).toEqual({ kind: 'string', text: "'open" });
    expect(result[1]!.find((token) => token.text === '1')?.kind).toBe('number');
  });

  it('shell: # starts a comment only after a space or at the start', () => {
    expect(kindOf('echo hi # note', 'shell', '# note')).toBe('comment');
    expect(kindOf('# note', 'shell', '# note')).toBe('comment');
    expect(highlight('echo ${#KEY}', 'shell')[0]!.some((t) => t.kind === 'comment')).toBe(false);
    expect(kindOf('echo "NOT SET"', 'shell', 'echo')).toBe('keyword');
    expect(kindOf('echo "NOT SET"', 'shell', '"NOT SET"')).toBe('string');
  });

  it('PowerShell keywords with a dash, and # comments', () => {
    expect(kindOf("$k = Read-Host -MaskInput 'x'", 'powershell', 'Read-Host')).toBe('keyword');
    expect(kindOf('# Persistent', 'powershell', '# Persistent')).toBe('comment');
    expect(kindOf("if ($a) { 'yes' }", 'powershell', "'yes'")).toBe('string');
  });

  it('cmd: rem and :: comments, keywords', () => {
    expect(kindOf('rem Persistent', 'cmd', 'rem Persistent')).toBe('comment');
    expect(kindOf('REM Persistent', 'cmd', 'REM Persistent')).toBe('comment');
    expect(kindOf(':: note', 'cmd', ':: note')).toBe('comment');
    expect(kindOf('if defined X (echo yes)', 'cmd', 'defined')).toBe('keyword');
    expect(highlight('remote', 'cmd')[0]!.some((t) => t.kind === 'comment')).toBe(false);
  });

  it('YAML and JSON (with comments, as launch.json allows)', () => {
    expect(kindOf('    # a note', 'yaml', '# a note')).toBe('comment');
    expect(kindOf("run: 'echo hi'", 'yaml', "'echo hi'")).toBe('string');
    expect(kindOf('  x: ${{ secrets.X }}', 'yaml', '${{')).toBeUndefined();
    expect(kindOf('  "envFile": "${workspaceFolder}/.env"', 'json', '"envFile"')).toBe('string');
    expect(kindOf('  // a note', 'json', '// a note')).toBe('comment');
    expect(kindOf('  "x": true', 'json', 'true')).toBe('keyword');
  });

  it('code languages are coloured as their grammar: curl as shell, LangChain and LiteLLM as Python', () => {
    const shell = 'curl -s https://x # note';
    expect(highlight(shell, 'curl')).toEqual(highlight(shell, 'shell'));
    const python = 'import litellm  # note';
    expect(highlight(python, 'langchain')).toEqual(highlight(python, 'python'));
    expect(highlight(python, 'litellm')).toEqual(highlight(python, 'python'));
  });

  it('text: one plain token per line, nothing classified', () => {
    expect(highlight('import "x" # 1', 'text')).toEqual([
      [{ kind: 'plain', text: 'import "x" # 1' }],
    ]);
  });
});
