import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CAUSE_IDS, type CauseId } from '../../src/domain/causes.ts';
import { CURRENT_MODELS, KEY_ENV_VAR } from '../../src/domain/deepseek-facts.ts';
import { parseErrorText } from '../../src/domain/parse-error-text.ts';
import {
  ERROR_AS_SEEN,
  preventionCode,
  workaroundCode,
} from '../../src/domain/reference-snippets.ts';
import { causeCode } from '../../src/domain/snippets.ts';
import { BAD_FORMAT_MESSAGE } from '../mocks/deepseek.ts';
import { REPLY, startDeepSeekStandIn, type DeepSeekStandIn } from './deepseek-server.ts';
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
} from './run.ts';

/** The curl snippets, run with bash and the real curl against a local DeepSeek stand-in. */
let server: DeepSeekStandIn;
beforeAll(async () => {
  server = await startDeepSeekStandIn();
});
afterAll(async () => {
  cleanScratch('curl');
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

const runBash = (code: string, options: RunOptions = {}) =>
  run('bash', ['-c', local(code, server.baseURL)], options);

const fixed = (cause: CauseId, model?: string) => causeCode(cause, 'curl', model).fixed;
const broken = (cause: CauseId) => causeCode(cause, 'curl').broken;
const tail = (key: string) => `****${key.slice(-4)} is invalid`;

describe('fixed curl code', () => {
  it.each(CAUSE_IDS)('%s: the valid key gets an answer from DeepSeek', async (cause) => {
    const result = await runBash(fixed(cause), { key: GOOD_KEY });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).choices[0].message.content).toBe(REPLY);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/chat/completions',
      authorization: `Bearer ${GOOD_KEY}`,
      model: CURRENT_MODELS[0],
    });
  });

  it.each(CURRENT_MODELS)('names the model it is given: %s', async (model) => {
    await runBash(fixed('not-passed', model), { key: GOOD_KEY });
    expect(server.requests[0]?.model).toBe(model);
  });

  it.each(['not-set', 'mistyped', 'not-passed'] as const)(
    "%s: a revoked key fails with DeepSeek's 401 body",
    async (cause) => {
      const result = await runBash(fixed(cause), { key: REVOKED_KEY });
      expect(result.code).not.toBe(0);
      expect(result.stdout).toContain(tail(REVOKED_KEY));
      expect(result.stderr).toContain('401');
    },
  );

  it('a revoked key prints exactly what the reference shows, and the app reads it back', async () => {
    const result = await runBash(fixed('not-passed'), { key: REVOKED_KEY });
    const printed = `${result.stdout}\n${result.stderr}`;
    expect(printed).toBe(ERROR_AS_SEEN.curl.replace('****1a2b', `****${REVOKED_KEY.slice(-4)}`));
    expect(parseErrorText(printed)).toMatchObject({
      status: 401,
      sdk: 'curl',
      echoedTail: REVOKED_KEY.slice(-4),
    });
  });

  it('revoked: a revoked key ends in the snippet\'s own "create a new key" message', async () => {
    const result = await runBash(fixed('revoked'), { key: REVOKED_KEY });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe(
      'DeepSeek rejected the key: create a new one at https://platform.deepseek.com/api_keys',
    );
    expect(server.requests.map((r) => r.status)).toEqual([401]);
  });

  it('not-set: with the variable unset, it stops with its own message and sends nothing', async () => {
    const result = await runBash(fixed('not-set'), { key: undefined });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe(
      `${KEY_ENV_VAR} is not set in this shell: set it, then run again.`,
    );
    expect(server.requests).toEqual([]);
  });

  it.each([`"${GOOD_KEY}"`, `  ${GOOD_KEY}\n`, `'${GOOD_KEY}'`])(
    'mistyped: %j is cleaned and accepted',
    async (key) => {
      const result = await runBash(fixed('mistyped'), { key });
      expect(result.code).toBe(0);
      expect(server.requests[0]?.authorization).toBe(`Bearer ${GOOD_KEY}`);
    },
  );

  it.each([SHORT_KEY, GOOD_KEY.toUpperCase(), ''])(
    'mistyped: %j fails fast on its shape, without a request',
    async (key) => {
      const result = await runBash(fixed('mistyped'), { key });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`has ${key.length} characters, not sk- and 32 hex`);
      expect(server.requests).toEqual([]);
    },
  );
});

describe('broken curl code fails the way its cause says', () => {
  it('not-set: an empty header value, and DeepSeek asks for "Bearer sk-..."', async () => {
    const result = await runBash(broken('not-set'), { key: undefined });
    expect(server.requests[0]?.authorization).toBe('Bearer');
    expect(result.stdout).toContain(BAD_FORMAT_MESSAGE);
  });

  it('mistyped: the hand-typed value is rejected', async () => {
    const result = await runBash(broken('mistyped'), { key: GOOD_KEY });
    expect(server.requests[0]?.status).toBe(401);
    expect(result.stdout).toContain('Authentication Fails');
  });

  it('revoked: exit status 0 although DeepSeek answered 401', async () => {
    const result = await runBash(broken('revoked'), { key: REVOKED_KEY });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(tail(REVOKED_KEY));
  });

  it('not-passed: the request copied from OpenAI sends the DeepSeek key to OpenAI', async () => {
    const openai = await startDeepSeekStandIn({ as: 'openai' });
    try {
      const code = broken('not-passed').replaceAll(
        'https://api.openai.com/v1',
        `${openai.baseURL}/v1`,
      );
      const result = await runBash(code, { key: GOOD_KEY });
      expect(openai.requests).toHaveLength(1);
      expect(openai.requests[0]).toMatchObject({
        path: '/v1/chat/completions',
        authorization: `Bearer ${GOOD_KEY}`,
      });
      expect(result.stdout).toContain('Incorrect API key provided');
      expect(server.requests).toEqual([]);
    } finally {
      await openai.close();
    }
  });
});

describe('curl workaround: a new key for this shell after a 401', () => {
  it('asks once the stored key is rejected, and succeeds with the key typed in', async () => {
    const result = await runBash(workaroundCode('curl'), {
      key: REVOKED_KEY,
      input: `${GOOD_KEY}\n`,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).choices[0].message.content).toBe(REPLY);
    expect(server.requests.map((r) => [r.authorization, r.status])).toEqual([
      [`Bearer ${REVOKED_KEY}`, 401],
      [`Bearer ${GOOD_KEY}`, 200],
    ]);
    expect(result.stdout + result.stderr).not.toContain(GOOD_KEY);
  });

  it.skipIf(!HAS_SCRIPT)(
    `${HAS_SCRIPT ? '' : '(skipped: util-linux script is not installed) '}on a real terminal, the key typed in is not shown`,
    async () => {
      const path = scratchFile(
        'curl',
        'workaround.sh',
        local(workaroundCode('curl'), server.baseURL),
      );
      const result = await runOnTerminal(`bash ${path}`, {
        key: REVOKED_KEY,
        prompt: 'DeepSeek API key (hidden): ',
        answer: GOOD_KEY,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(REPLY);
      expect(result.stdout).not.toContain(GOOD_KEY.slice(3, 12));
    },
  );

  it('asks at once when the variable is unset', async () => {
    const result = await runBash(workaroundCode('curl'), {
      key: undefined,
      input: `${GOOD_KEY}\n`,
    });
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => r.status)).toEqual([200]);
  });

  it('fails when the key typed in is rejected too', async () => {
    const result = await runBash(workaroundCode('curl'), {
      key: REVOKED_KEY,
      input: `${REVOKED_KEY}\n`,
    });
    expect(result.code).not.toBe(0);
    expect(server.requests.map((r) => r.status)).toEqual([401, 401]);
  });
});

describe('curl prevention: the start-up check', () => {
  it('passes a valid key with one free GET /models', async () => {
    const result = await runBash(preventionCode('curl'), { key: GOOD_KEY });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`${KEY_ENV_VAR} OK`);
    expect(server.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/models', 200],
    ]);
  });

  it.each([
    [undefined, `${KEY_ENV_VAR} is not set in this shell.`],
    [SHORT_KEY, `${KEY_ENV_VAR} is malformed: 34 characters`],
    [`${GOOD_KEY} `, `${KEY_ENV_VAR} is malformed: 36 characters`],
  ])('stops on %j before any request', async (key, message) => {
    const result = await runBash(preventionCode('curl'), { key });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(message);
    expect(server.requests).toEqual([]);
  });

  it('names a revoked key by its last four characters only', async () => {
    const result = await runBash(preventionCode('curl'), { key: REVOKED_KEY });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe(
      `DeepSeek rejects ${KEY_ENV_VAR} (ends ${REVOKED_KEY.slice(-4)}): create a new key.`,
    );
  });
});
