import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, type CauseId } from '../../src/domain/causes.ts';
import {
  diagnose,
  inOtherWords,
  type Evidence,
  type NotAuthKind,
  type Standing,
} from '../../src/domain/diagnosis/diagnose.ts';
import { en } from '../../src/i18n/en.ts';
import { lintKey } from '../../src/domain/key/key-lint.ts';
import type { KeyTestOutcome } from '../../src/domain/key-test/key-test-outcome.ts';
import { lintCode } from '../../src/domain/code/lint-code.ts';
import { parseErrorText } from '../../src/domain/error/parse-error-text.ts';
import { configLint, readConfig } from '../../src/domain/config/read-config.ts';
import { ERROR_CORPUS } from './error-corpus.ts';

const KEY = 'sk-0123456789abcdef0123456789abcdef';
const timed = { latencyMs: 120, viaRelay: false };
const valid: KeyTestOutcome = {
  ...timed,
  kind: 'valid',
  models: ['deepseek-flash'],
  balance: null,
};
const rejected = (echoedTail: string | null): KeyTestOutcome => ({
  ...timed,
  kind: 'unauthorized',
  status: 401,
  message: `Authentication Fails, Your api key: ****${echoedTail} is invalid`,
  variant: 'invalid-key',
  echoedTail,
  requestId: null,
});
const blocked: KeyTestOutcome = { ...timed, kind: 'network-blocked', offline: false };
const balance: KeyTestOutcome = {
  ...timed,
  kind: 'insufficient-balance',
  status: 402,
  message: 'Insufficient Balance',
};

const py401 = (tail: string) =>
  `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****${tail} is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`;
const openAi401 =
  "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-01234***************************cdef. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error'}}";
const noKey =
  'openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable';

const GOOD_CODE =
  'import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")\n';
const GETENV_CODE =
  'import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")\n';
const NO_CLIENT_ARGS = 'from openai import OpenAI\nclient = OpenAI()\n';
const DOTENV_UNCALLED =
  'import os\nfrom dotenv import load_dotenv\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")\n';

interface Case {
  name: string;
  evidence: Evidence;
  likely: CauseId | null;
  standings: Partial<Record<CauseId, Standing>>;
  keyWorks?: boolean;
  notAuth?: NotAuthKind | null;
  /** Reason codes that must be given, per cause. */
  reasons?: Partial<Record<CauseId, string[]>>;
  /** Reason codes that must not be given, per cause. */
  notReasons?: Partial<Record<CauseId, string[]>>;
  notes?: string[];
}

const CASES: Case[] = [
  {
    name: 'no evidence at all',
    evidence: {},
    likely: null,
    standings: {
      'not-set': 'unknown',
      mistyped: 'unknown',
      revoked: 'unknown',
      'not-passed': 'unknown',
    },
    keyWorks: false,
    notAuth: null,
  },
  {
    name: 'pasted error echoes the pasted key’s tail, key well-formed: revoked',
    evidence: { parsedError: parseErrorText(py401('cdef')), keyLint: lintKey(KEY) },
    likely: 'revoked',
    standings: { 'not-set': 'ruled-out', 'not-passed': 'ruled-out', mistyped: 'possible' },
    reasons: { 'not-set': ['error-key-received'], 'not-passed': ['error-tail-matches'] },
  },
  {
    name: 'pasted error echoes another tail than the pasted key: the code sends another key',
    evidence: { parsedError: parseErrorText(py401('9a9a')), keyLint: lintKey(KEY) },
    likely: 'not-passed',
    standings: { 'not-set': 'ruled-out' },
    reasons: { 'not-passed': ['tail-different-key'] },
  },
  {
    name: 'pasted error alone, a plain tail: no single cause, but the key is set',
    evidence: { parsedError: parseErrorText(py401('7f3a')) },
    likely: null,
    standings: {
      'not-set': 'ruled-out',
      mistyped: 'possible',
      revoked: 'possible',
      'not-passed': 'possible',
    },
    reasons: { 'not-set': ['error-key-received'] },
  },
  {
    name: 'live test passes, the pasted error is a 401: the code does not send this key',
    evidence: { keyTest: valid, keyLint: lintKey(KEY), parsedError: parseErrorText(py401('_KEY')) },
    likely: 'not-passed',
    standings: { mistyped: 'ruled-out', revoked: 'ruled-out' },
    keyWorks: true,
    reasons: { 'not-passed': ['test-key-works-code', 'tail-variable-name'] },
  },
  {
    name: "code with another provider's key written in it: the wrong key",
    evidence: {
      code: lintCode(
        `from openai import OpenAI\nclient = OpenAI(api_key="gsk_${'A1b2C3d4E5'.repeat(3)}", base_url="https://api.deepseek.com")\n`,
      ),
    },
    likely: 'mistyped',
    standings: {},
    reasons: { mistyped: ['lint-other-provider'] },
    notReasons: { revoked: ['code-hard-coded-key'] },
  },
  {
    name: 'live test passes, the pasted 401 echoes the same tail: no cause is singled out',
    evidence: { keyTest: valid, keyLint: lintKey(KEY), parsedError: parseErrorText(py401('cdef')) },
    likely: null,
    standings: {
      'not-set': 'ruled-out',
      mistyped: 'ruled-out',
      revoked: 'ruled-out',
      'not-passed': 'ruled-out',
    },
    keyWorks: true,
    reasons: { 'not-passed': ['error-tail-matches'], 'not-set': ['error-key-received'] },
    notReasons: {
      'not-passed': ['test-key-works-code', 'key-works-code-fails'],
      'not-set': ['test-key-works-env'],
      revoked: ['error-rejected-well-formed'],
    },
    notes: ['key-works-same-tail'],
  },
  {
    name: 'live test passes, yet the SDK found no key: the code or its environment',
    evidence: { keyTest: valid, keyLint: lintKey(KEY), parsedError: parseErrorText(noKey) },
    likely: 'not-passed',
    standings: { 'not-set': 'possible', mistyped: 'ruled-out', revoked: 'ruled-out' },
    keyWorks: true,
    reasons: { 'not-passed': ['key-works-code-fails'], 'not-set': ['error-no-key'] },
  },
  {
    name: 'live test passes alone',
    evidence: { keyTest: valid, keyLint: lintKey(KEY) },
    likely: 'not-passed',
    standings: { 'not-set': 'possible', mistyped: 'ruled-out', revoked: 'ruled-out' },
    keyWorks: true,
  },
  {
    name: 'live test: a well-formed key rejected',
    evidence: { keyTest: rejected('cdef'), keyLint: lintKey(KEY) },
    likely: 'revoked',
    standings: {},
    reasons: { revoked: ['test-rejected-well-formed'] },
  },
  {
    name: 'live test: a key with a trailing space rejected',
    evidence: { keyTest: rejected('cdef'), keyLint: lintKey(`${KEY} `) },
    likely: 'mistyped',
    standings: {},
  },
  {
    name: 'live test: 402 means the key works and the problem is the balance',
    evidence: { keyTest: balance, keyLint: lintKey(KEY) },
    likely: null,
    standings: { mistyped: 'ruled-out', revoked: 'ruled-out' },
    keyWorks: true,
    notAuth: 'insufficient-balance',
  },
  {
    name: 'key lint alone: another provider’s key',
    evidence: { keyLint: lintKey(`gsk_${'a1B2'.repeat(13)}`) },
    likely: 'mistyped',
    standings: {},
    reasons: { mistyped: ['lint-other-provider'] },
  },
  {
    name: 'key lint alone: a clean DeepSeek key says little',
    evidence: { keyLint: lintKey(KEY) },
    likely: null,
    standings: { mistyped: 'possible', 'not-set': 'unknown' },
    reasons: { mistyped: ['lint-shape-ok'] },
  },
  {
    name: 'code alone: client built without key and base URL',
    evidence: { code: lintCode(NO_CLIENT_ARGS) },
    likely: 'not-passed',
    standings: {},
    reasons: { 'not-passed': ['code-no-api-key', 'code-no-base-url'] },
  },
  {
    name: 'code alone: dotenv imported, never called',
    evidence: { code: lintCode(DOTENV_UNCALLED) },
    likely: 'not-set',
    standings: { 'not-passed': 'ruled-out' },
    reasons: { 'not-set': ['code-dotenv-not-loaded'], 'not-passed': ['code-passes-key'] },
  },
  {
    name: 'correct code and a 401: not the variable, not the client',
    evidence: { code: lintCode(GOOD_CODE), parsedError: parseErrorText(py401('7f3a')) },
    likely: null,
    standings: {
      'not-set': 'ruled-out',
      'not-passed': 'ruled-out',
      mistyped: 'possible',
      revoked: 'possible',
    },
    reasons: { 'not-set': ['error-key-received', 'code-environ-set'] },
  },
  {
    name: 'no key reached the client, and the code passes none',
    evidence: { parsedError: parseErrorText(noKey), code: lintCode(NO_CLIENT_ARGS) },
    likely: 'not-passed',
    standings: { mistyped: 'ruled-out', revoked: 'ruled-out', 'not-set': 'possible' },
  },
  {
    name: 'no key reached the client, and the code reads DEEPSEEK_API_KEY with getenv',
    evidence: { parsedError: parseErrorText(noKey), code: lintCode(GETENV_CODE) },
    likely: 'not-set',
    standings: { 'not-passed': 'ruled-out', mistyped: 'ruled-out', revoked: 'ruled-out' },
    reasons: { 'not-set': ['error-no-key', 'code-getenv-none'] },
  },
  {
    name: 'OpenAI rejected the key, and the live test says the key is revoked: fix the URL first',
    evidence: {
      parsedError: parseErrorText(openAi401),
      keyTest: rejected('cdef'),
      keyLint: lintKey(KEY),
    },
    likely: 'not-passed',
    standings: { revoked: 'possible', 'not-set': 'ruled-out' },
  },
  {
    name: 'OpenAI rejected the key, no test: the key cannot be judged',
    evidence: { parsedError: parseErrorText(openAi401) },
    likely: 'not-passed',
    standings: { mistyped: 'unknown', revoked: 'unknown', 'not-set': 'ruled-out' },
    reasons: { mistyped: ['error-openai-cannot-judge'] },
  },
  {
    name: 'a blocked live test adds nothing; the pasted error decides',
    evidence: { keyTest: blocked, keyLint: lintKey(KEY), parsedError: parseErrorText(openAi401) },
    likely: 'not-passed',
    standings: {},
  },
  {
    name: 'a 402 in the pasted error: not an authentication problem',
    evidence: {
      parsedError: parseErrorText(
        "openai.APIStatusError: Error code: 402 - {'error': {'message': 'Insufficient Balance'}}",
      ),
    },
    likely: null,
    standings: {
      'not-set': 'ruled-out',
      mistyped: 'ruled-out',
      revoked: 'ruled-out',
      'not-passed': 'ruled-out',
    },
    keyWorks: true,
    notAuth: 'insufficient-balance',
  },
  {
    name: 'a quote in the echoed tail beats a working key: quotes in .env',
    evidence: {
      keyTest: valid,
      keyLint: lintKey(KEY),
      parsedError: parseErrorText(
        `openai.AuthenticationError: Error code: 401 - {'error': {'message': "Authentication Fails, Your api key: ****def' is invalid"}}`,
      ),
    },
    likely: 'mistyped',
    standings: { revoked: 'ruled-out' },
    keyWorks: true,
  },
];

describe('diagnose: table', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const diagnosis = diagnose(c.evidence);
    expect(diagnosis.likely).toBe(c.likely);
    const byCause = Object.fromEntries(diagnosis.causes.map((view) => [view.cause, view]));
    for (const [cause, standing] of Object.entries(c.standings)) {
      expect(byCause[cause]?.standing, cause).toBe(standing);
    }
    if (c.likely) {
      expect(diagnosis.causes[0]).toMatchObject({ cause: c.likely, standing: 'likely' });
    }
    for (const [cause, codes] of Object.entries(c.reasons ?? {})) {
      const given = byCause[cause]?.reasons.map((r) => r.code);
      for (const code of codes) expect(given, `${cause} gives ${code}`).toContain(code);
    }
    for (const [cause, codes] of Object.entries(c.notReasons ?? {})) {
      const given = byCause[cause]?.reasons.map((r) => r.code);
      for (const code of codes) expect(given, `${cause} gives ${code}`).not.toContain(code);
    }
    if (c.notes) expect(diagnosis.notes.map((r) => r.code)).toEqual(c.notes);
    if (c.keyWorks !== undefined) expect(diagnosis.keyWorks).toBe(c.keyWorks);
    if (c.notAuth !== undefined) expect(diagnosis.notAuth).toBe(c.notAuth);
  });
});

describe('diagnose: invariants', () => {
  const everyEvidence: Evidence[] = [
    ...CASES.map((c) => c.evidence),
    ...ERROR_CORPUS.map((entry) => ({ parsedError: parseErrorText(entry.text) })),
  ];

  it('always lists the four causes once, ranked, with one likely at most', () => {
    for (const evidence of everyEvidence) {
      const diagnosis = diagnose(evidence);
      expect([...diagnosis.causes.map((c) => c.cause)].sort()).toEqual([...CAUSE_IDS].sort());
      const likely = diagnosis.causes.filter((c) => c.standing === 'likely');
      expect(likely.length).toBeLessThanOrEqual(1);
      expect(likely[0]?.cause ?? null).toBe(diagnosis.likely);
      const order = ['likely', 'possible', 'unknown', 'ruled-out'];
      const ranks = diagnosis.causes.map((c) => order.indexOf(c.standing));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('is deterministic', () => {
    for (const evidence of everyEvidence) {
      expect(diagnose(evidence)).toEqual(diagnose(structuredClone(evidence)));
    }
  });

  it('gives every ruled-out cause a reason, and every reason a sentence', () => {
    for (const evidence of everyEvidence) {
      const diagnosis = diagnose(evidence);
      for (const view of diagnosis.causes) {
        if (view.standing === 'ruled-out' || view.standing === 'likely') {
          expect(view.reasons.length).toBeGreaterThan(0);
        }
        for (const reason of [...view.reasons, ...diagnosis.notes]) {
          expect(en).toHaveProperty([`diagnosis.reason.${reason.code}`]);
        }
      }
    }
  });
});

describe('diagnose: a key that works only once cleaned', () => {
  const quoted = lintKey(`"${KEY}"`);

  it('points at the quotes where the variable is set, not away from "mistyped"', () => {
    const d = diagnose({ keyLint: lintKey(KEY), keyTest: valid, keyCleaned: true });
    expect(d.likely).toBe('mistyped');
    expect(d.keyWorks).toBe(true);
    expect(d.causes.find((c) => c.cause === 'revoked')?.standing).toBe('ruled-out');
    expect(quoted.cleaned).toBe(KEY);
  });

  it('still rules "mistyped" out for a key pasted clean', () => {
    const d = diagnose({ keyLint: lintKey(KEY), keyTest: valid, keyCleaned: false });
    expect(d.causes.find((c) => c.cause === 'mistyped')?.standing).toBe('ruled-out');
  });
});

describe('diagnose: code that reads the key from a variable of its own name', () => {
  const code = lintCode(
    'import os, requests\nDS_KEY = os.environ["DS_KEY"]\nr = requests.post("https://api.deepseek.com/chat/completions", headers={"Authorization": f"Bearer {DS_KEY}"})\n',
  );

  it('is a question, not a likely cause, with no error', () => {
    expect(code.findings.map((f) => f.code)).toContain('env-var-name');
    expect(diagnose({ code }).likely).toBeNull();
  });

  it('weighs nothing once DeepSeek echoed a key’s end: the variable held a key', () => {
    const parsedError = parseErrorText(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****1a2b is invalid'}}",
    );
    const d = diagnose({ code, parsedError });
    expect(d.likely).toBeNull();
    expect(d.notes.map((n) => n.code)).toContain('code-env-var-name');
  });
});

describe('diagnose: an answer that is not DeepSeek’s says nothing of the DeepSeek key', () => {
  it('a 200 logged for another host’s URL is no key test (Dify’s plugin daemon)', () => {
    const parsedError = parseErrorText(
      'can not call the deepseek API with authentication_error\n2026-07-24 07:27:41,576 INFO [_client.py:1025] - HTTP Request: POST http://dify-plugin-daemon:5002/plugin/fa99/dispatch/llm/invoke "HTTP/1.1 200 OK"',
    );
    expect(parsedError.kind).not.toBe('key-accepted');
    expect(diagnose({ parsedError }).likely).toBeNull();
  });

  it('a 429 in another service’s words: not an authentication problem, the key not vouched for', () => {
    const d = diagnose({
      parsedError: parseErrorText(
        '"you\'ve reached your hourly usage limit, please wait or upgrade to continue"',
      ),
    });
    expect(d.notAuth).toBe('rate-limited');
    expect(d.keyWorks).toBe(false);
  });

  it('DeepSeek’s own 402: its key works', () => {
    const d = diagnose({
      parsedError: parseErrorText(
        "openai.APIStatusError: Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error'}}",
      ),
    });
    expect(d.notAuth).toBe('insufficient-balance');
    expect(d.keyWorks).toBe(true);
  });
});

describe('diagnose: a reference a tool the page does not know sent as written', () => {
  it('reads DeepSeek’s echo of its end as the name sent, not a key refused', () => {
    const config = readConfig(
      'providers:\n  deepseek:\n    api_key: ${env:DEEPSEEK_API_KEY}\n',
      'yaml',
    );
    expect(config.findings.map((f) => f.code)).toContain('config-key-reference');
    const d = diagnose({
      parsedError: parseErrorText(
        '401 {"error":{"message":"Authentication Fails, Your api key: ****KEY} is invalid"}}',
      ),
      code: configLint(config),
    });
    expect(d.causes.flatMap((c) => c.reasons.map((r) => r.code))).toContain(
      'error-name-sent-unset',
    );
  });
});

describe('inOtherWords: a 401 that is not DeepSeek’s', () => {
  it('is a library’s status line for another host’s URL, not for DeepSeek’s', () => {
    const line = (url: string) =>
      parseErrorText(
        `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: ${url}`,
      );
    expect(inOtherWords(line('https://ai-gw.corp.example.com/deepseek/v1/chat/completions'))).toBe(
      true,
    );
    expect(inOtherWords(line('https://api.deepseek.com/chat/completions'))).toBe(false);
  });
});

describe('diagnose: a program started with sudo', () => {
  const reasonsOf = (text: string) =>
    diagnose({ parsedError: parseErrorText(text) }).causes.flatMap((c) =>
      c.cause === 'not-set' ? c.reasons.map((r) => r.code) : [],
    );

  it('says sudo left the shell’s variables behind, where the key is missing', () => {
    const text =
      "$ sudo docker compose up\nWARN[0000] The \"DEEPSEEK_API_KEY\" variable is not set. Defaulting to a blank string.\nbot-api-1  | openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails (auth header format should be Bearer sk-...)'}}";
    expect(parseErrorText(text).signs).toContain('sudo-run');
    expect(reasonsOf(text)).toContain('error-sudo-env');
  });

  it('says nothing of sudo -E, which keeps them', () => {
    const text =
      "$ sudo -E docker compose up\nbot-api-1  | openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails (auth header format should be Bearer sk-...)'}}";
    expect(parseErrorText(text).signs).not.toContain('sudo-run');
  });
});

const NO_SUCH_USER =
  "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails (no such user)', 'type': 'authentication_error'}}";

describe('diagnose: the reporter’s words rank a cause first, never likely', () => {
  it('above a message that weighs other causes: a deleted key the app still sends', () => {
    const words = `${NO_SUCH_USER}\nI deleted my old key in the console and made a new one; the app still uses the old key.`;
    const diagnosis = diagnose({ parsedError: parseErrorText(words) });
    expect(diagnosis.top).toBe('not-passed');
    expect(diagnosis.likely).toBeNull();
  });

  it('the message alone keeps its own order', () => {
    expect(diagnose({ parsedError: parseErrorText(NO_SUCH_USER) }).top).toBe('mistyped');
  });
});

describe('diagnose: a key written in the code leans, it never tips a cause to likely', () => {
  it('beside “no such user” it ranks “revoked” no higher than “mistyped”', () => {
    const code = lintCode(
      'from openai import OpenAI\nclient = OpenAI(api_key="sk-0c2b9e4f7a1d4e8c9b3a6f5d2e1c7b40", base_url="https://api.deepseek.com")\n',
    );
    const diagnosis = diagnose({ parsedError: parseErrorText(NO_SUCH_USER), code });
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.causes.find((c) => c.cause === 'revoked')?.standing).toBe('possible');
  });
});

describe('diagnose: beside an error that shows no failed authentication, code ranks only', () => {
  // Aider-AI/aider#3036: "0 tokens received" during an outage, beside a misnamed variable.
  const code = lintCode(
    'setx DEEP_SEEK_API_KEY "sk-xxxxxxxxxx"\naider --model deepseek/deepseek-flash\n',
  );
  it('gives the finding under “not set” and marks nothing likely', () => {
    const diagnosis = diagnose({
      parsedError: parseErrorText('it sits then gives no output, and shows 0 tokens received'),
      code,
    });
    const notSet = diagnosis.causes.find((view) => view.cause === 'not-set');
    expect(notSet?.reasons.map((r) => r.code)).toContain('code-set-name-differs');
    expect(diagnosis.likely).toBeNull();
  });
  it('marks it likely with no error pasted, or beside a failed authentication', () => {
    expect(diagnose({ code }).likely).toBe('not-set');
    const governor = parseErrorText(
      'litellm.AuthenticationError: DeepseekException - Authentication Fails (governor)',
    );
    expect(diagnose({ parsedError: governor, code }).likely).toBe('not-set');
  });
});

describe('diagnose: a retired model beside an answer that is not about the key', () => {
  const code = lintCode(
    'import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")\nclient.chat.completions.create(model="deepseek-chat", messages=[])\n',
  );
  const codesOf = (text: string) =>
    diagnose({ parsedError: parseErrorText(text), code }).notes.map((n) => n.code);

  it('says DeepSeek answers 400 for it, not “after the key is fixed”, where DeepSeek took the key', () => {
    const codes = codesOf(
      "openai.APIStatusError: Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error'}}",
    );
    expect(codes).toContain('code-retired-model-now');
    expect(codes).not.toContain('code-retired-model');
  });

  it('says nothing of it for an embeddings call, which no DeepSeek model serves', () => {
    const codes = codesOf(
      "httpx.HTTPStatusError: Client error '404 Not Found' for url 'https://api.deepseek.com/v1/embeddings'",
    );
    expect(codes.filter((c) => c.startsWith('code-retired-model'))).toEqual([]);
  });
});

describe('diagnose: “Connection error.” beside a .env that leaves the key empty', () => {
  it('is the empty key refused as a header, not a network problem', () => {
    const code = lintCode(
      '# .env\nDEEPSEEK_API_KEY=\n\n# server.py\nimport os\nfrom dotenv import load_dotenv\nfrom openai import OpenAI\nload_dotenv()\nclient = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")\n',
    );
    const parsedError = parseErrorText('Error calling DeepSeek: Connection error.');
    const diagnosis = diagnose({ parsedError, code });
    expect(diagnosis.notAuth).toBeNull();
    expect(diagnosis.top).toBe('not-set');
  });
});

describe('diagnose: a .env key that is not the one DeepSeek echoed, loaded by load_dotenv()', () => {
  const NEW = 'sk-107e4ec1858cb7cbb74df71197f3e93f';
  const source = (call: string) =>
    `# .env\nDEEPSEEK_API_KEY=${NEW}\n\n# agent.py\nimport os\nfrom dotenv import load_dotenv\nfrom openai import OpenAI\n${call}\nclient = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")\n`;
  const parsedError = parseErrorText(
    "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****a41c is invalid', 'type': 'authentication_error'}}",
  );
  const reasons = (call: string) =>
    diagnose({ parsedError, code: lintCode(source(call)) }).causes.flatMap((c) =>
      c.reasons.map((r) => r.code),
    );

  it('says an older key already set wins over the .env (huggingface/ml-intern#120)', () => {
    expect(reasons('load_dotenv()')).toContain('code-dotenv-kept-old');
  });

  it('says nothing of it where load_dotenv overrides', () => {
    expect(reasons('load_dotenv(override=True)')).not.toContain('code-dotenv-kept-old');
  });
});

describe('diagnose: DeepSeek’s model list beside a 401', () => {
  it('ranks “not passed” first: the key sent with curl works', () => {
    const text =
      'Your api key: ****ired is invalid\n$ curl https://api.deepseek.com/v1/models -H "Authorization: Bearer sk-"\n{"object":"list","data":[{"id":"deepseek-v4-flash","object":"model","owned_by":"deepseek"}]}';
    expect(diagnose({ parsedError: parseErrorText(text) }).top).toBe('not-passed');
    // Without the list, the value that is not a key could as well be typed into the tool.
    const alone = diagnose({ parsedError: parseErrorText(text.split('\n')[0]!) });
    expect(alone.top).toBe('mistyped');
  });
});

describe('diagnose: an SDK’s “no key”, after it worked before', () => {
  const NO_KEY =
    'openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable';

  it('ranks “not set” first: the code passed a key when it worked', () => {
    const diagnosis = diagnose({ parsedError: parseErrorText(`${NO_KEY}\nIt worked yesterday.`) });
    expect(diagnosis.top).toBe('not-set');
    expect(diagnosis.likely).toBeNull();
  });

  it('ranks “not set” first where the key is said to be in a .env', () => {
    const text = `${NO_KEY}\n\nenv file already create, how to do next`;
    expect(diagnose({ parsedError: parseErrorText(text) }).top).toBe('not-set');
  });

  it('ranks “not set” first for a DeepSeek provider’s own “no key”, whatever variable it names', () => {
    const text =
      'DeepSeek API key is missing. Please provide it in the config or set the OPENAI_API_KEY environment variable.';
    expect(diagnose({ parsedError: parseErrorText(text) }).top).toBe('not-set');
  });

  it('without those words: “not set” for the SDK’s message alone, “not passed” in a framework’s', () => {
    expect(diagnose({ parsedError: parseErrorText(NO_KEY) }).top).toBe('not-set');
    // agno-agi/agno#2636: agno's default model is OpenAI's; it never passed the DeepSeek key.
    const agno = `agno.exceptions.ModelProviderError: ${NO_KEY.replace('openai.OpenAIError: ', '')}`;
    expect(diagnose({ parsedError: parseErrorText(agno) }).top).toBe('not-passed');
  });
});

describe('diagnose: a key written in the code that is not the one DeepSeek echoed', () => {
  const code = lintCode(
    'from openai import OpenAI\nclient = OpenAI(api_key="sk-0123456789abcdef0123456789abc8e5", base_url="https://api.deepseek.com")\n',
  );
  const error = (tail: string) =>
    parseErrorText(
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****${tail} is invalid'}}`,
    );
  const reasons = (d: ReturnType<typeof diagnose>) =>
    d.causes.flatMap((c) => c.reasons.map((r) => r.code));

  it('says the code sends another key, and does not lean on the written key being revoked', () => {
    const d = diagnose({ code, parsedError: error('1a2b') });
    expect(reasons(d)).toContain('code-key-not-sent');
    expect(d.top).toBe('not-passed');
  });

  it('says nothing of the kind where the ends agree', () => {
    expect(reasons(diagnose({ code, parsedError: error('c8e5') }))).not.toContain(
      'code-key-not-sent',
    );
  });

  it('where the ends agree, the written key reached DeepSeek and was refused: not “not passed”', () => {
    const d = diagnose({ code, parsedError: error('c8e5') });
    expect(reasons(d)).toContain('code-key-refused');
    expect(d.causes.find((c) => c.cause === 'not-passed')?.standing).toBe('ruled-out');
  });

  it('where the refused key written in the code is not DeepSeek’s shape, it is mistyped, not revoked', () => {
    // sk- and 31 hex characters: a character was lost when it was copied.
    const short = lintCode(
      'from openai import OpenAI\nclient = OpenAI(api_key="sk-0123456789abcdef0123456789abcde", base_url="https://api.deepseek.com")\n',
    );
    const d = diagnose({ code: short, parsedError: error('bcde') });
    expect(reasons(d)).toContain('code-key-malformed');
    expect(d.likely).toBe('mistyped');
    expect(d.causes.find((c) => c.cause === 'revoked')?.standing).toBe('ruled-out');
  });

  it('does not take OpenAI’s echo of the same end for DeepSeek’s', () => {
    const openAi = parseErrorText(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-01234***********************c8e5. You can find your API key at https://platform.openai.com/account/api-keys.'}}",
    );
    expect(reasons(diagnose({ code, parsedError: openAi }))).not.toContain('code-key-refused');
  });

  it('where DeepSeek echoed the default written into os.getenv, the variable is not set', () => {
    const fallback = lintCode(
      'import os\nDEEPSEEK_API_KEY = os.getenv("DEEPSEEK_API_KEY", "sk-7d2e8f4a0b6c1d9e3f5a7b2c4d6e91c2")\n',
    );
    const d = diagnose({ code: fallback, parsedError: error('91c2') });
    expect(reasons(d)).toContain('error-default-key-sent');
    expect(d.likely).toBe('not-set');
    // Another end: the variable held some key, and the default was not what went out.
    const other = diagnose({ code: fallback, parsedError: error('1a2b') });
    expect(reasons(other)).not.toContain('error-default-key-sent');
    expect(other.causes.find((c) => c.cause === 'not-set')?.standing).toBe('ruled-out');
  });

  // A client with no base URL or key in the code, where DeepSeek echoed the key set on line 3:
  // the SDK read both from the environment (LangChain's OPENAI_API_BASE).
  it('does not say “the key goes to OpenAI” where DeepSeek answered', () => {
    const fromEnv = lintCode(
      'import os\nfrom langchain_openai import ChatOpenAI\nos.environ["OPENAI_API_KEY"] = "sk-0123456789abcdef0123456789abc8e5"\nos.environ["OPENAI_API_BASE"] = "https://api.deepseek.com/v1"\nllm = ChatOpenAI(model="deepseek-flash")\n',
    );
    const d = diagnose({ code: fromEnv, parsedError: error('c8e5') });
    expect(d.notes.map((n) => n.code)).toContain('code-base-url-elsewhere');
    expect(d.likely).not.toBe('not-passed');
  });
});

describe('diagnose: DeepSeek’s message with less than usual', () => {
  it('cut short after the tail still gives the tail (openai/codex#1043)', () => {
    const parsed = parseErrorText('401 Authentication Fails, Your api key: ****hmUA is inv');
    expect(parsed.message).toContain('****hmUA');
    expect(parsed.echoedTail).toBe('hmUA');
  });

  it('“Authentication Fails” alone is DeepSeek’s word, not “a 401 without DeepSeek’s message”', () => {
    const d = diagnose({
      parsedError: parseErrorText(
        'Error: Invalid response object from API: \'{"detail":"Authentication Fails"}\' (HTTP response code was 401)',
      ),
    });
    const codes = d.causes.flatMap((c) => c.reasons.map((r) => r.code));
    expect(codes).toContain('error-deepseek-no-detail');
    expect(codes).not.toContain('error-unknown-401');
    expect(d.likely).toBeNull();
  });
});

describe('a key given to the tool, which says it has none', () => {
  it('is not passed: the tool does not read where the key was put (NousResearch/hermes-agent#42269)', () => {
    const said =
      "Provider 'deepseek' is set in config.yaml but no API key was found.\nSet the DEEPSEEK_API_KEY environment variable, or switch to a different provider with `hermes model`.";
    const given = diagnose({
      parsedError: parseErrorText(said),
      code: lintCode('hermes auth add deepseek --type api-key\n'),
    });
    expect(given.likely).toBe('not-passed');
    // Without the command, nothing says where the key was: not set comes first.
    expect(diagnose({ parsedError: parseErrorText(said) }).top).toBe('not-set');
  });
});

describe('DeepSeek’s “auth header format” beside the code that explains it', () => {
  it('a header without Bearer: not passed, likely', () => {
    const code = [
      'import os, requests',
      'headers = {"Authorization": os.environ["DEEPSEEK_API_KEY"]}',
      'requests.post("https://api.deepseek.com/chat/completions", headers=headers, json={})',
    ].join('\n');
    const error = parseErrorText(
      '401 Authentication Fails (auth header format should be Bearer sk-...)',
    );
    expect(diagnose({ parsedError: error, code: lintCode(code) }).likely).toBe('not-passed');
    expect(diagnose({ parsedError: error }).likely).not.toBe('not-passed');
  });
});

describe('the reporter’s words against the leading cause', () => {
  it('leave it unmarked: “governor” from an IDE’s Run button, fine from the terminal', () => {
    const said = parseErrorText(
      'dev.langchain4j.exception.AuthenticationException: Authentication Fails (governor)\nWorks from my terminal; the Run button in IntelliJ gives this.',
    );
    const diagnosis = diagnose({ parsedError: said });
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.top).toBe('not-set');
    // Without those words, "governor" ranks not passed first.
    const alone = parseErrorText(
      'dev.langchain4j.exception.AuthenticationException: Authentication Fails (governor)',
    );
    expect(diagnose({ parsedError: alone }).top).toBe('not-passed');
  });
});

describe('the runtime’s own word that the key’s variable is empty or absent', () => {
  it.each([
    [
      'WARN[0000] The "DEEPSEEK_API_KEY" variable is not set. Defaulting to a blank string.\napi-1 | openai.AuthenticationError: Error code: 401 - {"error":{"message":"Authentication Fails (governor)"}}',
      'error-compose-blank-key',
    ],
    [
      "Warning  Failed  12s (x15 over 3m11s)  kubelet  Error: couldn't find key DEEPSEEK_API_KEY in Secret ai/deepseek-credentials",
      'error-secret-key-missing',
    ],
  ])('%s: not set, likely', (text, reason) => {
    const diagnosis = diagnose({ parsedError: parseErrorText(text) });
    expect(diagnosis.likely).toBe('not-set');
    const view = diagnosis.causes.find((cause) => cause.cause === 'not-set')!;
    expect(view.reasons.map((r) => r.code)).toContain(reason);
  });

  it('is not read into another variable Compose left blank', () => {
    const text =
      'WARN[0000] The "REDIS_URL" variable is not set. Defaulting to a blank string.\nError code: 401 - {"error":{"message":"Authentication Fails (governor)"}}';
    expect(parseErrorText(text).signs).not.toContain('compose-blank-key');
  });
});

describe('what a tool sends when its key field is empty', () => {
  it('“not-provided” (Cline, Roo Code, Kilo Code): DeepSeek echoes “ided”, no key was set', () => {
    const error = parseErrorText(
      'Provider Error  · 401\nDetails:\n401 Authentication Fails, Your api key: ****ided is invalid',
    );
    const diagnosis = diagnose({ parsedError: error });
    expect(diagnosis.likely).toBe('not-set');
    const view = diagnosis.causes.find((cause) => cause.cause === 'not-set')!;
    expect(view.reasons.map((reason) => reason.code)).toContain('tail-not-provided');
  });

  it('reads the Anthropic SDKs’ “Could not resolve authentication method” as no key', () => {
    for (const text of [
      'TypeError: "Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted"',
      'CredentialsError: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set.',
    ]) {
      expect(parseErrorText(text).kind).toBe('no-key');
    }
  });

  it('reads a tool’s “No DeepSeek API key was set.” as no key', () => {
    expect(
      parseErrorText('Could not respond to message.Reason: No DeepSeek API key was set.').kind,
    ).toBe('no-key');
  });
});

describe('diagnose: a message threads show for several causes, alone (ADR 26)', () => {
  const HEADER =
    "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails (auth header format should be Bearer sk-...)', 'type': 'authentication_error'}}";
  const GOVERNOR =
    'litellm.AuthenticationError: DeepseekException - Authentication Fails (governor)';
  const PASSES =
    'import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ.get("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")\n';

  it.each([
    [HEADER, 'not-set'],
    [GOVERNOR, 'not-passed'],
  ] as const)('%s ranks %s first, not likely', (text, cause) => {
    const diagnosis = diagnose({ parsedError: parseErrorText(text) });
    expect(diagnosis.top).toBe(cause);
    expect(diagnosis.likely).toBeNull();
  });

  // The file holds the key itself, well formed: what arrived was not it (OpenManus#509).
  const FILE = configLint(
    readConfig(
      '[llm]\nmodel = "deepseek/deepseek-flash"\nbase_url = "https://api.deepseek.com"\napi_key = "sk-0123456789abcdef0123456789ab1a2b"\n',
      'toml',
    ),
  );

  it.each([
    [HEADER, 'not-set'],
    [GOVERNOR, 'not-passed'],
  ] as const)('beside a file that holds the key, %s marks %s likely', (text, cause) => {
    const diagnosis = diagnose({ parsedError: parseErrorText(text), code: FILE });
    expect(diagnosis.likely).toBe(cause);
    expect(diagnosis.causes.find((c) => c.cause === cause)?.reasons.map((r) => r.code)).toContain(
      'code-key-given-none-arrived',
    );
  });

  // The variable may be empty, or hold the key in quotes (docker run --env-file keeps them).
  it.each([HEADER, GOVERNOR])('beside code that reads a variable, %s still marks none', (text) => {
    expect(
      diagnose({ parsedError: parseErrorText(text), code: lintCode(PASSES) }).likely,
    ).toBeNull();
  });

  // Nor where a config reads it: that variable, unset where the tool ran, sends no header
  // (anomalyco/opencode#8665: "I forgot to export the environment variable").
  it('beside a config that reads the key from a variable, “governor” ranks not set first', () => {
    const config = configLint(
      readConfig(
        '{\n  "provider": {\n    "deepseek": {\n      "options": {\n        "apiKey": "{env:DEEPSEEK_API_KEY}",\n        "baseURL": "https://api.deepseek.com/v1"\n      }\n    }\n  },\n  "model": "deepseek/deepseek-flash"\n}\n',
        'json',
      ),
    );
    expect(config.keyReads).toBe('DEEPSEEK_API_KEY');
    const diagnosis = diagnose({ parsedError: parseErrorText(GOVERNOR), code: config });
    expect(diagnosis.top).toBe('not-set');
    expect(diagnosis.likely).toBeNull();
    expect(
      diagnosis.causes.find((c) => c.cause === 'not-set')?.reasons.map((r) => r.code),
    ).toContain('config-key-variable-none-arrived');
  });
});

describe('diagnose: a 404 is no cause of the four, but the URL (ADR 27)', () => {
  it.each([
    // A path with a typo (round K); the root, where a tool posts to the base URL itself
    // (laoning666/synology-chat-bot#2); axios' bare status (a tool's own bug, chathub-dev/chathub#1268).
    'Error: HTTP status client error (404 Not Found) for url (https://api.deepseek.com/chat/completion)',
    'HTTP request failed: 404 Client Error: Not Found for url: https://api.deepseek.com/',
    '翻译错误: AxiosError: Request failed with status code 404, 将在 10 秒后重试 (1/3)',
  ])('alone: %s', (text) => {
    const diagnosis = diagnose({ parsedError: parseErrorText(text) });
    expect(diagnosis.notAuth).toBe('not-found');
    expect(diagnosis.likely).toBeNull();
  });

  it('with the path doubled in the URL, says so', () => {
    const text =
      'INFO:httpx:HTTP Request: POST https://api.deepseek.com/chat/completions/chat/completions "HTTP/1.1 404 Not Found"\nopenai.NotFoundError: Error code: 404';
    const diagnosis = diagnose({ parsedError: parseErrorText(text) });
    expect(diagnosis.notAuth).toBe('not-found');
    expect(diagnosis.notes.map((n) => n.code)).toContain('error-doubled-path');
  });

  it('beside code whose base URL explains it, is the key sent to the wrong place, with the fix', () => {
    const text =
      'INFO:httpx:HTTP Request: POST https://api.deepseek.com/chat/completions/chat/completions "HTTP/1.1 404 Not Found"\nopenai.NotFoundError: Error code: 404';
    const code = lintCode(
      "import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ['DEEPSEEK_API_KEY'], base_url='https://api.deepseek.com/chat/completions')\n",
    );
    const diagnosis = diagnose({ parsedError: parseErrorText(text), code });
    expect(diagnosis.notAuth).toBeNull();
    expect(diagnosis.likely).toBe('not-passed');
  });
});

describe('diagnose: a key refused after it worked', () => {
  const REFUSED = 'Error Details: 401 Authentication Fails, Your api key: ****6f50 is invalid';

  it('ranks “revoked” first, unmarked, where the reporter says it worked', () => {
    const diagnosis = diagnose({
      parsedError: parseErrorText(`${REFUSED}\nWas chatting fine last night, I changed nothing.`),
    });
    expect(diagnosis.top).toBe('revoked');
    expect(diagnosis.likely).toBeNull();
  });

  it('keeps the corpus order without those words', () => {
    expect(diagnose({ parsedError: parseErrorText(REFUSED) }).top).toBe('not-passed');
  });

  it('ranks “revoked” first for a bare 401 too, where it worked yesterday (round M)', () => {
    const text =
      'Cherry Studio 昨天还好好的，今天一发消息就红字：\n401 身份验证失败，请检查 API 密钥是否正确';
    const diagnosis = diagnose({ parsedError: parseErrorText(text) });
    expect(diagnosis.top).toBe('revoked');
    expect(diagnosis.likely).toBeNull();
    expect(diagnose({ parsedError: parseErrorText('401 身份验证失败') }).top).not.toBe('revoked');
  });
});

describe('diagnose: a finding that only makes a cause possible, beside a failed authentication', () => {
  it('orders the causes without marking one likely (Node’s unread .env beside a placeholder)', () => {
    const code = lintCode(
      "const key = process.env.DEEPSEEK_API_KEY;\nawait fetch('https://api.deepseek.com/chat/completions', { headers: { Authorization: `Bearer ${key}` } });\n",
    );
    expect(code.findings.map((f) => f.code)).toContain('node-env-not-loaded');
    const diagnosis = diagnose({
      parsedError: parseErrorText('401 Authentication Fails, Your api key: ****here is invalid'),
      code,
    });
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.top).toBe('not-set');
  });
});

describe('diagnose: the end of the key as the reporter states it', () => {
  const refused = (tail: string) =>
    `401 Authentication Fails, Your api key: ****${tail} is invalid`;

  it('the same as DeepSeek echoed: that very key was refused, so revoked', () => {
    const diagnosis = diagnose({
      parsedError: parseErrorText(
        `${refused('5b2e')}\nThe credential in n8n still has one of the old keys (it ends in 5b2e).`,
      ),
    });
    expect(diagnosis.likely).toBe('revoked');
  });

  it('shifted by one character: the key sent lacks its last, so mistyped', () => {
    const diagnosis = diagnose({
      parsedError: parseErrorText(
        `${refused('81d0')}\n我的 key 是 sk-9c4……81d0e（最后几位是 1d0e）`,
      ),
    });
    expect(diagnosis.likely).toBe('mistyped');
  });

  it('another: ranks “not passed” first, unmarked (an old key kept, or a key cut elsewhere)', () => {
    const diagnosis = diagnose({
      parsedError: parseErrorText(
        `${refused('3ffa')}\nEvery config file holds my key, it ends with 999c.`,
      ),
    });
    expect(diagnosis.top).toBe('not-passed');
    expect(diagnosis.likely).toBeNull();
  });

  it('is not read from OpenAI’s own masking of the key it got', () => {
    const parsed = parseErrorText(
      'Incorrect API key provided: sk-ab12***************************cd34. You can find your API key at https://platform.openai.com/account/api-keys.',
    );
    expect(parsed.statedTail).toBeNull();
  });
});

describe('diagnose: an Anthropic key sent to DeepSeek’s Anthropic endpoint', () => {
  it('a tail ending in AA, from Claude Code: not passed, the DeepSeek key stayed behind', () => {
    const diagnosis = diagnose({
      parsedError: parseErrorText(
        '  ⎿  Failed to authenticate. API Error: 401 {"error":{"message":"Authentication Fails, Your api key: ****QwAA is invalid","type":"authentication_error"}}\nexport ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic',
      ),
    });
    expect(diagnosis.likely).toBe('not-passed');
    expect(
      diagnosis.causes.find((c) => c.cause === 'not-passed')!.reasons.map((r) => r.code),
    ).toContain('error-anthropic-key-sent');
  });

  it('says nothing of Anthropic where nothing speaks of it', () => {
    const parsed = parseErrorText('401 Authentication Fails, Your api key: ****QwAA is invalid');
    expect(parsed.signs).not.toContain('anthropic-key-tail');
  });
});
