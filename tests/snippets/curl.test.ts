import { describe, expect, it } from 'vitest';
import type { CauseId } from '../../src/domain/causes.ts';
import { parseErrorText } from '../../src/domain/error/parse-error-text.ts';
import { ERROR_AS_SEEN } from '../../src/domain/snippets/reference-snippets.ts';
import { KEY_ENV_VAR } from '../../src/domain/deepseek-facts.ts';
import { causeCode } from '../../src/domain/snippets/snippets.ts';
import { BAD_FORMAT_MESSAGE } from '../mocks/deepseek.ts';
import { startDeepSeekStandIn } from './deepseek-server.ts';
import { GOOD_KEY, REVOKED_KEY } from './run.ts';
import { defineRunner, describeScenarios, scriptRunner, standInForFile } from './scenarios.ts';

/** The curl snippets, run with bash and the real curl against a local DeepSeek stand-in. */
const server = standInForFile({ folder: 'curl' });

const script = scriptRunner(server, 'curl', '.sh', ['bash']);
const runBash = script.run;

const tail = (key: string) => `****${key.slice(-4)} is invalid`;

const curl = defineRunner({
  name: 'curl',
  language: 'curl',
  server,
  script,
  // curl prints DeepSeek's JSON as it comes.
  reply: (result) =>
    (JSON.parse(result.stdout) as { choices: { message: { content: string } }[] }).choices[0]!
      .message.content,
  stopStatus: 1,
  scope: 'shell',
  // --fail-with-body: the body on stdout, curl's own "error: 401" on stderr.
  expectUncaught401: (result) => {
    expect(result.stdout).toContain(tail(REVOKED_KEY));
    expect(result.stderr).toContain('401');
  },
  startupOk: `${KEY_ENV_VAR} OK`,
});

const fixed = (cause: CauseId) => causeCode(cause, 'curl').fixed;
const broken = (cause: CauseId) => causeCode(cause, 'curl').broken;

function printsWhatTheReferenceShows() {
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
}

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

describeScenarios(curl, { fixedCode: printsWhatTheReferenceShows });
