import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KEY_ENV_VAR as K } from '../../src/domain/deepseek-facts.ts';
import {
  PRESENCE_CHECK,
  SERVICE_NAME,
  keyEnvironment,
  type EnvironmentId,
} from '../../src/domain/snippets/key-setup.ts';
import {
  GOOD_KEY,
  HAS_SCRIPT,
  run,
  runOnTerminal,
  warnNotRun,
  type RunOptions,
  expectNoKey,
  tempDirs,
} from './run.ts';

/**
 * The key set-ups and their checks, run where this machine has the tool: the key is typed on
 * stdin, the check prints what the app says to expect, and nothing ever prints the key.
 */
const STUBS = fileURLToPath(new URL('./python-stubs', import.meta.url));
const has = (program: string) =>
  spawnSync('bash', ['-c', `command -v ${program}`], { encoding: 'utf8' }).status === 0;
const PYTHON = has('python') ? 'python' : 'python3';
const HAS_FISH = has('fish');
if (!HAS_FISH) warnNotRun('The fish key set-up', 'fish is not installed');
if (!HAS_SCRIPT) warnNotRun('The key set-up on a real terminal', 'util-linux script is missing');

const TAIL = GOOD_KEY.slice(-4);
const SET = `set, 35 chars, ends ${TAIL}`;
/** The expected outputs show the example tail 1a2b; with the test key the tail is its own. */
const expected = (id: EnvironmentId) => keyEnvironment(id).verify.expect.replace('1a2b', TAIL);
const setupCode = (id: EnvironmentId, block = 0) => keyEnvironment(id).setup[block]!.code;
const verify = (id: EnvironmentId) => keyEnvironment(id).verify.command;

const tempDir = tempDirs('key-setup-');

const bash = (script: string, options: RunOptions = {}) => run('bash', ['-c', script], options);

describe('terminal set-ups', () => {
  it('bash-session: the key typed in is exported, and the check shows its shape only', async () => {
    const result = await bash(`${setupCode('bash-session')}\n${verify('bash-session')}`, {
      input: `${GOOD_KEY}\n`,
    });
    expect(result).toEqual({ code: 0, stdout: `${K} (hidden): \n${SET}\n`, stderr: '' });
    expect(expected('bash-session')).toBe(SET);
    // And exported: a child process sees it.
    const child = await bash(`${setupCode('bash-session')}\nbash -c '${verify('bash-session')}'`, {
      input: `${GOOD_KEY}\n`,
    });
    expect(child.stdout.trim().split('\n').at(-1)).toBe(SET);
  });

  it.skipIf(!HAS_SCRIPT)(
    `${HAS_SCRIPT ? '' : '(skipped: util-linux script is not installed) '}bash-session on a real terminal: the key typed in is not shown`,
    async () => {
      const dir = tempDir();
      const path = join(dir, 'session.sh');
      writeFileSync(path, `${setupCode('bash-session')}\n${verify('bash-session')}\n`);
      const result = await runOnTerminal(`bash ${path}`, {
        prompt: `${K} (hidden): `,
        answer: GOOD_KEY,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(SET);
      expectNoKey(result.stdout);
    },
  );

  it('bash-session: the check says NOT SET when nothing was typed', async () => {
    const result = await bash(verify('bash-session'));
    expect(result.stdout.trim()).toBe('NOT SET');
  });

  it('bash-profile: a new bash (sourcing ~/.bashrc) has the key', async () => {
    const home = tempDir();
    const first = await bash(setupCode('bash-profile'), {
      input: `${GOOD_KEY}\n`,
      env: { HOME: home },
    });
    expectNoKey(first.stdout + first.stderr);
    expect(first.code).toBe(0);
    expect(readFileSync(join(home, '.bashrc'), 'utf8')).toBe(`export ${K}='${GOOD_KEY}'\n`);
    const later = await bash(`source ~/.bashrc\n${verify('bash-profile')}`, {
      env: { HOME: home },
    });
    expect(later.stdout.trim()).toBe(expected('bash-profile'));
  });

  it.skipIf(!HAS_FISH)(
    `${HAS_FISH ? '' : '(skipped: fish is not installed) '}fish: read -sx exports the key`,
    async () => {
      const result = await run('fish', ['-c', `${setupCode('fish')}\n${verify('fish')}`], {
        input: `${GOOD_KEY}\n`,
      });
      expect(result.stdout.trim()).toBe(expected('fish'));
    },
  );
});

describe('.env set-ups', () => {
  /** Runs the block that writes .env, without its `pip install` line. */
  async function writeDotenv(id: EnvironmentId, dir: string) {
    const script = setupCode(id)
      .split('\n')
      .filter((line) => !line.startsWith('pip '))
      .join('\n');
    const result = await bash(script, { input: `${GOOD_KEY}\n`, cwd: dir });
    expect(result.code).toBe(0);
    expectNoKey(result.stdout + result.stderr);
    expect(readFileSync(join(dir, '.env'), 'utf8')).toBe(`${K}=${GOOD_KEY}\n`);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('.env\n');
    // Run twice: .gitignore gets the line once.
    await bash(script, { input: `${GOOD_KEY}\n`, cwd: dir });
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('.env\n');
  }

  it('dotenv-python: load_dotenv() makes the key visible to the check and the app', async () => {
    const dir = tempDir();
    await writeDotenv('dotenv-python', dir);
    const env = { PYTHONPATH: STUBS };
    const check = await bash(verify('dotenv-python').replace(/^python /, `${PYTHON} `), {
      cwd: dir,
      env,
    });
    expect(check.stderr).toBe('');
    expect(check.stdout.trim()).toBe(expected('dotenv-python'));
    const app = `${setupCode('dotenv-python', 1)}\nprint(len(api_key), api_key[-4:])\n`;
    const result = await run(PYTHON, ['-c', app], { cwd: dir, env });
    expect(result.stdout.trim()).toBe(`35 ${TAIL}`);
  });

  it('dotenv-node: node --env-file=.env gives the key to the program', async () => {
    const dir = tempDir();
    await writeDotenv('dotenv-node', dir);
    const check = await bash(verify('dotenv-node'), { cwd: dir });
    expect(check.stderr).toBe('');
    expect(check.stdout.trim()).toBe(expected('dotenv-node'));
    expectNoKey(check.stdout);
  });

  it('dotenv-node: a variable already set wins over the file, as the text says', async () => {
    const dir = tempDir();
    await writeDotenv('dotenv-node', dir);
    const other = `sk-${'a'.repeat(28)}9999`;
    const check = await bash(verify('dotenv-node'), { cwd: dir, key: other });
    expect(check.stdout.trim()).toBe('set, 35 chars, ends 9999');
  });
});

/**
 * `docker run --rm [-i] (-e NAME | --env-file FILE) alpine sh [-c SCRIPT]`, without docker: the
 * "container" gets only what the options pass (-e NAME only when NAME is set, as docker does).
 */
const DOCKER_STAND_IN = `docker() {
  local vars=("PATH=$PATH")
  shift 2
  while [ "$1" != alpine ]; do
    case $1 in
      -e) [ -n "\${!2+set}" ] && vars+=("$2=\${!2}"); shift 2 ;;
      --env-file) while IFS= read -r line; do vars+=("$line"); done < "$2"; shift 2 ;;
      *) shift ;;
    esac
  done
  shift
  env -i "\${vars[@]}" "$@"
}
`;

/** The lines of a check that run something, without its comments. */
const commands = (code: string) => code.split('\n').filter((line) => !line.startsWith('#'));

describe('containers: the checks, with docker stood in for', () => {
  it('docker: its POSIX check works in a plain POSIX sh (dash), not only bash', async () => {
    expect(verify('docker')).toContain(`sh -c '${PRESENCE_CHECK.posix}'`);
    const set = await run('sh', ['-c', PRESENCE_CHECK.posix], { key: GOOD_KEY });
    expect(set).toEqual({ code: 0, stdout: `${expected('docker')}\n`, stderr: '' });
    const unset = await run('sh', ['-c', PRESENCE_CHECK.posix]);
    expect(unset.stdout.trim()).toBe('NOT SET');
  });

  it('docker: a check for -e and one for --env-file, each seeing only what it passes', async () => {
    const [withE, withEnvFile] = commands(verify('docker'));
    expect(withE).toMatch(new RegExp(`^docker run --rm -e ${K} alpine sh -c '`));
    expect(withEnvFile).toMatch(/^docker run --rm --env-file \.env alpine sh -c '/);
    const e = await bash(`${DOCKER_STAND_IN}${withE}`, { key: GOOD_KEY });
    expect(e).toEqual({ code: 0, stdout: `${SET}\n`, stderr: '' });
    expect((await bash(`${DOCKER_STAND_IN}${withE}`)).stdout.trim()).toBe('NOT SET');
    const dir = tempDir();
    writeFileSync(join(dir, '.env'), `${K}=${GOOD_KEY}\n`);
    const file = await bash(`${DOCKER_STAND_IN}${withEnvFile}`, { cwd: dir });
    expect(file).toEqual({ code: 0, stdout: `${SET}\n`, stderr: '' });
  });

  /** The `environment:` part of `docker compose config` for one service. */
  const config = (...lines: string[]) =>
    ['name: app', 'services:', '  app:', '    build:', '      context: /app', '    environment:']
      .concat(lines.map((line) => `      ${line}`))
      .concat(['    networks:', '      default: null'])
      .join('\n');

  it.each([
    ['plain', config(`${K}: ${GOOD_KEY}`, 'OTHER: x'), SET],
    ['double-quoted', config(`${K}: "${GOOD_KEY}"`), SET],
    ['single-quoted', config(`${K}: '${GOOD_KEY}'`), SET],
    [
      'a trailing space kept in quotes',
      config(`${K}: "${GOOD_KEY} "`),
      `set, 36 chars, ends ${TAIL.slice(1)} `,
    ],
    ['null (bare, unset in the shell)', config(`${K}: null`), 'NOT SET'],
    ['empty', config(`${K}: ""`), 'NOT SET'],
    ['absent', config('OTHER: x'), 'NOT SET'],
  ])(
    'docker compose: awk prints the shape of the value in "docker compose config", %s',
    async (_name, output, printed) => {
      const stub = `docker() { printf '%s\\n' "$CONFIG"; }\n`;
      const result = await bash(`${stub}${verify('docker-compose')}`, { env: { CONFIG: output } });
      expect(result).toEqual({ code: 0, stdout: `${printed}\n`, stderr: '' });
      expectNoKey(result.stdout);
    },
  );

  it('compose.yaml is valid YAML that passes the variable on by name', async () => {
    const result = await run(
      PYTHON,
      ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'],
      { input: setupCode('docker-compose') },
    );
    expect(JSON.parse(result.stdout)).toEqual({
      services: { app: { build: '.', environment: [K] } },
    });
  });
});

describe('notebooks, IDE and CI', () => {
  it('jupyter: getpass reads the key, and the check cell shows its shape only', async () => {
    const cells = `${setupCode('jupyter')}\n${verify('jupyter')}\n`;
    const result = await run(PYTHON, ['-c', cells], { input: `${GOOD_KEY}\n` });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(expected('jupyter'));
    expectNoKey(result.stdout + result.stderr);
  });

  it('vscode: launch.json parses (comments allowed) and loads .env; the console check prints 35', async () => {
    const json = setupCode('vscode')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    const config = JSON.parse(json) as { configurations: Record<string, string>[] };
    expect(config.configurations[0]).toMatchObject({
      type: 'debugpy',
      request: 'launch',
      envFile: '${workspaceFolder}/.env',
    });
    const result = await run(PYTHON, ['-c', `print(${verify('vscode')})`], { key: GOOD_KEY });
    expect(result.stdout.trim()).toBe(expected('vscode'));
  });

  it('github-actions: the workflow maps the secret into env, and the check step runs', async () => {
    const parsed = await run(
      PYTHON,
      ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'],
      { input: `${setupCode('github-actions', 1)}\n` },
    );
    const workflow = JSON.parse(parsed.stdout) as {
      jobs: { test: { env: Record<string, string> } };
    };
    expect(workflow.jobs.test.env).toEqual({ [K]: `\${{ secrets.${K} }}` });
    const step = await run(
      PYTHON,
      ['-c', 'import json, sys, yaml; print(yaml.safe_load(sys.stdin)[0]["run"])'],
      { input: verify('github-actions') },
    );
    const result = await bash(step.stdout, { key: GOOD_KEY });
    expect(result.stdout.trim()).toBe(expected('github-actions'));
    expect((await bash(step.stdout)).stdout.trim()).toBe('NOT SET');
  });
});

/**
 * A systemd service without systemd: `sudo` runs the command, `systemctl` answers as a service
 * whose main process is this very shell (so its /proc environ is what the test started it with),
 * and /etc is a temporary folder.
 */
const SYSTEMD_STAND_IN = `sudo() { "$@"; }
systemctl() { [ "$1" = show ] && echo $$; return 0; }
`;

describe('a systemd service: the set-up and the check, with systemd stood in for', () => {
  it('the set-up writes the key to a root-only file and a drop-in, and never shows it', async () => {
    const dir = tempDir();
    const script = setupCode('systemd').replaceAll('/etc/', `${dir}/`);
    const result = await bash(`${SYSTEMD_STAND_IN}${script}`, { input: `${GOOD_KEY}\n` });
    expect(result.code).toBe(0);
    expectNoKey(result.stdout + result.stderr);
    expect(readFileSync(join(dir, 'deepseek.env'), 'utf8')).toBe(`${K}=${GOOD_KEY}\n`);
    expect(statSync(join(dir, 'deepseek.env')).mode & 0o777).toBe(0o600);
    const dropIn = join(dir, `systemd/system/${SERVICE_NAME}.d/deepseek.conf`);
    expect(readFileSync(dropIn, 'utf8')).toBe(`[Service]\nEnvironmentFile=${dir}/deepseek.env\n`);
  });

  it('the check reads the running service’s environment: its shape only, or NOT SET', async () => {
    const set = await bash(`${SYSTEMD_STAND_IN}${verify('systemd')}`, { key: GOOD_KEY });
    expect(set).toEqual({ code: 0, stdout: `${expected('systemd')}\n`, stderr: '' });
    const unset = await bash(`${SYSTEMD_STAND_IN}${verify('systemd')}`);
    expect(unset.stdout.trim()).toBe('NOT SET');
  });
});
