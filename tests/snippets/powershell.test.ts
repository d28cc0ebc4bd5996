import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CauseId } from '../../src/domain/causes.ts';
import {
  PRESENCE_CHECK,
  keyEnvironment,
  type EnvironmentId,
} from '../../src/domain/snippets/key-setup.ts';
import { KEY_ENV_VAR as K } from '../../src/domain/deepseek-facts.ts';
import { workaroundCode } from '../../src/domain/snippets/reference-snippets.ts';
import { causeCode } from '../../src/domain/snippets/snippets.ts';
import { startDeepSeekStandIn } from './deepseek-server.ts';
import {
  GOOD_KEY,
  REVOKED_KEY,
  local,
  run,
  warnNotRun,
  type RunOptions,
  expectNoKey,
  tempDirs,
} from './run.ts';
import { defineRunner, describeScenarios, scriptRunner, standInForFile } from './scenarios.ts';

/**
 * The PowerShell snippets and key set-ups, run with pwsh (PowerShell 7) against a local DeepSeek
 * stand-in. Where pwsh is not installed every test here is skipped, says so in its name, and the
 * run prints a notice.
 */
const HAS_PWSH = spawnSync('pwsh', ['-NoProfile', '-Command', 'exit 0']).status === 0;
const SKIP = HAS_PWSH ? '' : '(skipped: pwsh is not installed) ';
if (!HAS_PWSH) {
  warnNotRun('PowerShell snippets and key set-ups', 'pwsh (PowerShell 7) is not installed');
}
const STUBS = fileURLToPath(new URL('./python-stubs', import.meta.url));
const HAS_PYTHON = spawnSync('python', ['--version']).status === 0;

const server = standInForFile({ folder: 'powershell', when: HAS_PWSH });

const script = scriptRunner(server, 'powershell', '.ps1', ['pwsh', '-NoProfile', '-File']);
const runPwsh = script.run;
const broken = (cause: CauseId) => causeCode(cause, 'powershell').broken;
/**
 * What pwsh printed, on either stream. Its error view wraps a long message at the console width
 * (80 columns without a terminal) onto lines that start with `     | `: joined back here.
 */
const printed = (result: { stdout: string; stderr: string }) =>
  (result.stdout + result.stderr).replace(/\s*\n\s*\| /g, ' ');

/**
 * Read-Host -AsSecureString reads keys from a console (Console.ReadKey), and a test's stdin is a
 * pipe. PowerShell calls a function before a cmdlet of the same name: this one reads the line from
 * stdin instead, so the rest of the snippet runs as written. Code that uses it runs with
 * `pwsh -Command`, whose stdin the script reads itself.
 */
const READ_HOST_FROM_STDIN = `function Read-Host([string]$Prompt, [switch]$AsSecureString) {
  $line = [Console]::In.ReadLine()
  if (-not $AsSecureString) { return $line }
  $secure = [securestring]::new()
  foreach ($c in $line.ToCharArray()) { $secure.AppendChar($c) }
  $secure
}
`;

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
  // `pwsh -File` exits 0 after a cmdlet's error unless the script throws (about_Pwsh, -File).
  uncaughtFails: false,
  expectUncaught401: (result) =>
    expect(printed(result)).toContain(`****${REVOKED_KEY.slice(-4)} is invalid`),
  startupOk: `${K} OK`,
});

describe('broken PowerShell code fails the way its cause says', () => {
  it.skipIf(!HAS_PWSH)(
    `${SKIP}not-passed: the request copied from OpenAI sends the DeepSeek key to OpenAI`,
    async () => {
      const openai = await startDeepSeekStandIn({ as: 'openai' });
      try {
        const code = broken('not-passed').replaceAll(
          'https://api.openai.com/v1',
          `${openai.baseURL}/v1`,
        );
        const result = await runPwsh(code, { key: GOOD_KEY });
        expect(openai.requests).toHaveLength(1);
        expect(openai.requests[0]).toMatchObject({
          path: '/v1/chat/completions',
          authorization: `Bearer ${GOOD_KEY}`,
        });
        expect(printed(result)).toContain('Incorrect API key provided');
        expect(server.requests).toEqual([]);
      } finally {
        await openai.close();
      }
    },
  );

  it.skipIf(!HAS_PWSH)(`${SKIP}revoked: the 401 comes out with no next step`, async () => {
    const result = await runPwsh(broken('revoked'), { key: REVOKED_KEY });
    expect(printed(result)).toContain(`****${REVOKED_KEY.slice(-4)} is invalid`);
    expect(printed(result)).not.toContain('create a new one');
    expect(server.requests.map((r) => r.status)).toEqual([401]);
  });
});

const pwsh = (code: string, options: RunOptions = {}) =>
  run('pwsh', ['-NoProfile', '-Command', code], options);

describe('PowerShell workaround', () => {
  it.skipIf(!HAS_PWSH)(`${SKIP}a new key after the 401`, async () => {
    const code = local(`${READ_HOST_FROM_STDIN}${workaroundCode('powershell')}`, server.baseURL);
    const result = await pwsh(code, { key: REVOKED_KEY, input: `${GOOD_KEY}\n` });
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => [r.authorization, r.status])).toEqual([
      [`Bearer ${REVOKED_KEY}`, 401],
      [`Bearer ${GOOD_KEY}`, 200],
    ]);
    expect(result.stdout + result.stderr).not.toContain(GOOD_KEY);
  });
});

// ---------------------------------------------------------------------------------------------
// Key set-ups: the PowerShell terminals, and the PowerShell variants shown on Windows.

const TAIL = GOOD_KEY.slice(-4);
const SET = `set, 35 chars, ends ${TAIL}`;
const windows = (id: EnvironmentId) => keyEnvironment(id).windows!;
/** The lines of a check that run something, without its comments. */
const commands = (code: string) => code.split('\n').filter((line) => !line.startsWith('#'));

const tempDir = tempDirs('key-setup-pwsh-');

describe('PowerShell key set-ups', () => {
  it.skipIf(!HAS_PWSH)(`${SKIP}the presence check prints the shape only`, async () => {
    const set = await pwsh(PRESENCE_CHECK.powershell, { key: GOOD_KEY });
    expect(set.stdout.trim()).toBe(SET);
    expect(keyEnvironment('powershell-session').verify.expect.replace('1a2b', TAIL)).toBe(SET);
    expect((await pwsh(PRESENCE_CHECK.powershell)).stdout.trim()).toBe('NOT SET');
  });

  it.skipIf(!HAS_PWSH)(`${SKIP}powershell-session: the key typed in is set`, async () => {
    const environment = keyEnvironment('powershell-session');
    const code = `${READ_HOST_FROM_STDIN}${environment.setup[0]!.code}\n${environment.verify.command}`;
    const result = await pwsh(code, { input: `${GOOD_KEY}\n` });
    expect(result.stdout.trim()).toBe(SET);
  });

  it.skipIf(!HAS_PWSH)(
    `${SKIP}.env (Windows): appended as one ASCII line, .gitignore once, read by both checks`,
    async () => {
      const dir = tempDir();
      const write = windows('dotenv-python')
        .setup[0]!.code.split('\n')
        .filter((line) => !line.startsWith('pip '))
        .join('\n');
      expect(write).toBe(windows('dotenv-node').setup[0]!.code);
      for (let i = 0; i < 2; i++) {
        const result = await pwsh(`${READ_HOST_FROM_STDIN}${write}`, {
          input: `${GOOD_KEY}\n`,
          cwd: dir,
        });
        expect(result.code).toBe(0);
        expectNoKey(result.stdout + result.stderr);
      }
      // No byte-order mark, no UTF-16: a KEY=value line each run, and .env in .gitignore once.
      expect(readFileSync(join(dir, '.env'), 'utf8')).toBe(`${K}=${GOOD_KEY}\n`.repeat(2));
      expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('.env\n');

      const node = await pwsh(windows('dotenv-node').verify.command, { cwd: dir });
      expect(node.stdout.trim()).toBe(SET);
      if (HAS_PYTHON) {
        const python = await pwsh(windows('dotenv-python').verify.command, {
          cwd: dir,
          env: { PYTHONPATH: STUBS },
        });
        expect(python.stdout.trim()).toBe(SET);
      }
    },
  );

  /** `docker run --rm -i (-e NAME | --env-file FILE) alpine sh`, without docker: sh on stdin. */
  const DOCKER_STAND_IN = `function docker {
  $i = [array]::IndexOf($args, '--env-file')
  if ($i -ge 0) {
    Get-Content $args[$i + 1] | ForEach-Object { $name, $value = $_ -split '=', 2; Set-Item "env:$name" $value }
  }
  $input | sh
}
`;

  it.skipIf(!HAS_PWSH)(
    `${SKIP}docker (Windows): the check on stdin, for -e and --env-file`,
    async () => {
      const [withE, withEnvFile] = commands(windows('docker').verify.command);
      expect(withE).toContain(`-e ${K} `);
      expect(withEnvFile).toContain('--env-file .env ');
      const e = await pwsh(`${DOCKER_STAND_IN}${withE}`, { key: GOOD_KEY });
      expect(e.stdout.trim()).toBe(SET);
      expect((await pwsh(`${DOCKER_STAND_IN}${withE}`)).stdout.trim()).toBe('NOT SET');
      const dir = tempDir();
      writeFileSync(join(dir, '.env'), `${K}=${GOOD_KEY}\n`);
      const file = await pwsh(`${DOCKER_STAND_IN}${withEnvFile}`, { cwd: dir });
      expect(file.stdout.trim()).toBe(SET);
    },
  );

  it.skipIf(!HAS_PWSH)(
    `${SKIP}docker compose (Windows): the shape of the value in the JSON config`,
    async () => {
      const config = (value: string) =>
        JSON.stringify({ name: 'app', services: { app: { environment: { [K]: value } } } });
      const check = (json: string) =>
        pwsh(`function docker { '${json}' }\n${windows('docker-compose').verify.command}`);
      const set = await check(config(GOOD_KEY));
      expect(set.stdout.trim()).toBe(SET);
      expectNoKey(set.stdout + set.stderr);
      const unset = JSON.stringify({ services: { app: { environment: { [K]: null } } } });
      expect((await check(unset)).stdout.trim()).toBe('NOT SET');
      expect((await check('{"services":{"app":{"image":"x"}}}')).stdout.trim()).toBe('NOT SET');
    },
  );
});

// Its workaround is tested above on its own: Read-Host needs the stand-in that reads stdin.
describeScenarios(powershell, { workaround: false });
