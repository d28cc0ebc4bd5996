import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workbench } from '../../src/workbench.tsx';
import { loadCodeReader } from '../../src/paste/analyse-paste.ts';

// The code reader's chunk loads on the first paste of code; here it is loaded once per file,
// as a browser would have it cached, so a busy machine does not time out the first Diagnose.
beforeAll(() => loadCodeReader());

const KEY = 'sk-0123456789abcdef0123456789ab1a2b';
const CODE = `from openai import OpenAI\n\nclient = OpenAI(api_key="${KEY}")\n`;
const ERROR = `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****1a2b is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`;

function setup() {
  window.history.replaceState(null, '', window.location.pathname);
  const user = userEvent.setup();
  render(<Workbench />);
  return {
    user,
    keyField: screen.getByLabelText('DeepSeek API key'),
    errorBox: screen.getByRole('textbox', { name: 'Paste your error' }),
    codeBox: screen.getByRole('textbox', { name: 'Paste your code' }),
  };
}

async function paste(user: ReturnType<typeof userEvent.setup>, box: HTMLElement, text: string) {
  await user.click(box);
  await user.paste(text);
}

afterEach(() => window.history.replaceState(null, '', window.location.pathname));

describe('"Forget key" with the key in the pasted code', () => {
  it('empties the code box and the code read from it, so the key is nowhere in the page', async () => {
    const { user, keyField, errorBox, codeBox } = setup();
    await paste(user, keyField, ` "${KEY}"\n`);
    await paste(user, errorBox, ERROR);
    await paste(user, codeBox, CODE);
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    expect(await screen.findByRole('region', { name: 'Answer' })).toBeVisible();
    const result = screen.getByRole('region', { name: 'What the paste says' });
    expect(within(result).getByRole('region', { name: 'Broken code' })).toHaveTextContent(KEY);

    await user.click(screen.getByRole('button', { name: 'Forget key' }));
    expect(document.body.innerHTML).not.toContain(KEY);
    expect(keyField).toHaveValue('');
    expect(codeBox).toHaveValue('');
    expect(screen.getByText('Key forgotten: it is no longer in this page.')).toBeVisible();
    expect(screen.getByText(/The forgotten key was also in what you pasted/)).toBeVisible();
    // The error held no key: it stays, read again on its own, and still feeds the diagnosis.
    expect(errorBox).toHaveValue(ERROR);
    const reread = screen.getByRole('region', { name: 'What the paste says' });
    // Folded under its heading, as after any Diagnose.
    expect(within(reread).getByText('Your error')).toBeInTheDocument();
    expect(within(reread).queryByRole('region', { name: 'Broken code' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Answer' })).toBeInTheDocument();
    // The focus stays where the user is.
    expect(screen.getByRole('button', { name: 'Forget key' })).toHaveFocus();
  });

  it('empties a box that holds the key before any Diagnose', async () => {
    const { user, keyField, codeBox } = setup();
    await paste(user, codeBox, CODE);
    await paste(user, keyField, KEY);
    await user.click(screen.getByRole('button', { name: 'Forget key' }));
    expect(codeBox).toHaveValue('');
    expect(document.body.innerHTML).not.toContain(KEY);
  });

  it('leaves what was pasted alone when it does not hold the key', async () => {
    const { user, keyField, codeBox } = setup();
    const other = CODE.replace(KEY, 'sk-ffffffffffffffffffffffffffffffff');
    await paste(user, codeBox, other);
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    await paste(user, keyField, KEY);
    await user.click(screen.getByRole('button', { name: 'Forget key' }));
    expect(codeBox).toHaveValue(other);
    expect(await screen.findByRole('region', { name: 'What the paste says' })).toBeVisible();
    expect(screen.queryByText(/The forgotten key was also in/)).not.toBeInTheDocument();
  });
});
