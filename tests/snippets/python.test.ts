import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, type CauseId } from '../../src/domain/causes.ts';
import { CURRENT_MODELS, DEEPSEEK_BASE_URL, KEY_ENV_VAR } from '../../src/domain/deepseek-facts.ts';
import { preventionCode, workaroundCode } from '../../src/domain/snippets/reference-snippets.ts';
import { causeCode } from '../../src/domain/snippets/snippets.ts';
import { REPLY } from './deepseek-server.ts';
import { GOOD_KEY, OPENAI_KEY, REVOKED_KEY, run, scratchFile } from './run.ts';
import { defineRunner, describeScenarios, scriptRunner, standInForFile } from './scenarios.ts';

/**
 * The Python snippets (openai, LangChain, LiteLLM). Two proofs: their syntax trees are read for
 * the client arguments (check_python.py), and they run for real, over HTTP to a local DeepSeek
 * stand-in, with small stand-ins for the packages (python-stubs/, see its README).
 */
const PYTHON_LANGUAGES = ['python', 'langchain', 'litellm'] as const;
type PythonLanguage = (typeof PYTHON_LANGUAGES)[number];

const CHECKER = fileURLToPath(new URL('./check_python.py', import.meta.url));
const STUBS = fileURLToPath(new URL('./python-stubs', import.meta.url));
const ENV_KEY = `env:${KEY_ENV_VAR}`;

interface ClientCall {
  call: string;
  api_key: string;
  base_url: string | null;
  model: string | null;
}
interface Report {
  calls: ClientCall[];
  env_reads: string[];
}

let counter = 0;
const file = (code: string) =>
  scratchFile('python', `snippet_${process.pid}_${counter++}.py`, code);

async function inspect(code: string): Promise<Report> {
  const path = file(code);
  const compiled = await run('python3', ['-m', 'py_compile', path]);
  expect(compiled.stderr).toBe('');
  expect(compiled.code).toBe(0);
  const result = await run('python3', [CHECKER, path]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report;
}

/** The calls that build a client or call LiteLLM: where the key and the base URL go. */
const clients = (report: Report) =>
  report.calls.filter((c) => /(^|\.)(OpenAI|ChatOpenAI)$|^litellm\.completion$/.test(c.call));

/** The model the snippet asks for, wherever its language puts it. */
function modelOf(report: Report, language: PythonLanguage) {
  const call =
    language === 'python'
      ? report.calls.find((c) => c.call.endsWith('chat.completions.create'))
      : clients(report)[0];
  return call?.model;
}

const expectedModel = (language: PythonLanguage, model: string) =>
  language === 'litellm' ? `deepseek/${model}` : model;

describe.concurrent.each(PYTHON_LANGUAGES)('%s: the syntax tree', (language) => {
  it.each(CAUSE_IDS.flatMap((cause) => CURRENT_MODELS.map((model) => [cause, model] as const)))(
    'fixed %s with model %s: key from DEEPSEEK_API_KEY, DeepSeek base URL, that model',
    async (cause, model) => {
      const report = await inspect(causeCode(cause, language, model).fixed);
      expect(clients(report).length).toBeGreaterThan(0);
      for (const client of clients(report)) {
        expect(client.api_key).toBe(ENV_KEY);
        expect(client.base_url).toBe(DEEPSEEK_BASE_URL);
      }
      expect(modelOf(report, language)).toBe(expectedModel(language, model));
      expect(report.env_reads).toEqual([KEY_ENV_VAR]);
    },
  );

  it('broken not-set: the key may be None (os.getenv) or is left to the library', async () => {
    const report = await inspect(causeCode('not-set', language).broken);
    const [client] = clients(report);
    if (language === 'litellm') expect(client?.api_key).toBe('missing');
    else expect(causeCode('not-set', language).broken).toContain(`os.getenv("${KEY_ENV_VAR}")`);
  });

  it('broken mistyped: the key is a literal typed into the code', async () => {
    const report = await inspect(causeCode('mistyped', language).broken);
    expect(clients(report)[0]?.api_key).toBe('literal');
    expect(report.env_reads).toEqual([]);
  });

  it('broken revoked: the arguments are right; only the handling of the 401 is missing', async () => {
    const report = await inspect(causeCode('revoked', language).broken);
    expect(clients(report)[0]).toMatchObject({ api_key: ENV_KEY, base_url: DEEPSEEK_BASE_URL });
  });

  it('broken not-passed: no key and no DeepSeek base URL reach the client', async () => {
    const report = await inspect(causeCode('not-passed', language).broken);
    expect(clients(report)[0]).toMatchObject({ api_key: 'missing', base_url: null });
    if (language === 'litellm') expect(clients(report)[0]?.model).toMatch(/^openai\//);
  });

  it('workaround and prevention: every client gets the key and DeepSeek base URL', async () => {
    for (const code of [workaroundCode(language), preventionCode(language)]) {
      const report = await inspect(code);
      for (const client of clients(report)) {
        expect(client.api_key).toMatch(/^(env:DEEPSEEK_API_KEY|param|call)$/);
        expect(client.base_url).toBe(DEEPSEEK_BASE_URL);
      }
      expect(report.env_reads).toContain(KEY_ENV_VAR);
      expect(report.env_reads).not.toContain('OPENAI_API_KEY');
    }
  });

  it('the checker itself notices a client without key or base URL', async () => {
    const report = await inspect(
      'from openai import OpenAI\nclient = OpenAI(api_key="x")\nimport litellm\nlitellm.completion(model="m", messages=[])\n',
    );
    expect(clients(report)).toMatchObject([
      { api_key: 'literal', base_url: null },
      { api_key: 'missing', base_url: null, model: 'm' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

const server = standInForFile({ folder: 'python' });

const script = scriptRunner(server, 'python', '.py', ['python3'], () => ({ PYTHONPATH: STUBS }));
const runPython = script.run;

const NEW_KEY = 'create a new one at https://platform.deepseek.com/api_keys';

const pythonRunner = (language: PythonLanguage) =>
  defineRunner({
    name: language,
    language,
    server,
    script,
    // sys.exit("…"): the message alone on stderr, and status 1.
    stopStatus: 1,
    scope: 'process',
    expectUncaught401: (result) => {
      expect(result.stderr).toContain(`****${REVOKED_KEY.slice(-4)} is invalid`);
      expect(result.stderr).toMatch(/AuthenticationError/);
    },
  });

for (const language of PYTHON_LANGUAGES) {
  describeScenarios(pythonRunner(language));
}

describe.each(PYTHON_LANGUAGES)('broken %s code fails the way its cause says', (language) => {
  const broken = (cause: CauseId) => causeCode(cause, language).broken;

  it('not-set: with the variable unset, no DeepSeek key is sent', async () => {
    const result = await runPython(broken('not-set'), { key: undefined });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/OPENAI_API_KEY|Missing DEEPSEEK_API_KEY/);
    expect(server.requests).toEqual([]);
  });

  it('not-passed: the DeepSeek key is not sent; OpenAI would be called', async () => {
    const unset = await runPython(broken('not-passed'), { key: GOOD_KEY });
    expect(unset.code).not.toBe(0);
    expect(unset.stderr).toContain('OPENAI_API_KEY');
    const withOpenAIKey = await runPython(broken('not-passed'), {
      key: GOOD_KEY,
      env: { OPENAI_API_KEY: OPENAI_KEY },
    });
    expect(withOpenAIKey.code).not.toBe(0);
    expect(withOpenAIKey.stderr).toContain('the test stops a request to api.openai.com');
    expect(server.requests).toEqual([]);
  });

  it('revoked: the 401 comes out as a traceback, with no next step', async () => {
    const result = await runPython(broken('revoked'), { key: REVOKED_KEY });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Traceback');
    expect(result.stderr).not.toContain(NEW_KEY);
  });
});

describe('the ChatDeepSeek form at the end of the fixed LangChain code', () => {
  it('uncommented, it reads DEEPSEEK_API_KEY and calls DeepSeek', async () => {
    const form = causeCode('not-passed', 'langchain')
      .fixed.split('\n')
      .filter((line) => line.startsWith('#   '))
      .map((line) => line.slice(4));
    expect(form).toEqual([
      'from langchain_deepseek import ChatDeepSeek',
      `llm = ChatDeepSeek(model="${CURRENT_MODELS[0]}")`,
    ]);
    const result = await runPython(`${form.join('\n')}\nprint(llm.invoke("Hello").content)\n`, {
      key: GOOD_KEY,
      env: { DEEPSEEK_API_BASE: `${server.baseURL}/v1` },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(REPLY);
    expect(server.requests[0]).toMatchObject({
      path: '/v1/chat/completions',
      authorization: `Bearer ${GOOD_KEY}`,
    });
  });
});

describe('the stand-in openai package keeps requests on this machine', () => {
  it('a client left at its default host fails with that host named', async () => {
    const result = await runPython(
      'from openai import OpenAI\nOpenAI(api_key="x").models.list()\n',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the test stops a request to api.openai.com');
  });

  it("DeepSeek's /v1 base URL works the same", async () => {
    const code = causeCode('not-passed', 'python').fixed.replace(
      `"${DEEPSEEK_BASE_URL}"`,
      `"${DEEPSEEK_BASE_URL}/v1"`,
    );
    const result = await runPython(code, { key: GOOD_KEY });
    expect(result.code).toBe(0);
    expect(server.requests[0]).toMatchObject({ path: '/v1/chat/completions', status: 200 });
  });
});
