import { afterEach, describe, expect, it } from 'vitest';
import type { CauseId } from '../../src/domain/causes.ts';
import { parseErrorText } from '../../src/domain/error/parse-error-text.ts';
import { ERROR_AS_SEEN, workaroundCode } from '../../src/domain/snippets/reference-snippets.ts';
import { causeCode } from '../../src/domain/snippets/snippets.ts';
import { REPLY } from './deepseek-server.ts';
import { GOOD_KEY, HAS_SCRIPT, OPENAI_KEY, REVOKED_KEY, ROOT, runOnTerminal } from './run.ts';
import { defineRunner, describeScenarios, scriptRunner, standInForFile } from './scenarios.ts';

/**
 * The Node.js snippets, run for real with the installed `openai` package against a local
 * DeepSeek stand-in. OPENAI_BASE_URL points at the stand-in too, so that a snippet that forgets
 * DeepSeek's base URL still never reaches the internet.
 */
const server = standInForFile({ folder: 'node' });
/** Stands for api.openai.com: OPENAI_BASE_URL points here. */
const openai = standInForFile({ as: 'openai' });

const script = scriptRunner(server, 'node', '.mjs', [process.execPath], () => ({
  OPENAI_BASE_URL: `${openai.baseURL}/v1`,
}));
const runNode = script.run;

const node = defineRunner({
  name: 'Node.js',
  language: 'node',
  server,
  script,
  // An uncaught Error: its message comes within the stack Node.js prints, and exit status 1.
  exact: false,
  stopStatus: 1,
  scope: 'process',
  unsetCauses: ['not-set', 'revoked', 'not-passed'],
  expectUncaught401: (result) =>
    expect(result.stderr).toContain(
      `401 Authentication Fails, Your api key: ****${REVOKED_KEY.slice(-4)} is invalid`,
    ),
});

const fixed = (cause: CauseId) => causeCode(cause, 'node').fixed;
const broken = (cause: CauseId) => causeCode(cause, 'node').broken;

afterEach(() => {
  // Only the snippets that forget DeepSeek's base URL may reach the OpenAI stand-in.
  expect(openai.requests.every((r) => r.authorization !== `Bearer ${GOOD_KEY}`)).toBe(true);
});

/** Within 'fixed Node.js code'. */
function printsWhatTheReferenceShows() {
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
}

describe('broken Node.js code fails the way its cause says', () => {
  it.each<[CauseId, string | undefined, string]>([
    ['not-set', undefined, 'with the variable unset and no OPENAI_API_KEY'],
    ['not-passed', GOOD_KEY, 'DEEPSEEK_API_KEY set but never read, no OPENAI_API_KEY'],
  ])('%s: the SDK throws before any request (%s)', async (cause, key) => {
    const result = await runNode(broken(cause), { key });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('OPENAI_API_KEY');
    expect(server.requests).toEqual([]);
    expect(openai.requests).toEqual([]);
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

/** Within 'Node.js workaround'. */
function controlPromptShowsTheKey() {
  it.skipIf(!HAS_SCRIPT)(
    `${HAS_SCRIPT ? '' : '(skipped: util-linux script is not installed) '}(control) a plain readline prompt does show it`,
    async () => {
      const echoing = workaroundCode('node').replace('output: silent', 'output: process.stderr');
      const result = await runOnTerminal(script.commandLine(echoing), {
        key: REVOKED_KEY,
        prompt: 'DeepSeek API key (hidden): ',
        answer: GOOD_KEY,
      });
      expect(result.stdout).toContain(GOOD_KEY.slice(3, 12));
      expect(result.stdout).toContain(REPLY);
    },
  );
}

describeScenarios(node, {
  fixedCode: printsWhatTheReferenceShows,
  workaround: controlPromptShowsTheKey,
});
