import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workbench } from '../../src/workbench.tsx';
import { loadCodeReader } from '../../src/paste/analyse-paste.ts';

// The code reader's chunk loads on the first paste of code; here it is loaded once per file,
// as a browser would have it cached, so a busy machine does not time out the first Diagnose.
beforeAll(() => loadCodeReader());

const NODE_ERROR = `AuthenticationError: 401 Authentication Fails, Your api key: ****ined is invalid
    at APIError.generate (node_modules/openai/core/error.js:45:20)
    at OpenAI.makeStatusError (node_modules/openai/client.js:210:28)`;
const PYTHON_ERROR = `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****abcd is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`;
const PYTHON_CODE = 'from openai import OpenAI\nclient = OpenAI()\n';

const referenceTab = (name: string) =>
  within(
    within(screen.getByRole('region', { name: 'About this error' })).getByRole('group', {
      name: 'Code language',
    }),
  ).getByRole('button', { name });

async function paste(error: string, code = '', from?: string) {
  window.history.replaceState(null, '', window.location.pathname);
  const user = userEvent.setup();
  render(<Workbench />);
  if (from) await user.click(referenceTab(from));
  await user.click(screen.getByLabelText('Paste your error'));
  await user.paste(error);
  if (code) {
    await user.click(screen.getByLabelText('Paste your code'));
    await user.paste(code);
  }
  await user.click(screen.getByRole('button', { name: 'Diagnose' }));
  // The Answer takes the focus, just below the Diagnose button.
  expect(await screen.findByRole('heading', { name: 'Answer' })).toHaveFocus();
}

afterEach(() => window.history.replaceState(null, '', window.location.pathname));

describe('a pasted error sets the code tab', () => {
  it.each([
    ['a Node error', NODE_ERROR, '', 'Python', 'Node.js / TypeScript'],
    ['a Python error on the Node tab', PYTHON_ERROR, '', 'Node.js / TypeScript', 'Python'],
    // LangChain runs on Python: its tab stays.
    ['a Python error on the LangChain tab', PYTHON_ERROR, '', 'LangChain', 'LangChain'],
    // Pasted code wins over the error.
    ['a Node error with Python code', NODE_ERROR, PYTHON_CODE, 'curl', 'Python'],
  ])('%s', async (_name, error, code, from, to) => {
    await paste(error, code, from);
    expect(screen.getByText(/openai for (Node\.js|Python)/)).toBeInTheDocument();
    expect(referenceTab(to)).toHaveAttribute('aria-pressed', 'true');
  });
});
