import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CAUSE_IDS, type CauseId } from '../../src/domain/causes.ts';
import { CURRENT_MODELS, KEY_ENV_VAR } from '../../src/domain/deepseek-facts.ts';
import { parseErrorText } from '../../src/domain/parse-error-text.ts';
import {
  ERROR_AS_SEEN,
  preventionCode,
  workaroundCode,
} from '../../src/domain/reference-snippets.ts';
import { causeCode } from '../../src/domain/snippets.ts';
import { REPLY, startDeepSeekStandIn, type DeepSeekStandIn } from './deepseek-server.ts';
import {
  GOOD_KEY,
  OPENAI_KEY,
  REVOKED_KEY,
  ROOT,
  SHORT_KEY,
  local,
  run,
  scratchFile,
  type RunOptions,
  cleanScratch,
  HAS_SCRIPT,
  runOnTerminal,
} from './run.ts';

/**
 * The Node.js snippets, run for real with the installed `openai` package against a local
 * DeepSeek stand-in. OPENAI_BASE_URL points at the stand-in too, so that a snippet that forgets
 * DeepSeek's base URL still never reaches the internet.
 */
let server: DeepSeekStandIn;
/** Stands for api.openai.com: OPENAI_BASE_URL points here. */
let openai: DeepSeekStandIn;
beforeAll(async () => {
  server = await startDeepSeekStandIn();
  openai = await startDeepSeekStandIn({ as: 'openai' });
});
afterAll(async () => {
  cleanScratch('node');
  await server.close();
  await openai.close();
});
beforeEach(() => {
  server.requests.length = 0;
  openai.requests.length = 0;
});

let counter = 0;
function runNode(code: string, options: RunOptions = {}) {
  const file = scratchFile(
    'node',
    `snippet-${process.pid}-${counter++}.mjs`,
    local(code, server.baseURL),
  );
  return run(process.execPath, [file], {
    ...options,
    env: { OPENAI_BASE_URL: `${openai.baseURL}/v1`, ...options.env },
  });
}

const fixed = (cause: CauseId, model?: string) => causeCode(cause, 'node', model).fixed;
const broken = (cause: CauseId) => causeCode(cause, 'node').broken;

describe('fixed Node.js code', () => {
  it.each(CAUSE_IDS)('%s: the valid key gets an answer from DeepSeek', async (cause) => {
    const result = await runNode(fixed(cause), { key: GOOD_KEY });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(REPLY);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/chat/completions',
      authorization: `Bearer ${GOOD_KEY}`,
      model: CURRENT_MODELS[0],
      status: 200,
    });
  });

  it.each(CURRENT_MODELS)('names the model it is given: %s', async (model) => {
    const result = await runNode(fixed('not-passed', model), { key: GOOD_KEY });
    expect(result.code).toBe(0);
    expect(server.requests[0]?.model).toBe(model);
  });

  it.each(CAUSE_IDS.filter((cause) => cause !== 'revoked'))(
    "%s: a revoked key ends in DeepSeek's 401, tail included",
    async (cause) => {
      const result = await runNode(fixed(cause), { key: REVOKED_KEY });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(
        `401 Authentication Fails, Your api key: ****${REVOKED_KEY.slice(-4)} is invalid`,
      );
      expect(server.requests.map((r) => r.status)).toEqual([401]);
    },
  );

  it('a revoked key prints the 401 the way the reference shows it, and the app reads it back', async () => {
    const result = await runNode(fixed('not-passed'), { key: REVOKED_KEY });
    const tail = REVOKED_KEY.slice(-4);
    const shown = ERROR_AS_SEEN.node.replaceAll('****1a2b', `****${tail}`).split('\n');
    // The error line, the SDK's own frames and the error's fields are printed as shown.
    for (const line of shown.filter((l) =>
      /^(AuthenticationError| {2}[a-z]+: | {4}at (APIError|OpenAI)\.)/.test(l),
    )) {
      expect(result.stderr).toContain(
        line.replace('file:///app/', `file://${ROOT}`).replace('Headers {…},', 'Headers {'),
      );
    }
    expect(parseErrorText(result.stderr)).toMatchObject({
      status: 401,
      sdk: 'node-openai',
      echoedTail: tail,
    });
  });

  it('revoked: a revoked key ends in the snippet\'s own "create a new key" message', async () => {
    const result = await runNode(fixed('revoked'), { key: REVOKED_KEY });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      'DeepSeek rejected the key: create a new one at https://platform.deepseek.com/api_keys',
    );
    expect(server.requests.map((r) => r.status)).toEqual([401]);
  });

  it.each(['not-set', 'revoked', 'not-passed'] as const)(
    '%s: with the variable unset, it stops with its own message and sends nothing',
    async (cause) => {
      const result = await runNode(fixed(cause), { key: undefined });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`${KEY_ENV_VAR} is not set in this process`);
      expect(server.requests).toEqual([]);
    },
  );

  it.each([
    [`"${GOOD_KEY}"`, 'wrapping quotes from a .env line'],
    [`  ${GOOD_KEY}\n`, 'spaces and a newline'],
  ])('mistyped: %j (%s) is cleaned and accepted', async (key) => {
    const result = await runNode(fixed('mistyped'), { key });
    expect(result.code).toBe(0);
    expect(server.requests[0]?.authorization).toBe(`Bearer ${GOOD_KEY}`);
  });

  it.each([SHORT_KEY, GOOD_KEY.toUpperCase(), '', 'DEEPSEEK_API_KEY'])(
    'mistyped: %j fails fast on its shape, without a request',
    async (key) => {
      const result = await runNode(fixed('mistyped'), { key });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(
        `${KEY_ENV_VAR} has ${key.length} characters, not sk- and 32 hex`,
      );
      expect(server.requests).toEqual([]);
    },
  );
});

describe('broken Node.js code fails the way its cause says', () => {
  it('not-set: with the variable unset and no OPENAI_API_KEY, the SDK throws before any request', async () => {
    const result = await runNode(broken('not-set'), { key: undefined });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('OPENAI_API_KEY');
    expect(server.requests).toEqual([]);
  });

  it('not-set: with OPENAI_API_KEY set, that key is sent to DeepSeek instead', async () => {
    const result = await runNode(broken('not-set'), {
      key: undefined,
      env: { OPENAI_API_KEY: OPENAI_KEY },
    });
    expect(result.code).not.toBe(0);
    expect(server.requests[0]?.authorization).toBe(`Bearer ${OPENAI_KEY}`);
    expect(result.stderr).toContain(`****${OPENAI_KEY.slice(-4)} is invalid`);
  });

  it('mistyped: the hand-typed value is rejected', async () => {
    const result = await runNode(broken('mistyped'), { key: GOOD_KEY });
    expect(result.code).not.toBe(0);
    expect(server.requests.some((r) => r.authorization === `Bearer ${GOOD_KEY}`)).toBe(false);
  });

  it('revoked: the 401 is thrown as it comes, with no next step', async () => {
    const result = await runNode(broken('revoked'), { key: REVOKED_KEY });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('AuthenticationError');
    expect(result.stderr).not.toContain('create a new one');
  });

  it('not-passed: without OPENAI_API_KEY the SDK throws; DEEPSEEK_API_KEY is never read', async () => {
    const result = await runNode(broken('not-passed'), { key: GOOD_KEY });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('OPENAI_API_KEY');
    expect(server.requests).toEqual([]);
  });

  it('not-passed: with OPENAI_API_KEY set, the OpenAI key goes to OpenAI, DeepSeek sees nothing', async () => {
    const result = await runNode(broken('not-passed'), {
      key: GOOD_KEY,
      env: { OPENAI_API_KEY: OPENAI_KEY },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('401 Incorrect API key provided');
    expect(openai.requests).toHaveLength(1);
    expect(openai.requests[0]).toMatchObject({
      path: '/v1/chat/completions',
      authorization: `Bearer ${OPENAI_KEY}`,
    });
    expect(server.requests).toEqual([]);
  });
});

afterEach(() => {
  // Only the snippets that forget DeepSeek's base URL may reach the OpenAI stand-in.
  expect(openai.requests.every((r) => r.authorization !== `Bearer ${GOOD_KEY}`)).toBe(true);
});

describe('Node.js workaround: a new key for this run after a 401', () => {
  it('asks once the stored key is rejected, and succeeds with the key typed in', async () => {
    const result = await runNode(workaroundCode('node'), {
      key: REVOKED_KEY,
      input: `${GOOD_KEY}\n`,
    });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(REPLY);
    expect(server.requests.map((r) => [r.authorization, r.status])).toEqual([
      [`Bearer ${REVOKED_KEY}`, 401],
      [`Bearer ${GOOD_KEY}`, 200],
    ]);
    // The prompt never echoes the key.
    expect(result.stdout + result.stderr).not.toContain(GOOD_KEY);
  });

  const onTerminal = HAS_SCRIPT ? '' : '(skipped: util-linux script is not installed) ';
  it.skipIf(!HAS_SCRIPT)(
    `${onTerminal}on a real terminal, the key typed in is not shown`,
    async () => {
      const path = scratchFile(
        'node',
        'terminal.mjs',
        local(workaroundCode('node'), server.baseURL),
      );
      const result = await runOnTerminal(`${process.execPath} ${path}`, {
        key: REVOKED_KEY,
        prompt: 'DeepSeek API key (hidden): ',
        answer: GOOD_KEY,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(REPLY);
      expect(result.stdout).not.toContain(GOOD_KEY.slice(3, 12));
      expect(server.requests.map((r) => r.status)).toEqual([401, 200]);
    },
  );

  it.skipIf(!HAS_SCRIPT)(
    `${onTerminal}(control) a plain readline prompt does show it`,
    async () => {
      const echoing = workaroundCode('node').replace('output: silent', 'output: process.stderr');
      const path = scratchFile('node', 'echoing.mjs', local(echoing, server.baseURL));
      const result = await runOnTerminal(`${process.execPath} ${path}`, {
        key: REVOKED_KEY,
        prompt: 'DeepSeek API key (hidden): ',
        answer: GOOD_KEY,
      });
      expect(result.stdout).toContain(GOOD_KEY.slice(3, 12));
    },
  );

  it('asks at once when the variable is unset', async () => {
    const result = await runNode(workaroundCode('node'), {
      key: undefined,
      input: `${GOOD_KEY}\n`,
    });
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => r.status)).toEqual([200]);
  });

  it('does not ask when the stored key works', async () => {
    const result = await runNode(workaroundCode('node'), { key: GOOD_KEY });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('DeepSeek API key');
  });
});

describe('Node.js prevention: the start-up check', () => {
  it('passes a valid key with one free GET /models', async () => {
    const result = await runNode(preventionCode('node'), { key: GOOD_KEY });
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/models', 200],
    ]);
  });

  it.each([
    [undefined, `${KEY_ENV_VAR} is not set in this process.`],
    [SHORT_KEY, `${KEY_ENV_VAR} is malformed: 34 characters`],
    [` ${GOOD_KEY}`, `${KEY_ENV_VAR} is malformed: 36 characters`],
  ])('stops on %j before any request', async (key, message) => {
    const result = await runNode(preventionCode('node'), { key });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(message);
    expect(server.requests).toEqual([]);
  });

  it('names a revoked key by its last four characters only', async () => {
    const result = await runNode(preventionCode('node'), { key: REVOKED_KEY });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      `DeepSeek rejects ${KEY_ENV_VAR} (ends ${REVOKED_KEY.slice(-4)}): create a new key.`,
    );
    expect(result.stderr).not.toContain(REVOKED_KEY);
    expect(server.requests.map((r) => r.status)).toEqual([401]);
  });
});
