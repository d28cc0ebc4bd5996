import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SDK_CLIENTS } from '../../src/domain/snippets/sdk-clients.ts';
import { workaroundCode } from '../../src/domain/snippets/reference-snippets.ts';
import { REVOKED_KEY, SCRATCH, local, run, scratchFile, warnNotRun } from './run.ts';
import { describeBrokenHttp, describeCodeCheck } from './http-broken.ts';
import { parseWith } from './parsers.ts';
import {
  defineRunner,
  describeFixedCode,
  describeStartupCheck,
  standInForFile,
  type Script,
} from './scenarios.ts';

/**
 * The Go snippets (net/http, standard library only), built with the installed Go and run against
 * a local DeepSeek stand-in. The workaround (golang.org/x/term) and go-openai need modules that
 * cannot be downloaded here: they are parsed with gofmt. Without Go every test is skipped and the
 * run prints a notice.
 */
const HAS_GO = spawnSync('go', ['version']).status === 0;
if (!HAS_GO) warnNotRun('Go snippets', 'go (golang-go) is not installed');

const FOLDER = 'go';
const server = standInForFile({ folder: FOLDER, when: HAS_GO });

/** Builds each distinct program once (go build caches little for a new main package). */
const binaries = new Map<string, string>();
let counter = 0;
async function binary(code: string): Promise<string> {
  const source = local(code, server.baseURL);
  const known = binaries.get(source);
  if (known) return known;
  const file = scratchFile(FOLDER, `snippet-${counter}.go`, source);
  const out = join(SCRATCH, FOLDER, `snippet-${counter++}`);
  const built = await run('go', ['build', '-o', out, file], {
    env: { GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTELEMETRY: 'off' },
  });
  if (built.code !== 0) throw new Error(`go build failed: ${built.stderr}`);
  binaries.set(source, out);
  return out;
}

const script: Script = {
  run: async (code, options = {}) => run(await binary(code), [], options),
  commandLine: () => {
    throw new Error('The Go workaround is not run here.');
  },
  env: () => ({}),
};

const go = defineRunner({
  name: 'Go',
  language: 'go',
  server,
  script,
  skip: HAS_GO ? undefined : 'go is not installed',
  stopStatus: 1,
  scope: 'process',
  unsetCauses: ['not-set', 'revoked', 'not-passed'],
  expectUncaught401: (result) =>
    expect(result.stderr).toContain(
      `HTTP 401: {"error":{"message":"Authentication Fails, Your api key: ****${REVOKED_KEY.slice(-4)} is invalid"`,
    ),
});

describeBrokenHttp(go);
describeCodeCheck(go, 'resp, err := http.DefaultClient.Do(req)');
describeFixedCode(go);
describeStartupCheck(go);

describe('Go code that needs modules', () => {
  it('the workaround (golang.org/x/term) and the go-openai set-up parse and are gofmt-formatted', () => {
    for (const code of [workaroundCode('go'), SDK_CLIENTS.go.code('deepseek-flash')]) {
      expect(parseWith('go', code)).toEqual({ ok: true, error: '' });
    }
    expect(SDK_CLIENTS.go.code('deepseek-flash')).toContain(
      'config.BaseURL = "https://api.deepseek.com/v1"',
    );
  });
});
