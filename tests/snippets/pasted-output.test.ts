import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAUSE_CHECKS, type Shell } from '../../src/domain/snippets/cause-checks.ts';
import type { CauseId } from '../../src/domain/causes.ts';
import { diagnose } from '../../src/domain/diagnosis/diagnose.ts';
import { PRESENCE_CHECK } from '../../src/domain/snippets/key-setup.ts';
import { lintKey } from '../../src/domain/key/key-lint.ts';
import { parseErrorText } from '../../src/domain/error/parse-error-text.ts';
import { CURL_TEST, POWERSHELL_TEST } from '../../src/key-test/terminal-commands.ts';
import { MODELS_BODY } from '../mocks/deepseek.ts';
import { startDeepSeekStandIn, type DeepSeekStandIn } from './deepseek-server.ts';
import {
  GOOD_KEY,
  REVOKED_KEY,
  SHORT_KEY,
  cleanScratch,
  local,
  run,
  scratchFile,
  warnNotRun,
  type RunOptions,
} from './run.ts';

/**
 * What the page asks users to run in a terminal and paste back into "Paste your error" (the
 * terminal test, and each step's check), run for real and read back: the page must understand
 * its own commands' output.
 */
const has = (program: string) =>
  spawnSync('bash', ['-c', `command -v ${program}`], { encoding: 'utf8' }).status === 0;
const HAS_PWSH = spawnSync('pwsh', ['-NoProfile', '-Command', 'exit 0']).status === 0;
const HAS_PYTHON = has('python');
if (!HAS_PWSH) warnNotRun('The PowerShell terminal test, pasted back,', 'pwsh is not installed');
if (!HAS_PYTHON) warnNotRun('The Python checks, pasted back,', 'python is not installed');

let server: DeepSeekStandIn;
beforeAll(async () => {
  server = await startDeepSeekStandIn();
});
afterAll(async () => {
  await server.close();
  cleanScratch('pasted-output');
});

const bash = (script: string, options: RunOptions = {}) => run('bash', ['-c', script], options);
const check = (cause: CauseId, shell: Shell) =>
  CAUSE_CHECKS[cause].find((c) => c.shell === shell)!.command;
const likelyOf = (output: string, key?: string) =>
  diagnose({ parsedError: parseErrorText(output), keyLint: key ? lintKey(key) : null }).likely;

describe('the terminal test, run and pasted back', () => {
  it('curl, a working key: DeepSeek accepted it, so the code does not pass it', async () => {
    const { stdout } = await bash(local(CURL_TEST, server.baseURL), { key: GOOD_KEY });
    const parsed = parseErrorText(stdout);
    expect(parsed).toMatchObject({ kind: 'key-accepted', status: 200, sdk: 'curl' });
    expect(parsed.kind === 'key-accepted' && parsed.models).toEqual(
      MODELS_BODY.data.map((model) => model.id),
    );
    expect(likelyOf(stdout)).toBe('not-passed');
  });

  it('curl, a revoked key: a 401 with its tail', async () => {
    const { stdout } = await bash(local(CURL_TEST, server.baseURL), { key: REVOKED_KEY });
    expect(parseErrorText(stdout)).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      sdk: 'curl',
      echoedTail: REVOKED_KEY.slice(-4),
    });
    expect(likelyOf(stdout, REVOKED_KEY)).toBe('revoked');
  });

  it('curl, the variable unset: "not set"', async () => {
    const { stdout } = await bash(local(CURL_TEST, server.baseURL));
    expect(parseErrorText(stdout)).toMatchObject({ kind: 'unauthorized', variant: 'bad-format' });
    expect(likelyOf(stdout)).toBe('not-set');
  });

  it.skipIf(!HAS_PWSH)(
    `${HAS_PWSH ? '' : '(skipped: pwsh is not installed) '}PowerShell, a working key and a revoked one`,
    async () => {
      const pwsh = (key: string) =>
        run('pwsh', ['-NoProfile', '-Command', local(POWERSHELL_TEST, server.baseURL)], { key });
      const good = await pwsh(GOOD_KEY);
      expect(parseErrorText(good.stdout)).toMatchObject({
        kind: 'key-accepted',
        sdk: 'powershell',
      });
      const revoked = await pwsh(REVOKED_KEY);
      expect(parseErrorText(revoked.stdout)).toMatchObject({
        kind: 'unauthorized',
        sdk: 'powershell',
        echoedTail: REVOKED_KEY.slice(-4),
      });
    },
  );
});

describe("each step's check, run and pasted back", () => {
  const presence: [string, string, boolean][] = [
    ['bash', PRESENCE_CHECK.bash, true],
    ['sh', PRESENCE_CHECK.posix, true],
    ['python', PRESENCE_CHECK.python, HAS_PYTHON],
  ];

  describe.each(presence)('the presence check in %s', (shell, command, runs) => {
    const runCheck = (key: string | undefined) =>
      run(shell === 'python' ? 'bash' : shell, ['-c', command], { key });

    it.skipIf(!runs)('a good key: set, and it fits', async () => {
      const { stdout } = await runCheck(GOOD_KEY);
      const diagnosis = diagnose({ parsedError: parseErrorText(stdout) });
      const byCause = Object.fromEntries(diagnosis.causes.map((c) => [c.cause, c]));
      expect(byCause['not-set']?.standing).toBe('ruled-out');
      expect(byCause.mistyped?.reasons.map((r) => r.code)).toEqual(['check-fits']);
    });

    it.skipIf(!runs)('unset: "not set"', async () => {
      const { stdout } = await runCheck(undefined);
      expect(likelyOf(stdout)).toBe('not-set');
    });

    it.skipIf(!runs).each([
      ['quotes kept from .env', `"${GOOD_KEY}"`, 'check-quote'],
      ['a trailing line break', `${GOOD_KEY}\n`, 'check-whitespace'],
      ['a trailing space', `${GOOD_KEY} `, 'check-whitespace'],
      ['a lost character', SHORT_KEY, 'check-length'],
    ])('%s: "mistyped"', async (_, key, code) => {
      const { stdout } = await runCheck(key);
      const diagnosis = diagnose({ parsedError: parseErrorText(stdout) });
      expect(diagnosis.likely).toBe('mistyped');
      const mistyped = diagnosis.causes.find((c) => c.cause === 'mistyped')!;
      expect(mistyped.reasons.map((r) => r.code)).toEqual([code]);
    });
  });

  it('the shape check: shape OK, BAD SHAPE, and an empty value', async () => {
    const command = check('mistyped', 'bash');
    const ok = await bash(command, { key: GOOD_KEY });
    expect(parseErrorText(ok.stdout).checks).toEqual([{ kind: 'shape-ok' }]);
    expect(likelyOf((await bash(command, { key: SHORT_KEY })).stdout)).toBe('mistyped');
    expect(likelyOf((await bash(command, { key: '' })).stdout)).toBe('not-set');
  });

  it("the revoked check: DeepSeek's status alone", async () => {
    const command = local(check('revoked', 'bash'), server.baseURL);
    const good = await bash(command, { key: GOOD_KEY });
    expect(parseErrorText(good.stdout)).toMatchObject({ kind: 'key-accepted', status: 200 });
    const revoked = await bash(command, { key: REVOKED_KEY });
    expect(parseErrorText(revoked.stdout)).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it("step 4's check in Node: a client without DeepSeek's base URL", async () => {
    const printClient = check('not-passed', 'node');
    const script = (options: string) =>
      scratchFile(
        'pasted-output',
        `client-${options ? 'deepseek' : 'default'}.mjs`,
        `import OpenAI from 'openai';\nconst client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY${options} });\n${printClient}\n`,
      );
    const fallback = await run('node', [script('')], { key: GOOD_KEY });
    expect(parseErrorText(fallback.stdout).checks).toEqual([
      {
        kind: 'client',
        baseUrl: 'https://api.openai.com/v1',
        tail: GOOD_KEY.slice(-4),
        hasKey: true,
      },
    ]);
    expect(likelyOf(fallback.stdout, GOOD_KEY)).toBe('not-passed');

    const fixed = await run('node', [script(", baseURL: 'https://api.deepseek.com'")], {
      key: GOOD_KEY,
    });
    const diagnosis = diagnose({
      parsedError: parseErrorText(fixed.stdout),
      keyLint: lintKey(GOOD_KEY),
    });
    expect(diagnosis.causes.find((c) => c.cause === 'not-passed')?.standing).toBe('ruled-out');
  });
});
