import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CAUSE_IDS, type CauseId } from '../../src/domain/causes.ts';
import { CURRENT_MODELS, KEY_ENV_VAR } from '../../src/domain/deepseek-facts.ts';
import { PRESENCE_CHECK, keyEnvironment } from '../../src/domain/key-setup.ts';
import { preventionCode, workaroundCode } from '../../src/domain/reference-snippets.ts';
import { causeCode } from '../../src/domain/snippets.ts';
import { REPLY, startDeepSeekStandIn, type DeepSeekStandIn } from './deepseek-server.ts';
import {
  GOOD_KEY,
  REVOKED_KEY,
  SHORT_KEY,
  local,
  run,
  scratchFile,
  type RunOptions,
  cleanScratch,
} from './run.ts';

/**
 * The PowerShell snippets, run with pwsh (PowerShell 7) against a local DeepSeek stand-in.
 * Where pwsh is not installed every test here is skipped, and says so in its name.
 */
const HAS_PWSH = spawnSync('pwsh', ['-NoProfile', '-Command', 'exit 0']).status === 0;
const SKIP = HAS_PWSH ? '' : '(skipped: pwsh is not installed) ';

let server: DeepSeekStandIn | undefined;
beforeAll(async () => {
  if (HAS_PWSH) server = await startDeepSeekStandIn();
});
afterAll(async () => {
  cleanScratch('powershell');
  await server?.close();
});
beforeEach(() => {
  if (server) server.requests.length = 0;
});

let counter = 0;
function runPwsh(code: string, options: RunOptions = {}) {
  const path = scratchFile(
    'powershell',
    `snippet-${process.pid}-${counter++}.ps1`,
    local(code, server!.baseURL),
  );
  return run('pwsh', ['-NoProfile', '-File', path], options);
}
const requests = () => server!.requests;
const fixed = (cause: CauseId) => causeCode(cause, 'powershell').fixed;
const broken = (cause: CauseId) => causeCode(cause, 'powershell').broken;

describe('fixed PowerShell code', () => {
  it.skipIf(!HAS_PWSH).each(CAUSE_IDS)(
    `${SKIP}%s: the valid key gets an answer from DeepSeek`,
    async (cause) => {
      const result = await runPwsh(fixed(cause), { key: GOOD_KEY });
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toBe(REPLY);
      expect(requests()[0]).toMatchObject({
        method: 'POST',
        path: '/chat/completions',
        authorization: `Bearer ${GOOD_KEY}`,
        model: CURRENT_MODELS[0],
      });
    },
  );

  it.skipIf(!HAS_PWSH)(`${SKIP}revoked: a revoked key ends in "create a new key"`, async () => {
    const result = await runPwsh(fixed('revoked'), { key: REVOKED_KEY });
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'DeepSeek rejected the key: create a new one at https://platform.deepseek.com/api_keys',
    );
  });

  it.skipIf(!HAS_PWSH).each(['not-set', 'not-passed'] as const)(
    `${SKIP}%s: with the variable unset, it stops with its own message and sends nothing`,
    async (cause) => {
      const result = await runPwsh(fixed(cause), { key: undefined });
      expect(result.code).not.toBe(0);
      expect(result.stdout + result.stderr).toContain(`${KEY_ENV_VAR} is not set in this session`);
      expect(requests()).toEqual([]);
    },
  );

  it.skipIf(!HAS_PWSH)(`${SKIP}mistyped: quotes and spaces are cleaned`, async () => {
    const result = await runPwsh(fixed('mistyped'), { key: ` "${GOOD_KEY}" ` });
    expect(result.code).toBe(0);
    expect(requests()[0]?.authorization).toBe(`Bearer ${GOOD_KEY}`);
  });

  it.skipIf(!HAS_PWSH)(`${SKIP}mistyped: a short key fails fast without a request`, async () => {
    const result = await runPwsh(fixed('mistyped'), { key: SHORT_KEY });
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('has 34 characters, not sk- and 32 hex');
    expect(requests()).toEqual([]);
  });
});

describe('broken PowerShell code fails the way its cause says', () => {
  it.skipIf(!HAS_PWSH)(`${SKIP}not-passed: without "Bearer " DeepSeek finds no key`, async () => {
    const result = await runPwsh(broken('not-passed'), { key: GOOD_KEY });
    expect(result.code).not.toBe(0);
    expect(requests()[0]?.authorization).toBe(GOOD_KEY);
  });

  it.skipIf(!HAS_PWSH)(`${SKIP}revoked: the 401 comes out with no next step`, async () => {
    const result = await runPwsh(broken('revoked'), { key: REVOKED_KEY });
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`****${REVOKED_KEY.slice(-4)} is invalid`);
  });
});

describe('PowerShell workaround, prevention and key set-up', () => {
  it.skipIf(!HAS_PWSH)(`${SKIP}workaround: a new key after the 401`, async () => {
    const result = await runPwsh(workaroundCode('powershell'), {
      key: REVOKED_KEY,
      input: `${GOOD_KEY}\n`,
    });
    expect(result.code).toBe(0);
    expect(requests().map((r) => r.status)).toEqual([401, 200]);
  });

  it.skipIf(!HAS_PWSH)(`${SKIP}prevention: valid, malformed and revoked keys`, async () => {
    const ok = await runPwsh(preventionCode('powershell'), { key: GOOD_KEY });
    expect(ok.stdout.trim()).toBe(`${KEY_ENV_VAR} OK`);
    const malformed = await runPwsh(preventionCode('powershell'), { key: SHORT_KEY });
    expect(malformed.code).not.toBe(0);
    expect(malformed.stdout + malformed.stderr).toContain('is malformed: 34 characters');
    const revoked = await runPwsh(preventionCode('powershell'), { key: REVOKED_KEY });
    expect(revoked.stdout + revoked.stderr).toContain(
      `(ends ${REVOKED_KEY.slice(-4)}): create a new key.`,
    );
    expect(requests().map((r) => [r.path, r.status])).toEqual([
      ['/models', 200],
      ['/models', 401],
    ]);
  });

  it.skipIf(!HAS_PWSH)(`${SKIP}the presence check prints the shape only`, async () => {
    const result = await run('pwsh', ['-NoProfile', '-Command', PRESENCE_CHECK.powershell], {
      key: GOOD_KEY,
    });
    expect(result.stdout.trim()).toBe(
      keyEnvironment('powershell-session').verify.expect.replace('1a2b', GOOD_KEY.slice(-4)),
    );
  });
});
