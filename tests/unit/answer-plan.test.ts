import { describe, expect, it } from 'vitest';
import type { CodeFix } from '../../src/answer/answer-fix.ts';
import { answerHeadline, answerPlan, fixText } from '../../src/answer/answer-plan.ts';
import { diagnose, type Evidence } from '../../src/domain/diagnosis/diagnose.ts';
import { terminalOfPaste } from '../../src/domain/diagnosis/environment-fix.ts';
import { en } from '../../src/i18n/en.ts';
import { translate, type Translate } from '../../src/i18n/t.ts';
import { analysePaste } from '../../src/paste/analyse-paste.ts';

const t: Translate = (key, vars) => translate(en, key, vars);
const base = {
  language: 'python',
  model: 'deepseek-flash',
  environment: 'terminal',
  platform: 'Linux x86_64',
} as const;

/** The Answer's plan and first sentence for a pasted error and code. */
async function answerTo(errorText: string, codeText = '') {
  const pasted = await analysePaste(errorText, codeText);
  const evidence: Evidence = { parsedError: pasted.parsedError, code: pasted.code };
  const diagnosis = diagnose(evidence);
  // The terminal the paste shows, as the workbench passes it.
  const terminal = terminalOfPaste(errorText, codeText);
  const plan = answerPlan(diagnosis, evidence, { ...base, pasted, terminal });
  return { diagnosis, plan, headline: answerHeadline(t, diagnosis, plan) };
}

describe('answerHeadline', () => {
  it('names the answer outside the four, with no fix and no check', async () => {
    const { plan, headline } = await answerTo(
      'openai.APIStatusError: Error code: 402 - {"error": {"message": "Insufficient Balance", "type": "unknown_error"}}',
    );
    expect(plan.fix).toBeNull();
    expect(plan.check).toBeNull();
    expect(headline).toMatch(/balance/i);
  });

  it('says an older key wins over the .env, with no example of code that is already right', async () => {
    const { plan, headline } = await answerTo(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****a41c is invalid', 'type': 'authentication_error'}}",
      '# .env\nDEEPSEEK_API_KEY=sk-107e4ec1858cb7cbb74df71197f3e93f\n\n# agent.py\nimport os\nfrom dotenv import load_dotenv\nfrom openai import OpenAI\nload_dotenv()\nclient = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")\n',
    );
    expect(headline).toMatch(/older key already set in the environment/);
    expect(plan.fix).toBeNull();
  });

  it("speaks of the tool when the fix is the tool's settings (Claude Code)", async () => {
    const { plan, headline } = await answerTo(
      'API Error: 401 {"error":{"message":"Authentication Fails, Your api key: ****_KEY is invalid","type":"authentication_error"}}',
    );
    expect(plan.fix?.kind).toBe('tool');
    expect(headline).toContain('Claude Code');
  });

  it('leads with the echoed end of a key when only the key test tells the causes apart', async () => {
    const { plan, headline } = await answerTo(
      '401 Authentication Fails, Your api key: ****3f9a is invalid',
    );
    expect(plan.keyTail).toBe('3f9a');
    expect(plan.keyTestAlone).toBe(true);
    expect(headline).toContain('3f9a');
  });

  it('gives no tail to compare when the echoed end cannot end a DeepSeek key', async () => {
    const { plan } = await answerTo('401 Authentication Fails, Your api key: ****6eA3 is invalid');
    expect(plan.keyTail).toBeNull();
  });

  it('says a right file’s request went to OpenAI, with no repair of the file (agentscope#614)', async () => {
    const { plan, headline } = await answerTo(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-c9268***********************f8ea. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
      '[{"config_name": "ds", "model_type": "openai_chat", "model_name": "deepseek-flash", "api_key": "sk-a5e20***********************a353", "base_url": "https://api.deepseek.com/v1"}]',
    );
    expect(plan.fix?.kind).toBe('given');
    expect(headline).toContain('yet the request went to OpenAI, not DeepSeek');
    expect(headline).not.toContain('your code does not hand');
  });

  it('a tool’s own no-key words: the tool’s check, and no SDK fallback to OPENAI_API_KEY', async () => {
    const { diagnosis, plan } = await answerTo('Not logged in · Please run /login');
    expect(plan.check?.command).toContain('ANTHROPIC_AUTH_TOKEN');
    const reasons = diagnosis.causes.flatMap((view) => view.reasons.map((r) => r.code));
    expect(reasons).toContain('error-no-key-words');
    expect(reasons).not.toContain('error-no-key');
  });

  it('keeps the SDK’s fallback where the OpenAI SDK raised', async () => {
    const { diagnosis } = await answerTo(
      'openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable',
    );
    const reasons = diagnosis.causes.flatMap((view) => view.reasons.map((r) => r.code));
    expect(reasons).toContain('error-no-key');
  });

  it('says what DeepSeek received where a right-looking file sent no key (a reference not expanded)', async () => {
    const { plan, headline } = await answerTo(
      'Error from provider: {"error":{"message":"Authentication Fails, Your api key: ****_KEY is invalid","type":"authentication_error"}}',
      '{\n  "Providers": [\n    { "name": "deepseek", "api_base_url": "https://api.deepseek.com/chat/completions", "api_key": "$DEEPSEEK_API_KEY", "models": ["deepseek-flash"] }\n  ]\n}\n',
    );
    expect(plan.fix).toMatchObject({ kind: 'given', sentTail: '_KEY' });
    expect(headline).toContain('DeepSeek received a value ending in “_KEY”, not your key');
  });

  it('a pasted file with no likely cause: the check reads where the file reads the key', async () => {
    const { plan } = await answerTo(
      '',
      'model_list:\n  - model_name: ds\n    litellm_params:\n      model: deepseek/deepseek-flash\n      api_key: os.environ/DS_KEY\n',
    );
    expect(plan.check?.command).toContain('$DS_KEY');
    expect(plan.check?.command).not.toContain('DEEPSEEK_API_KEY');
  });

  it('does not say nothing points to a cause where the paste points to two (musistudio/claude-code-router#102)', async () => {
    const { diagnosis, headline } = await answerTo(
      'Error from provider: {"error":{"message":"Authentication Fails (auth header format should be Bearer sk-...)","type":"authentication_error"}}',
      '{\n  "Providers": [\n    { "name": "deepseek", "api_base_url": "https://api.deepseek.com/chat/completions", "api_key": "sk-", "models": ["deepseek-flash"] }\n  ]\n}\n',
    );
    expect(diagnosis.likely).toBeNull();
    expect(headline).not.toContain('nothing you pasted points to one');
  });

  it('does not advise DEEPSEEK_API_KEY beside a repair that keeps the code’s own variable (ADR 20)', async () => {
    const { plan, headline } = await answerTo(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-f188f***********************0983. You can find your API key at https://platform.openai.com/account/api-keys.'}}",
      'import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["DS_KEY"])\n',
    );
    expect(plan.fix).toMatchObject({ kind: 'code', yours: true });
    expect(plan.fix?.kind === 'code' && plan.fix.copy).toContain('DS_KEY');
    expect(headline).not.toContain('DEEPSEEK_API_KEY');
    expect(fixText(t, 'not-passed', plan.fix as CodeFix, 'python')).not.toContain(
      'DEEPSEEK_API_KEY',
    );
  });

  it('speaks of the request, not of a client, for code that builds none (requests)', async () => {
    const { plan, headline } = await answerTo(
      '{"error":{"message":"Authentication Fails (auth header format should be Bearer sk-...)","type":"authentication_error"}}',
      'import os, requests\nDEEPSEEK_API_KEY = os.environ["DEEPSEEK_API_KEY"]\nheaders = {"Authorization": DEEPSEEK_API_KEY}\nrequests.post("https://api.deepseek.com/chat/completions", headers=headers, json={})\n',
    );
    expect(plan.fix).toMatchObject({ kind: 'code', yours: true, ownTerms: true });
    expect(headline).not.toMatch(/client/);
    expect(fixText(t, 'not-passed', plan.fix as CodeFix, 'python')).not.toMatch(/client/);
  });

  it('a file whose key entry the page does not know: the key not set, in words for any program', async () => {
    const { headline, plan } = await answerTo(
      'Error: 401 {"error":{"message":"Authentication Fails (auth header format should be Bearer sk-...)","type":"authentication_error"}}',
      'name: Code Review\non:\n  pull_request:\njobs:\n  review:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: hustcer/deepseek-review@v1\n        with:\n          deepseek-token: ${{ secrets.DEEPSEEK_TOKEN }}\n',
    );
    expect(headline).not.toContain('DEEPSEEK_API_KEY');
    expect(fixText(t, 'not-set', plan.fix as CodeFix, 'python')).not.toMatch(/terminal/);
  });

  it('fixes dotenv.config() after the ES imports in the code, not in the terminal (round I)', async () => {
    const { plan } = await answerTo(
      'APICallError [AI_APICallError]: Authentication Fails (governor)\n  [Symbol(vercel.ai.error)]: true',
      [
        "import { generateText } from 'ai';",
        "import { deepseek } from './llm.mjs';",
        "import dotenv from 'dotenv';",
        'dotenv.config();',
        "const { text } = await generateText({ model: deepseek('deepseek-flash'), prompt: 'ping' });",
        '',
      ].join('\n'),
    );
    expect(plan.fix?.kind).toBe('code');
    expect(plan.fix?.kind === 'code' && plan.fix.change).toContain("import 'dotenv/config'");
  });

  it('a shell script’s own variable is the one checked (curl … Bearer "$KEY")', async () => {
    const { plan, headline } = await answerTo(
      '{"error":{"message":"Authentication Fails (auth header format should be Bearer sk-...)","type":"authentication_error"}}',
      'curl https://api.deepseek.com/chat/completions \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer "$KEY \\\n  -d \'{"model": "deepseek-flash", "messages": []}\'\n',
    );
    // The message alone marks no cause likely (ADR 26): KEY may be empty, or hold the key in quotes.
    expect(headline).toContain('Start with “Key not set”');
    expect(plan.check?.command).toContain('"$KEY"');
  });

  it('PowerShell’s header from $env:NAME: that variable is checked, in PowerShell', async () => {
    const { plan } = await answerTo(
      'Invoke-RestMethod : {"error":{"message":"Authentication Fails (auth header format should be Bearer sk-...)","type":"authentication_error"}}',
      '$headers = @{ "Authorization" = "Bearer $env:DEEPSEEK_KEY"; "Content-Type" = "application/json" }\nInvoke-RestMethod -Uri "https://api.deepseek.com/chat/completions" -Method Post -Headers $headers\n',
    );
    expect(plan.pasteSource).toBe(false);
    expect(plan.check?.command).toContain('$env:DEEPSEEK_KEY.Length');
  });

  it('curl’s own output, with no code: no SDK client to print, the key test tells', async () => {
    const { plan } = await answerTo(
      [
        '> POST /chat/completions HTTP/2',
        '> Host: api.deepseek.com',
        '< HTTP/2 401',
        '{"error":{"message":"Authentication Fails, Your api key: ****cdef is invalid","type":"authentication_error"}}',
      ].join('\n'),
    );
    expect(plan.check).toBeNull();
    expect(plan.keyTestFirst).toBe(true);
  });

  it('an HTTP error from a base URL that is not DeepSeek’s API is that address’s, not DeepSeek’s (OpenManus#81)', async () => {
    const { diagnosis, headline } = await answerTo(
      'Error code: 405 - Method Not Allowed',
      '[llm]\nmodel = "deepseek-flash"\nbase_url = "https://platform.deepseek.com/api_keys"\napi_key = "sk-0123456789abcdef0123456789abcdef"\n',
    );
    expect(diagnosis.notAuth).toBeNull();
    expect(diagnosis.likely).toBe('not-passed');
    expect(headline).not.toContain('DeepSeek answered with another HTTP error');
  });
});
