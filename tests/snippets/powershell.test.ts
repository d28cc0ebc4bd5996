import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CauseId } from '../../src/domain/causes.ts';
import { PRESENCE_CHECK, keyEnvironment } from '../../src/domain/key-setup.ts';
import { KEY_ENV_VAR } from '../../src/domain/deepseek-facts.ts';
import { workaroundCode } from '../../src/domain/reference-snippets.ts';
import { causeCode } from '../../src/domain/snippets.ts';
import { GOOD_KEY, REVOKED_KEY, run } from './run.ts';
import { defineRunner, describeScenarios, scriptRunner, standInForFile } from './scenarios.ts';

/**
 * The PowerShell snippets, run with pwsh (PowerShell 7) against a local DeepSeek stand-in.
 * Where pwsh is not installed every test here is skipped, and says so in its name.
 */
const HAS_PWSH = spawnSync('pwsh', ['-NoProfile', '-Command', 'exit 0']).status === 0;
const SKIP = HAS_PWSH ? '' : '(skipped: pwsh is not installed) ';

const server = standInForFile({ folder: 'powershell', when: HAS_PWSH });

const script = scriptRunner(server, 'powershell', '.ps1', ['pwsh', '-NoProfile', '-File']);
const runPwsh = script.run;
const broken = (cause: CauseId) => causeCode(cause, 'powershell').broken;
/** pwsh prints a thrown error within its own frame, and may print it on either stream. */
const printed = (result: { stdout: string; stderr: string }) => result.stdout + result.stderr;

const powershell = defineRunner({
  name: 'PowerShell',
  language: 'powershell',
  server,
  script,
  skip: HAS_PWSH ? undefined : 'pwsh is not installed',
  messages: printed,
  exact: false,
  scope: 'session',
  // The fixed revoked code has no check of its own for a missing key.
  unsetCauses: ['not-set', 'not-passed'],
  expectUncaught401: (result) =>
    expect(printed(result)).toContain(`****${REVOKED_KEY.slice(-4)} is invalid`),
  startupOk: `${KEY_ENV_VAR} OK`,
});

describe('broken PowerShell code fails the way its cause says', () => {
  it.skipIf(!HAS_PWSH)(`${SKIP}not-passed: without "Bearer " DeepSeek finds no key`, async () => {
    const result = await runPwsh(broken('not-passed'), { key: GOOD_KEY });
    expect(result.code).not.toBe(0);
    expect(server.requests[0]?.authorization).toBe(GOOD_KEY);
  });

  it.skipIf(!HAS_PWSH)(`${SKIP}revoked: the 401 comes out with no next step`, async () => {
    const result = await runPwsh(broken('revoked'), { key: REVOKED_KEY });
    expect(result.code).not.toBe(0);
    expect(printed(result)).toContain(`****${REVOKED_KEY.slice(-4)} is invalid`);
  });
});

describe('PowerShell workaround and key set-up', () => {
  it.skipIf(!HAS_PWSH)(`${SKIP}workaround: a new key after the 401`, async () => {
    const result = await runPwsh(workaroundCode('powershell'), {
      key: REVOKED_KEY,
      input: `${GOOD_KEY}\n`,
    });
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => r.status)).toEqual([401, 200]);
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

// Its workaround is tested above on its own: Read-Host's prompt and the warning share stdout
// with the answer.
describeScenarios(powershell, { workaround: false });
