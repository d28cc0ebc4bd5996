import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { Answer } from '../../src/answer/answer.tsx';
import { diagnose, type Evidence } from '../../src/domain/diagnosis/diagnose.ts';
import { lintKey } from '../../src/domain/key/key-lint.ts';
import { MAX_CODE_LINES } from '../../src/domain/code/prepare.ts';
import { causeCode } from '../../src/domain/snippets/snippets.ts';
import { parseErrorText } from '../../src/domain/error/parse-error-text.ts';
import type { PasteResult } from '../../src/paste/analyse-paste.ts';
import { initialPasteState, pasteReducer } from '../../src/paste/paste-state.ts';
import { en } from '../../src/i18n/en.ts';
import { TranslateProvider } from '../../src/i18n/locale.tsx';
import { translate, type Translate } from '../../src/i18n/t.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { PastePanel } from '../../src/paste/paste-panel.tsx';
import { loadCodeReader } from '../../src/paste/analyse-paste.ts';

// The code reader's chunk loads on the first paste of code; here it is loaded once per file,
// as a browser would have it cached, so a busy machine does not time out the first Diagnose.
beforeAll(() => loadCodeReader());

const KEY = 'sk-0123456789abcdef0123456789abcdef';
const TRACEBACK = `Traceback (most recent call last):
  File "/app/main.py", line 4, in <module>
    client.models.list()
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-01234***************************cdef. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`;
const CODE = `from openai import OpenAI

client = OpenAI(api_key="${KEY}")
`;
const FIXED = `import os
from openai import OpenAI

client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
`;

/** The panel with its state held outside it, as the page holds it. */
function Panel({ onDiagnose }: { onDiagnose?: (result: PasteResult) => void }) {
  const [state, dispatch] = useReducer(pasteReducer, initialPasteState);
  return <PastePanel state={state} dispatch={dispatch} onDiagnosed={onDiagnose} />;
}

function setup() {
  const onDiagnose = vi.fn<(result: PasteResult) => void>();
  const user = userEvent.setup();
  render(<Panel onDiagnose={onDiagnose} />);
  return {
    user,
    onDiagnose,
    errorBox: screen.getByRole('textbox', { name: 'Paste your error' }),
    codeBox: screen.getByRole('textbox', { name: 'Paste your code' }),
    diagnoseButton: screen.getByRole('button', { name: 'Diagnose' }),
  };
}

describe('PastePanel', () => {
  it('offers two text areas without spellcheck, and a Diagnose button', () => {
    const { errorBox, codeBox } = setup();
    for (const box of [errorBox, codeBox]) {
      expect(box.tagName).toBe('TEXTAREA');
      expect(box).toHaveAttribute('spellcheck', 'false');
      expect(box).toHaveAccessibleDescription(/\S/);
    }
  });

  it('asks for something when both boxes are empty', async () => {
    const { user, diagnoseButton, onDiagnose } = setup();
    await user.click(diagnoseButton);
    expect(screen.getByRole('status')).toHaveTextContent('Paste an error, some code, or both');
    expect(onDiagnose).not.toHaveBeenCalled();
  });

  it('reads a pasted traceback and hands the evidence on', async () => {
    const { user, errorBox, diagnoseButton, onDiagnose } = setup();
    await user.click(errorBox);
    await user.paste(TRACEBACK);
    await user.click(diagnoseButton);

    const result = await screen.findByRole('region', { name: 'What the paste says' });
    expect(within(result).getByText(/OpenAI, not DeepSeek, rejected the key/)).toBeInTheDocument();
    expect(within(result).getByText('cdef')).toBeInTheDocument();
    expect(within(result).getByText('openai for Python')).toBeInTheDocument();
    expect(
      within(result).getByText(/“Incorrect API key provided” is OpenAI’s message/),
    ).toBeInTheDocument();

    expect(onDiagnose).toHaveBeenCalledTimes(1);
    const evidence = onDiagnose.mock.calls[0]![0];
    expect(evidence.parsedError).toMatchObject({
      kind: 'openai-key-rejected',
      status: 401,
      echoedTail: 'cdef',
    });
    expect(evidence.code).toBeNull();
    expect(diagnose(evidence).likely).toBe('not-passed');
  });

  it('checks pasted code, points at lines, and copies the repaired code', async () => {
    const { user, codeBox, diagnoseButton, onDiagnose } = setup();
    await user.click(codeBox);
    await user.paste(CODE);
    await user.click(diagnoseButton);

    // The code reader loads on the first paste of code: the result follows.
    const result = await screen.findByRole('region', { name: 'What the paste says' });
    expect(within(result).getByText('Read as Python.')).toBeInTheDocument();
    expect(
      within(result).getByText(/Line 3: A key is written in the code \(sk-…cdef\)/),
    ).toBeInTheDocument();
    expect(within(result).getByText(/Line 3: The client has no base_url/)).toBeInTheDocument();
    expect(within(result).getByRole('region', { name: 'Broken code' })).toHaveTextContent(
      'OpenAI(api_key=',
    );
    const fixed = within(result).getByRole('region', { name: 'Fixed code' });
    expect(fixed).toHaveTextContent('base_url="https://api.deepseek.com"');
    expect(fixed).not.toHaveTextContent(KEY);

    await user.click(within(result).getByRole('button', { name: 'Copy fixed code' }));
    expect(await navigator.clipboard.readText()).toBe(FIXED);

    const evidence = onDiagnose.mock.calls[0]![0];
    expect(evidence.parsedError).toBeNull();
    expect(evidence.userCode).toEqual({
      broken: CODE,
      fixed: FIXED,
      changedLines: [1, 4],
      language: 'python',
    });
  });

  it('spells the option the way Node does in Node code', async () => {
    const { user, codeBox, diagnoseButton } = setup();
    await user.click(codeBox);
    await user.paste(
      "import OpenAI from 'openai';\nconst client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY });\n",
    );
    await user.click(diagnoseButton);
    const result = screen.getByRole('region', { name: 'What the paste says' });
    expect(within(result).getByText(/The client has no baseURL/)).toHaveTextContent(
      'Add baseURL https://api.deepseek.com',
    );
    expect(result).not.toHaveTextContent('base_url');
  });

  it('says what it read other code as', async () => {
    const { user, codeBox, diagnoseButton } = setup();
    await user.click(codeBox);
    await user.paste(`curl -H "Authorization: Bearer ${KEY}" https://api.deepseek.com/models`);
    await user.click(diagnoseButton);
    expect(
      await screen.findByText(
        'Not Python or JavaScript: only the key and the Authorization header written in it were checked.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Read as/)).not.toBeInTheDocument();
  });

  it('says Ruby has no example of its own, and repairs the pasted client', async () => {
    const { user, codeBox, diagnoseButton } = setup();
    await user.click(codeBox);
    await user.paste(
      'require "openai"\n\nclient = OpenAI::Client.new(access_token: ENV.fetch("DEEPSEEK_API_KEY"))\n',
    );
    await user.click(diagnoseButton);
    const result = await screen.findByRole('region', { name: 'What the paste says' });
    expect(within(result).getByText(/^This is Ruby:/)).toHaveTextContent(
      'The steps below have no Ruby example: the fixed code is yours, repaired.',
    );
    expect(within(result).getByText(/The client has no uri_base:/)).toBeInTheDocument();
    expect(within(result).getByRole('region', { name: 'Fixed code' })).toHaveTextContent(
      'OpenAI::Client.new(uri_base: "https://api.deepseek.com", access_token:',
    );
  });

  it('does not pretend to repair code for another provider’s SDK', async () => {
    const { user, codeBox, diagnoseButton } = setup();
    await user.click(codeBox);
    await user.paste(
      'import os\nimport anthropic\nclient = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nclient.messages.create(model="claude-sonnet-4-5", max_tokens=100, messages=[])\n',
    );
    await user.click(diagnoseButton);

    const result = await screen.findByRole('region', { name: 'What the paste says' });
    expect(
      within(result).getByText(/Line 2: this code calls another provider through anthropic/),
    ).toHaveTextContent('use the openai package with DeepSeek’s base URL');
    expect(within(result).queryByText(/No OpenAI client was found/)).not.toBeInTheDocument();
    expect(within(result).queryByText(/No problems found/)).not.toBeInTheDocument();
    const fixed = within(result).getByRole('region', { name: 'Fixed code' });
    expect(fixed).toHaveTextContent('from openai import OpenAI');
    expect(fixed).not.toHaveTextContent(/anthropic|claude/i);
    await user.click(within(result).getByRole('button', { name: 'Copy fixed code' }));
    expect(await navigator.clipboard.readText()).toBe(causeCode('not-passed', 'python').fixed);
  });

  it('says a key written in a web page is read by anyone who opens it', async () => {
    const { user, codeBox, diagnoseButton } = setup();
    await user.click(codeBox);
    await user.paste(
      `<html><body><script>\nconst client = { key: '${KEY}' };\ndocument.title = 'x';\n</script></body></html>`,
    );
    await user.click(diagnoseButton);

    const result = await screen.findByRole('region', { name: 'What the paste says' });
    const finding = within(result).getByText(
      /Line 2: A key is written in code that runs in a web page/,
    );
    expect(finding).toHaveTextContent('Make the call from your server');
    expect(finding).not.toHaveTextContent('read it from the environment');
    expect(within(result).getByRole('region', { name: 'Fixed code' })).toHaveTextContent(
      'PASTE_YOUR_DEEPSEEK_KEY_HERE',
    );
  });

  it('names another provider’s key as theirs, to be rotated there', async () => {
    const googleKey = `AIzaSy${'A1b2C3d4E5'.repeat(3)}abc`;
    const { user, codeBox, diagnoseButton } = setup();
    await user.click(codeBox);
    await user.paste(
      `import google.generativeai as genai\ngenai.configure(api_key="${googleKey}")\n`,
    );
    await user.click(diagnoseButton);

    const result = await screen.findByRole('region', { name: 'What the paste says' });
    const finding = within(result).getByText(/Line 2: A key from Google \(Gemini\)/);
    expect(finding).toHaveTextContent('rotate it at Google (Gemini)');
    expect(finding).toHaveTextContent('DeepSeek needs its own key');
    expect(finding).not.toHaveTextContent('delete it on platform.deepseek.com');
    expect(finding).not.toHaveTextContent(googleKey);
    expect(within(result).getByRole('region', { name: 'Fixed code' })).not.toHaveTextContent(
      googleKey,
    );
  });

  it('names the provider in Chinese too', async () => {
    const messages = { ...en, ...zhCN };
    const user = userEvent.setup();
    render(
      <TranslateProvider value={(key, vars) => translate(messages, key, vars)}>
        <Panel />
      </TranslateProvider>,
    );
    await user.click(screen.getByRole('textbox', { name: '粘贴代码' }));
    await user.paste(`client = OpenAI(api_key="sk-ant-api03-${'a1B2c3D4e5'.repeat(3)}")\n`);
    await user.click(screen.getByRole('button', { name: '诊断' }));
    expect(screen.getByText(/一个 Anthropic 的密钥/)).toHaveTextContent('请到 Anthropic 轮换');
  });

  // 240 KB pasted into jsdom takes seconds on a busy machine: more time, not a weaker check.
  it('reads only the start of very long code, and says so', async () => {
    const { user, codeBox, diagnoseButton } = setup();
    const unit = 'from openai import OpenAI\nclient = OpenAI()\n\n';
    const pasted = `${unit.repeat(Math.ceil(240_000 / unit.length))}# the end\n`;
    await user.click(codeBox);
    await user.paste(pasted);
    await user.click(diagnoseButton);
    const result = await screen.findByRole('region', { name: 'What the paste says' });
    expect(
      within(result).getByText(
        `Your code is long: only its first ${MAX_CODE_LINES} lines were read`,
        {
          exact: false,
        },
      ),
    ).toBeInTheDocument();
    const broken = within(result).getByRole('region', { name: 'Broken code' });
    expect(broken.querySelectorAll('.line')).toHaveLength(MAX_CODE_LINES);
    // The copy is the whole file: the repaired start, then the rest as pasted.
    await user.click(within(result).getByRole('button', { name: 'Copy fixed code' }));
    const copied = await navigator.clipboard.readText();
    expect(copied.endsWith('# the end\n')).toBe(true);
    expect(copied.length).toBeGreaterThan(pasted.length);
  }, 20_000);

  it("reads the terminal test's success as DeepSeek accepting the key", async () => {
    const { user, errorBox, diagnoseButton, onDiagnose } = setup();
    await user.click(errorBox);
    await user.paste(
      '{"object":"list","data":[{"id":"deepseek-flash","object":"model","owned_by":"deepseek"},{"id":"deepseek-v4-pro","object":"model","owned_by":"deepseek"}]}\nHTTP 200\n',
    );
    await user.click(diagnoseButton);

    const result = await screen.findByRole('region', { name: 'What the paste says' });
    expect(result).not.toHaveTextContent(/does not look like an error/);
    expect(within(result).getByText(/DeepSeek accepted the key \(HTTP 200\)/)).toBeInTheDocument();
    expect(within(result).getByText('deepseek-flash, deepseek-v4-pro')).toBeInTheDocument();
    expect(within(result).getByText('curl')).toBeInTheDocument();
    expect(onDiagnose.mock.calls[0]![0].parsedError).toMatchObject({ kind: 'key-accepted' });
  });

  it("reads the output of the page's own checks, not as an unknown error", async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.click(errorBox);
    await user.paste('set, 36 chars, ends def"\n');
    await user.click(diagnoseButton);

    const result = await screen.findByRole('region', { name: 'What the paste says' });
    expect(result).not.toHaveTextContent(/does not look like an error/);
    expect(
      within(result).getByText(/Not an error: what one of this page’s checks printed/),
    ).toBeInTheDocument();
    expect(
      within(result).getByRole('heading', { name: 'What the checks say' }),
    ).toBeInTheDocument();
    expect(within(result).queryByText('Printed by')).not.toBeInTheDocument();
    expect(
      within(result).getByText(/DEEPSEEK_API_KEY is set where the check ran/),
    ).toHaveTextContent(
      'DEEPSEEK_API_KEY is set where the check ran: 36 characters, ending in “def"”. It ends in a quote',
    );
  });

  it('says so when the text is not recognised', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.type(errorBox, 'deepseek-flash, temperature 0.7');
    await user.click(diagnoseButton);
    expect(screen.getByText(/does not look like an error this page knows/)).toBeInTheDocument();
  });

  it('says no answer came, not a 5xx, where a request never ends (zed-industries/zed#23754)', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.type(errorBox, 'Any prompt results in an infinite load');
    await user.click(diagnoseButton);
    expect(screen.getByText(/^No answer came back at all: a failure on/)).toBeInTheDocument();
    expect(screen.queryByText(/failed on its side \(5xx\)/)).toBeNull();
  });

  it('says whose 429 it is where it is not DeepSeek’s', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.click(errorBox);
    await user.paste(
      "RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'code': 'insufficient_quota'}}\nhttps://platform.openai.com/docs/guides/error-codes",
    );
    await user.click(diagnoseButton);
    expect(screen.getByText(/^OpenAI answered 429/)).toBeInTheDocument();
    expect(screen.queryByText(/DeepSeek answered 429/)).toBeNull();
  });

  it('says whose refusal a 400 is where it is not DeepSeek’s (kxn/claude-code-companion#11)', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.click(errorBox);
    await user.paste(
      '{"error":{"code":"invalid_parameter_error","message":"<400> InternalError.Algo.InvalidParameter: The tool call is not supported","type":"invalid_request_error"}}',
    );
    await user.click(diagnoseButton);
    expect(
      screen.getByText(/^Alibaba Cloud DashScope \(Bailian\) refused a setting of the request/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/DeepSeek refused a setting/)).toBeNull();
  });

  it('says a failure that comes only at times is not the key (cline/cline#1166)', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.type(errorBox, 'sometimes it just stops working completely');
    await user.click(diagnoseButton);
    expect(screen.getByText(/^It fails only at times: a key that works/)).toBeInTheDocument();
    expect(screen.queryByText(/\(5xx\)/)).toBeNull();
  });

  it('says where the message went when a tool printed “[object Object]” (nexu-io/open-design#6890)', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.click(errorBox);
    await user.paste('Test failed: [object Object]');
    await user.click(diagnoseButton);
    expect(screen.getByText(/printed an error object as text/)).toBeInTheDocument();
  });

  it('says the code stopped before it sent anything', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.click(errorBox);
    await user.paste("ModuleNotFoundError: No module named 'openai'");
    await user.click(diagnoseButton);
    expect(
      screen.getByText(/^The code stopped on your machine before it sent anything/),
    ).toBeInTheDocument();
  });

  it('asks for the error’s own text where the words only say it fails', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.type(errorBox, 'it just does not work');
    await user.click(diagnoseButton);
    expect(screen.getByText(/Only words that it fails/)).toBeInTheDocument();
  });
});

describe('Answer', () => {
  function renderSummary(evidence: Evidence, t?: Translate) {
    const user = userEvent.setup();
    const summary = (
      <Answer
        diagnosis={diagnose(evidence)}
        evidence={evidence}
        pasted={null}
        language="python"
        model="deepseek-flash"
        environment="terminal"
        platform="Linux x86_64"
        terminal={null}
        appVersion="0.1.0"
        date="2026-12-05"
        factsDate="2026-11-28"
        secrets={[KEY]}
      />
    );
    render(t ? <TranslateProvider value={t}>{summary}</TranslateProvider> : summary);
    return { user };
  }

  it('names the cause first, then the fix, then the check; the other causes ranked, folded', async () => {
    const { user } = renderSummary({ parsedError: parseErrorText(TRACEBACK) });
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(answer.querySelector('.answer-cause')).toHaveTextContent(
      'Most likely the key is not passed to the client',
    );
    const headings = within(answer)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['The fix', 'The check that confirms it']);
    expect(answer).toHaveTextContent('api_key read from DEEPSEEK_API_KEY and base_url');
    // No pasted code: the example for the tab is what "Copy fixed code" copies.
    await user.click(within(answer).getByRole('button', { name: 'Copy fixed code' }));
    expect(await navigator.clipboard.readText()).toBe(causeCode('not-passed', 'python').fixed);

    const others = screen.getByText('The other causes').closest('details')!;
    expect(others).not.toHaveAttribute('open');
    const items = [...others.querySelectorAll('.ps-cause')];
    expect(items.map((li) => li.querySelector('.ps-cause-title')?.textContent)).toEqual([
      'Key mistyped',
      'Key revoked or expired',
      'Key not set',
    ]);
    expect(items[2]).toHaveTextContent('(ruled out)');
    const why = screen.getByText('Why we think so').closest('details')!;
    expect(why).toHaveTextContent(/the key went to OpenAI/);
    const link = within(others).getByRole('link', {
      name: 'Open this step: Key not set',
      hidden: true,
    });
    expect(link).toHaveAttribute('href', '#cause-not-set');
  });

  it('links the API keys page where it names it, in a new tab', () => {
    renderSummary({
      parsedError: parseErrorText('Authentication Fails, Your api key: ****18b" is invalid'),
    });
    const answer = screen.getByRole('region', { name: 'Answer' });
    const link = within(answer).getByRole('link', { name: 'platform.deepseek.com' });
    expect(link).toHaveAttribute('href', 'https://platform.deepseek.com/api_keys');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('links the top-up page for an empty balance', () => {
    renderSummary({ parsedError: parseErrorText('402 Insufficient Balance') });
    const answer = screen.getByRole('region', { name: 'Answer' });
    const link = within(answer).getByRole('link', { name: 'platform.deepseek.com/top_up' });
    expect(link).toHaveAttribute('href', 'https://platform.deepseek.com/top_up');
  });

  it('puts each standing in the brackets of the page language', () => {
    const messages = { ...en, ...zhCN };
    renderSummary({ parsedError: parseErrorText(TRACEBACK) }, (key, vars) =>
      translate(messages, key, vars),
    );
    const standings = [...document.querySelectorAll('.ps-standing')].map((s) => s.textContent);
    expect(standings[0]).toBe('（暂无法判断）');
    expect(standings.every((s) => /^（[^()（）]+）$/.test(s ?? ''))).toBe(true);
  });

  it('copies a report that never holds the key', async () => {
    const { user } = renderSummary({
      keyLint: lintKey(KEY),
      parsedError: parseErrorText(
        `h11._util.LocalProtocolError: Illegal header value b'Bearer ${KEY}\\n'`,
      ),
    });
    await user.click(screen.getByRole('button', { name: 'Copy diagnosis' }));
    const report = await navigator.clipboard.readText();
    expect(report).toContain('# DeepSeek 401 diagnosis');
    // The day it was made, and apart from it the day the facts were checked.
    expect(report).toContain('- Made on: 2026-12-05');
    expect(report).toContain('- Facts about DeepSeek checked on: 2026-11-28');
    expect(report).toContain('Most likely cause: Key mistyped');
    expect(report).toContain('ends with cdef');
    expect(report).not.toContain(KEY);
  });

  it('ranks a pasted terminal test that passed like a live test that passed', () => {
    renderSummary({ parsedError: parseErrorText('HTTP 200\n') });
    const summary = screen.getByRole('region', { name: 'Answer' });
    expect(summary).toHaveTextContent('Most likely the key is not passed to the client');
    expect(summary).toHaveTextContent('DeepSeek accepted a key: the key itself is fine.');
    expect(summary).toHaveTextContent(/Your terminal test got 200/);
  });

  it('points a pasted NOT SET to the first step', () => {
    renderSummary({ parsedError: parseErrorText('NOT SET') });
    const summary = screen.getByRole('region', { name: 'Answer' });
    expect(summary).toHaveTextContent('Most likely the key is not set');
    expect(summary).toHaveTextContent(
      'A check printed NOT SET: DEEPSEEK_API_KEY is missing or empty',
    );
  });
});

describe('the reading of DeepSeek’s message with nothing where the tail goes', () => {
  it('says the key that arrived was empty, and shows no tail', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.click(errorBox);
    await user.paste(
      "Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key:  is invalid', 'type': 'authentication_error'}}",
    );
    await user.click(diagnoseButton);
    const result = await screen.findByRole('region', { name: 'What the paste says' });
    expect(within(result).getByText(/the key that arrived was empty/)).toBeInTheDocument();
    expect(within(result).queryByText('End of the key the server received')).toBeNull();
    expect(within(result).queryByText(/a key arrived and was rejected/)).toBeNull();
  });
});

describe('the reading of another host’s words alone', () => {
  it('names the host, and does not call the text unknown', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.click(errorBox);
    await user.paste(
      'Message: Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com or https://ai.azure.com), or have expired.',
    );
    await user.click(diagnoseButton);
    const result = await screen.findByRole('region', { name: 'What the paste says' });
    expect(
      within(result).getByText(/^Azure .* answered, in its own words, not DeepSeek/),
    ).toBeInTheDocument();
    expect(within(result).queryByText(/does not look like an error this page knows/)).toBeNull();
  });
});
