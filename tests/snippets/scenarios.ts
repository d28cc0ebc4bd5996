import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CAUSE_IDS, type CauseId } from '../../src/domain/causes.ts';
import { CURRENT_MODELS, KEY_ENV_VAR as K } from '../../src/domain/deepseek-facts.ts';
import { preventionCode, workaroundCode } from '../../src/domain/snippets/reference-snippets.ts';
import { causeCode, type CodeLanguage } from '../../src/domain/snippets/snippets.ts';
import { REPLY, startDeepSeekStandIn, type SeenRequest } from './deepseek-server.ts';
import {
  GOOD_KEY,
  HAS_SCRIPT,
  REVOKED_KEY,
  SHORT_KEY,
  cleanScratch,
  local,
  run,
  runOnTerminal,
  scratchFile,
  type RunOptions,
  type RunResult,
} from './run.ts';

/**
 * The scenarios every runner (Node.js, curl, the three Python stacks, PowerShell) goes through
 * alike, written once: each test file describes its runner and calls these. What differs from one
 * runner to the next (where messages go, exit statuses, which shell the message names) is a field
 * of the runner, and what only one runner does stays in its own file.
 */

/** A stand-in started for one test file: read its fields inside tests, once it is up. */
export interface StandIn {
  readonly baseURL: string;
  readonly requests: SeenRequest[];
}

/**
 * Starts a stand-in on 127.0.0.1 for the test file that calls this (unless `when` is false),
 * empties its request log before each test, and closes it and removes `folder` (the file's scratch
 * folder) at the end.
 */
export function standInForFile({
  folder,
  as,
  when = true,
}: { folder?: string; as?: 'deepseek' | 'openai'; when?: boolean } = {}): StandIn {
  let server: Awaited<ReturnType<typeof startDeepSeekStandIn>> | undefined;
  beforeAll(async () => {
    if (when) server = await startDeepSeekStandIn({ as });
  });
  afterAll(async () => {
    if (folder) cleanScratch(folder);
    await server?.close();
  });
  beforeEach(() => {
    if (server) server.requests.length = 0;
  });
  const up = () => {
    if (!server) throw new Error('The stand-in is not running.');
    return server;
  };
  return {
    get baseURL() {
      return up().baseURL;
    },
    get requests() {
      return up().requests;
    },
  };
}

/** How a runner runs a snippet: from a scratch file, DeepSeek's base URL swapped for the stand-in's. */
export interface Script {
  run: (code: string, options?: RunOptions) => Promise<RunResult>;
  /** Writes the snippet to a file and gives the command line that runs it, for a real terminal. */
  commandLine: (code: string) => string;
  /** The variables every run gets (PYTHONPATH, OPENAI_BASE_URL, …). */
  env: () => Record<string, string>;
}

/**
 * Runs each snippet as `command… <file>`, the file new under the scratch `folder`, with `env`
 * added to what the test gives.
 */
export function scriptRunner(
  server: StandIn,
  folder: string,
  extension: string,
  command: readonly [string, ...string[]],
  env: () => Record<string, string> = () => ({}),
): Script {
  let counter = 0;
  const write = (code: string) =>
    scratchFile(
      folder,
      `snippet-${process.pid}-${counter++}${extension}`,
      local(code, server.baseURL),
    );
  const [program, ...args] = command;
  return {
    run: (code, options = {}) =>
      run(program, [...args, write(code)], { ...options, env: { ...env(), ...options.env } }),
    commandLine: (code) => [...command, write(code)].join(' '),
    env,
  };
}

export interface Runner {
  /** As the test names say it: 'Node.js', 'curl', 'python', 'PowerShell'. */
  name: string;
  language: CodeLanguage;
  /** The DeepSeek stand-in the runner's snippets are pointed at. */
  server: StandIn;
  script: Script;
  /** Why every test of this runner is skipped on this machine (the tool is missing). */
  skip: string | undefined;
  /** The answer the program printed. */
  reply: (result: RunResult) => string;
  /** Where the snippet's own messages (an exit, a throw) are printed. */
  messages: (result: RunResult) => string;
  /** True: the message is all that is printed there; false: it is printed among more (a stack). */
  exact: boolean;
  /** The exit status of the snippet's own stop; undefined: any but 0. */
  stopStatus: number | undefined;
  /** Where a message says the variable is missing: 'this process', 'this shell', … */
  scope: 'process' | 'shell' | 'session';
  /** The fixed causes that stop with that message when the variable is unset. */
  unsetCauses: readonly CauseId[];
  /** How DeepSeek's 401 (the key's last four included) shows when the fixed code does not catch it. */
  expectUncaught401: (result: RunResult) => void;
  /** Whether that 401, not caught, ends the program with a status other than 0. */
  uncaughtFails: boolean;
  /** What the start-up check prints on stdout when the key passes. */
  startupOk: string;
}

/**
 * A runner: what is not given is the common case (the answer alone on stdout, the snippet's own
 * message alone on stderr, any exit status but 0, a start-up check that prints nothing).
 */
export function defineRunner(
  fields: Pick<Runner, 'name' | 'language' | 'server' | 'script' | 'scope' | 'expectUncaught401'> &
    Partial<Runner>,
): Runner {
  return {
    skip: undefined,
    reply: (result) => result.stdout.trim(),
    messages: (result) => result.stderr,
    exact: true,
    stopStatus: undefined,
    uncaughtFails: true,
    unsetCauses: ['not-set'],
    startupOk: '',
    ...fields,
  };
}

const NEW_KEY =
  'DeepSeek rejected the key: create a new one at https://platform.deepseek.com/api_keys';
const notSet = (runner: Runner) => `${K} is not set in this ${runner.scope}`;
const tail = (key: string) => key.slice(-4);

/** The snippet stopped on its own, with `message`, where and as the runner prints it. */
function expectStop(runner: Runner, result: RunResult, message: string) {
  if (runner.stopStatus === undefined) expect(result.code).not.toBe(0);
  else expect(result.code).toBe(runner.stopStatus);
  if (runner.exact) expect(runner.messages(result).trim()).toBe(message);
  else expect(runner.messages(result)).toContain(message);
}

/** `it`, skipped with the reason in its name where the runner's tool is missing. */
const test = (runner: Runner) => it.skipIf(Boolean(runner.skip));
const title = (runner: Runner, name: string) =>
  runner.skip ? `(skipped: ${runner.skip}) ${name}` : name;

/** The fixed code of every cause, run with good, revoked, missing and mistyped keys. */
export function describeFixedCode(runner: Runner, more?: () => void) {
  const fixed = (cause: CauseId, model?: string) => causeCode(cause, runner.language, model).fixed;
  const requests = () => runner.server.requests;
  const t = test(runner);
  describe(`fixed ${runner.name} code`, () => {
    t.each(CAUSE_IDS)(
      title(runner, '%s: the valid key gets an answer from DeepSeek'),
      async (cause) => {
        const result = await runner.script.run(fixed(cause), { key: GOOD_KEY });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(runner.reply(result)).toBe(REPLY);
        expect(requests()).toHaveLength(1);
        expect(requests()[0]).toMatchObject({
          method: 'POST',
          path: '/chat/completions',
          authorization: `Bearer ${GOOD_KEY}`,
          model: CURRENT_MODELS[0],
          status: 200,
        });
      },
    );

    t.each(CURRENT_MODELS)(title(runner, 'names the model it is given: %s'), async (model) => {
      const result = await runner.script.run(fixed('not-passed', model), { key: GOOD_KEY });
      expect(result.code).toBe(0);
      expect(requests().map((r) => [r.model, r.status])).toEqual([[model, 200]]);
    });

    t.each(CAUSE_IDS.filter((cause) => cause !== 'revoked'))(
      title(runner, "%s: a revoked key ends in DeepSeek's 401, tail included"),
      async (cause) => {
        const result = await runner.script.run(fixed(cause), { key: REVOKED_KEY });
        if (runner.uncaughtFails) expect(result.code).not.toBe(0);
        runner.expectUncaught401(result);
        expect(requests().map((r) => r.status)).toEqual([401]);
      },
    );

    t(
      title(runner, 'revoked: a revoked key ends in the snippet\'s own "create a new key" message'),
      async () => {
        const result = await runner.script.run(fixed('revoked'), { key: REVOKED_KEY });
        expectStop(runner, result, NEW_KEY);
        expect(requests().map((r) => r.status)).toEqual([401]);
      },
    );

    t.each(runner.unsetCauses)(
      title(runner, '%s: with the variable unset, it stops with its own message and sends nothing'),
      async (cause) => {
        const result = await runner.script.run(fixed(cause), { key: undefined });
        expectStop(runner, result, `${notSet(runner)}: set it, then run again.`);
        expect(requests()).toEqual([]);
      },
    );

    t.each([
      [`"${GOOD_KEY}"`, 'wrapping quotes from a .env line'],
      [`'${GOOD_KEY}'`, 'single quotes'],
      [`  ${GOOD_KEY}\n`, 'spaces and a newline'],
      [` "${GOOD_KEY}" `, 'quotes within spaces'],
    ])(title(runner, 'mistyped: %j (%s) is cleaned and accepted'), async (key) => {
      const result = await runner.script.run(fixed('mistyped'), { key });
      expect(result.code).toBe(0);
      expect(requests().map((r) => r.authorization)).toEqual([`Bearer ${GOOD_KEY}`]);
    });

    t.each([SHORT_KEY, GOOD_KEY.toUpperCase(), '', K])(
      title(runner, 'mistyped: %j fails fast on its shape, without a request'),
      async (key) => {
        const result = await runner.script.run(fixed('mistyped'), { key });
        expectStop(
          runner,
          result,
          `${K} has ${key.length} characters, not sk- and 32 hex: copy it again.`,
        );
        expect(requests()).toEqual([]);
      },
    );

    more?.();
  });
}

/** The workaround: a key typed in (hidden) when the stored one is missing or rejected. */
export function describeWorkaround(runner: Runner, more?: () => void) {
  const code = () => workaroundCode(runner.language);
  const requests = () => runner.server.requests;
  const t = test(runner);
  describe(`${runner.name} workaround: a new key for this run after a 401`, () => {
    t(
      title(runner, 'asks once the stored key is rejected, and succeeds with the key typed in'),
      async () => {
        const result = await runner.script.run(code(), {
          key: REVOKED_KEY,
          input: `${GOOD_KEY}\n`,
        });
        expect(result.code).toBe(0);
        expect(runner.reply(result)).toBe(REPLY);
        expect(requests().map((r) => [r.authorization, r.status])).toEqual([
          [`Bearer ${REVOKED_KEY}`, 401],
          [`Bearer ${GOOD_KEY}`, 200],
        ]);
        // The prompt never echoes the key.
        expect(result.stdout + result.stderr).not.toContain(GOOD_KEY);
      },
    );

    const noScript = HAS_SCRIPT ? '' : '(skipped: util-linux script is not installed) ';
    it.skipIf(!HAS_SCRIPT || Boolean(runner.skip))(
      title(runner, `${noScript}on a real terminal, the key typed in is not shown`),
      async () => {
        const result = await runOnTerminal(runner.script.commandLine(code()), {
          key: REVOKED_KEY,
          prompt: 'DeepSeek API key (hidden): ',
          answer: GOOD_KEY,
          env: runner.script.env(),
        });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain(REPLY);
        expect(result.stdout).not.toContain(GOOD_KEY.slice(3, 12));
        expect(requests().map((r) => r.status)).toEqual([401, 200]);
      },
    );

    t(title(runner, 'asks at once when the variable is unset'), async () => {
      const result = await runner.script.run(code(), { key: undefined, input: `${GOOD_KEY}\n` });
      expect(result.code).toBe(0);
      expect(runner.reply(result)).toBe(REPLY);
      expect(requests().map((r) => [r.authorization, r.status])).toEqual([
        [`Bearer ${GOOD_KEY}`, 200],
      ]);
    });

    t(title(runner, 'does not ask when the stored key works'), async () => {
      const result = await runner.script.run(code(), { key: GOOD_KEY });
      expect(result.code).toBe(0);
      expect(result.stdout + result.stderr).not.toContain('DeepSeek API key');
      expect(requests().map((r) => r.status)).toEqual([200]);
    });

    t(title(runner, 'fails when the key typed in is rejected too'), async () => {
      const result = await runner.script.run(code(), {
        key: REVOKED_KEY,
        input: `${REVOKED_KEY}\n`,
      });
      expect(result.code).not.toBe(0);
      expect(requests().map((r) => r.status)).toEqual([401, 401]);
    });

    more?.();
  });
}

/** The prevention: a start-up check that the key is set, well-formed and accepted. */
export function describeStartupCheck(runner: Runner) {
  const code = () => preventionCode(runner.language);
  const requests = () => runner.server.requests;
  const t = test(runner);
  describe(`${runner.name} prevention: the start-up check`, () => {
    t(title(runner, 'passes a valid key with one free GET /models'), async () => {
      const result = await runner.script.run(code(), { key: GOOD_KEY });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toBe(runner.startupOk);
      expect(requests().map((r) => [r.method, r.path, r.status])).toEqual([
        ['GET', '/models', 200],
      ]);
    });

    t.each([
      [undefined, `${notSet(runner)}.`],
      [SHORT_KEY, `${K} is malformed: 34 characters, expected sk- and 32 hex.`],
      [` ${GOOD_KEY}`, `${K} is malformed: 36 characters, expected sk- and 32 hex.`],
      [`${GOOD_KEY} `, `${K} is malformed: 36 characters, expected sk- and 32 hex.`],
    ])(title(runner, 'stops on %j before any request'), async (key, message) => {
      const result = await runner.script.run(code(), { key });
      expectStop(runner, result, message);
      expect(requests()).toEqual([]);
    });

    t(title(runner, 'names a revoked key by its last four characters only'), async () => {
      const result = await runner.script.run(code(), { key: REVOKED_KEY });
      expectStop(
        runner,
        result,
        `DeepSeek rejects ${K} (ends ${tail(REVOKED_KEY)}): create a new key.`,
      );
      expect(result.stdout + result.stderr).not.toContain(REVOKED_KEY);
      expect(requests().map((r) => r.status)).toEqual([401]);
    });
  });
}

/**
 * Every shared scenario for one runner: its fixed code, its workaround (unless `workaround` is
 * false: the runner tests its own) and its start-up check. `fixedCode` and `workaround` add the
 * runner's own tests to those blocks.
 */
export function describeScenarios(
  runner: Runner,
  more: { fixedCode?: () => void; workaround?: (() => void) | false } = {},
) {
  describeFixedCode(runner, more.fixedCode);
  if (more.workaround !== false) describeWorkaround(runner, more.workaround);
  describeStartupCheck(runner);
}
