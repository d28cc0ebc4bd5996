import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { DEEPSEEK_BASE_URL, KEY_ENV_VAR } from '../../src/domain/deepseek-facts.ts';
import { GOOD_KEY, REVOKED_KEY } from '../mocks/deepseek.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Under node_modules, so that Node snippets find the project's `openai`; one folder per process,
 * so that a second `npm test` beside this one never overwrites or removes this one's files.
 */
export const SCRATCH = join(ROOT, 'node_modules/.tmp/snippets', `run-${process.pid}`);

export { GOOD_KEY, REVOKED_KEY };
/** Well-formed but too short: what a lost character looks like. */
export const SHORT_KEY = GOOD_KEY.slice(0, -1);
/** An OpenAI-shaped key: for the snippets that send OPENAI_API_KEY instead. */
export const OPENAI_KEY = 'sk-proj-stand-in-T3BlbkFJ-not-a-real-key';

/** The snippet as the test runs it: DeepSeek's base URL swapped for the local stand-in. */
export const local = (code: string, baseURL: string) => code.replaceAll(DEEPSEEK_BASE_URL, baseURL);

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** DEEPSEEK_API_KEY for the child; undefined leaves it unset. */
  key?: string | undefined;
  /** More variables (OPENAI_API_KEY, OPENAI_BASE_URL, …). */
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
}

/**
 * A clean environment: no DEEPSEEK_ or OPENAI_ variables, and proxies pointed at a closed local
 * port so that nothing can leave the machine unnoticed.
 */
function baseEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    TERM: 'dumb',
    PYTHONDONTWRITEBYTECODE: '1',
    http_proxy: 'http://127.0.0.1:9',
    https_proxy: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    no_proxy: '127.0.0.1',
    NO_PROXY: '127.0.0.1',
    ...(process.env.PYENV_ROOT ? { PYENV_ROOT: process.env.PYENV_ROOT } : {}),
  };
}

/**
 * Runs a program with a clean environment: no DEEPSEEK_ or OPENAI_ variables but those given, and
 * proxies pointed at a closed local port so that nothing can leave the machine unnoticed.
 * Asynchronous: the stand-in server answers from this same process.
 */
export function run(command: string, args: readonly string[], options: RunOptions = {}) {
  const env: Record<string, string> = { ...baseEnv(), ...options.env };
  if (options.key !== undefined) env[KEY_ENV_VAR] = options.key;
  return new Promise<RunResult>((resolvePromise, reject) => {
    // detached: no controlling terminal, so getpass and read -s read the piped stdin.
    const child = spawn(command, args, { env, cwd: options.cwd ?? ROOT, detached: true });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    // A program that exits without reading its input closes the pipe: that is no failure.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Writes a file under the scratch folder and returns its path. */
export function scratchFile(folder: string, name: string, content: string): string {
  const dir = join(SCRATCH, folder);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Removes a scratch folder: each test file writes to its own. */
export function cleanScratch(folder: string) {
  rmSync(join(SCRATCH, folder), { recursive: true, force: true });
}

/**
 * Says in the test output which tests this machine does not run: a skipped test alone is easy to
 * miss in a green run. Call it at a test file's top level.
 */
export function warnNotRun(what: string, why: string) {
  // Vitest shows a test file's console output under the file's name, also in a passing run.
  // eslint-disable-next-line no-console
  console.warn(`${what} NOT run: ${why}. Install it to run them.`);
}

export const HAS_SCRIPT =
  process.platform === 'linux' &&
  spawnSync('script', ['-qec', 'true', '/dev/null'], { stdio: 'ignore' }).status === 0;

/**
 * Runs a command on a real terminal (a pseudo-terminal from util-linux `script`), types `answer`
 * once `prompt` appears, and returns everything the terminal showed: what a person would see.
 */
export function runOnTerminal(
  commandLine: string,
  { prompt, answer, ...options }: RunOptions & { prompt: string; answer: string },
) {
  const env: Record<string, string> = { ...baseEnv(), ...options.env };
  if (options.key !== undefined) env[KEY_ENV_VAR] = options.key;
  return new Promise<RunResult>((resolvePromise, reject) => {
    const child = spawn('script', ['-qec', commandLine, '/dev/null'], {
      env,
      cwd: options.cwd ?? ROOT,
    });
    let stdout = '';
    let typed = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!typed && stdout.includes(prompt)) {
        typed = true;
        // A person types after the prompt shows; a shell prints it just before `read -s` turns
        // the echo off, so wait a moment as a person would.
        setTimeout(() => child.stdin.write(`${answer}\r`), 400);
      }
    });
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr: '' });
    });
  });
}

/** A maker of temporary folders, each removed after the test that made it. */
export function tempDirs(prefix: string): () => string {
  let dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    dirs = [];
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** No output may hold more of the key than its last four characters. */
export function expectNoKey(output: string) {
  expect(output).not.toContain(GOOD_KEY.slice(0, 8));
  expect(output).not.toContain(GOOD_KEY.slice(-5));
}
