import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { diagnose, type Evidence } from '../../src/domain/diagnose.ts';
import { lintKey } from '../../src/domain/key-lint.ts';
import { parseErrorText } from '../../src/domain/parse-error-text.ts';
import type { PasteEvidence } from '../../src/paste/analyse-paste.ts';
import { DiagnosisSummary } from '../../src/paste/diagnosis-summary.tsx';
import { PastePanel } from '../../src/paste/paste-panel.tsx';

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

function setup() {
  const onDiagnose = vi.fn<(evidence: PasteEvidence) => void>();
  const user = userEvent.setup();
  render(<PastePanel onDiagnose={onDiagnose} />);
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

    const result = screen.getByRole('region', { name: 'What the paste says' });
    expect(within(result).getByRole('heading', { name: 'What the paste says' })).toHaveFocus();
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

    const result = screen.getByRole('region', { name: 'What the paste says' });
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

  it('says so when the text is not recognised', async () => {
    const { user, errorBox, diagnoseButton } = setup();
    await user.type(errorBox, 'it just does not work');
    await user.click(diagnoseButton);
    expect(screen.getByText(/does not look like an error this page knows/)).toBeInTheDocument();
  });
});

describe('DiagnosisSummary', () => {
  function renderSummary(evidence: Evidence) {
    const user = userEvent.setup();
    const onOpenCause = vi.fn();
    render(
      <DiagnosisSummary
        diagnosis={diagnose(evidence)}
        evidence={evidence}
        appVersion="0.1.0"
        date="2026-11-28"
        secrets={[KEY]}
        onOpenCause={onOpenCause}
      />,
    );
    return { user, onOpenCause };
  }

  it('ranks the causes with their reasons and links each step', async () => {
    const { user, onOpenCause } = renderSummary({ parsedError: parseErrorText(TRACEBACK) });
    const summary = screen.getByRole('region', { name: 'Diagnosis' });
    expect(summary).toHaveTextContent('Most likely: Key not passed to the client');
    const items = within(summary)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('ps-cause'));
    expect(items.map((li) => li.querySelector('.ps-cause-title')?.textContent)).toEqual([
      'Key not passed to the client',
      'Key mistyped',
      'Key revoked or expired',
      'Key not set',
    ]);
    expect(items[3]).toHaveTextContent('(ruled out)');
    expect(items[0]).toHaveTextContent(/the key went to OpenAI/);

    const link = within(summary).getByRole('link', {
      name: 'Open this step: Key not passed to the client',
    });
    expect(link).toHaveAttribute('href', '#cause-not-passed');
    await user.click(link);
    expect(onOpenCause).toHaveBeenCalledWith('not-passed');
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
    expect(report).toContain('Most likely cause: Key mistyped');
    expect(report).toContain('ends with cdef');
    expect(report).not.toContain(KEY);
  });

  it('says when there is nothing to go on', () => {
    renderSummary({});
    expect(screen.getByText(/Nothing to go on yet/)).toBeInTheDocument();
  });
});
