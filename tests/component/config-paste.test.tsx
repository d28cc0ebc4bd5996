import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workbench } from '../../src/workbench.tsx';

const KEY = 'sk-0123456789abcdef0123456789abcdef';
const CONTINUE_YAML = `models:
  # my chat model
  - name: DeepSeek
    provider: deepseek
    model: deepseek-flash
    apiKey: ${KEY}
`;

async function paste(code: string, error = '') {
  const user = userEvent.setup();
  render(<Workbench />);
  if (error) {
    await user.click(screen.getByLabelText('Paste your error'));
    await user.paste(error);
  }
  if (code) {
    await user.click(screen.getByLabelText('Paste your code'));
    await user.paste(code);
  }
  await user.click(screen.getByRole('button', { name: 'Diagnose' }));
  // The config parsers load on the first config pasted; the Answer then takes the focus.
  const heading = await screen.findByRole('heading', { name: 'Answer' }, { timeout: 8000 });
  expect(heading).toHaveFocus();
  return user;
}

afterEach(() => window.history.replaceState(null, '', window.location.pathname));

// The first config pasted loads the parsers: slow on a busy machine.
describe('a pasted config file', { timeout: 20_000 }, () => {
  it('lists two findings of a kind on one line, each once (LibreChat’s models list)', async () => {
    // librechat.ai's own DeepSeek example: two retired models in one list.
    await paste(
      'version: 1.2.1\n\nendpoints:\n  custom:\n    - name: "Deepseek"\n      apiKey: "${DEEPSEEK_API_KEY}"\n      baseURL: "https://api.deepseek.com/v1"\n      models:\n        default: ["deepseek-chat", "deepseek-coder", "deepseek-reasoner"]\n        fetch: false\n',
    );
    const result = screen.getByRole('region', { name: 'What the paste says' });
    expect(within(result).getAllByText(/deepseek-chat is retired/)).toHaveLength(1);
    expect(within(result).getAllByText(/deepseek-reasoner is retired/)).toHaveLength(1);
  });

  it('is read in its own format and repaired there, comments kept, no key', async () => {
    await paste(CONTINUE_YAML);
    const result = screen.getByRole('region', { name: 'What the paste says' });
    expect(within(result).getByText('Read as YAML, for Continue.')).toBeInTheDocument();
    expect(within(result).queryByText(/read as Python/i)).toBeNull();
    const fixed = within(result).getByRole('region', { name: 'Fixed code' });
    expect(fixed).toHaveTextContent('apiKey: ${{ secrets.DEEPSEEK_API_KEY }}');
    expect(fixed).toHaveTextContent('# my chat model');
    expect(fixed).not.toHaveTextContent(KEY);
    expect(within(result).getByRole('button', { name: 'Copy fixed code' })).toBeInTheDocument();
  });

  it('selects its tool in "Where do you call DeepSeek?"', async () => {
    await paste(CONTINUE_YAML);
    const tools = screen.getByRole('region', { name: 'Where do you call DeepSeek?' });
    expect(within(tools).getByRole('combobox', { name: 'Tool or library' })).toHaveValue(
      'continue',
    );
    expect(within(tools).getByRole('region', { name: 'Fixed code' })).toHaveTextContent(
      '${{ secrets.DEEPSEEK_API_KEY }}',
    );
  });
});

describe('the Answer for a config file', () => {
  it('speaks of the file, and of its base URL alone when only that changed', async () => {
    await paste(
      `{
  "Providers": [
    { "name": "deepseek", "api_base_url": "https://api.deepseek.com/v1", "api_key": "$DEEPSEEK_API_KEY", "models": ["deepseek-flash"] }
  ]
}
`,
      'API Error: 404 {"error":{"message":"Not Found"}}',
    );
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(
      within(answer).getByText(/your Claude Code Router file does not give the key/),
    ).toBeInTheDocument();
    expect(within(answer).getByText(/Your Claude Code Router file, repaired/)).toBeInTheDocument();
    expect(answer).toHaveTextContent('https://api.deepseek.com/chat/completions');
    // The fix is the base URL: no check of a variable, and no Python client's.
    expect(
      within(answer).queryByRole('heading', { name: 'The check that confirms it' }),
    ).toBeNull();
    expect(answer).not.toHaveTextContent('print(client.base_url');
    expect(answer).not.toHaveTextContent('PASTE_YOUR_DEEPSEEK_KEY_HERE');
  });
});

describe('a wrapped tool error', () => {
  it('selects the tool that printed it', async () => {
    await paste(
      '',
      'litellm.AuthenticationError: DeepseekException - Authentication Fails (governor)',
    );
    const tools = screen.getByRole('region', { name: 'Where do you call DeepSeek?' });
    expect(within(tools).getByRole('combobox', { name: 'Tool or library' })).toHaveValue('litellm');
    expect(within(tools).getByText(/litellm\.api_key/)).toBeInTheDocument();
  });

  it('puts a mistyped key the file holds itself back in the file, not in DEEPSEEK_API_KEY', async () => {
    // One character short, and DeepSeek echoed its end: this very value was refused.
    const short = KEY.slice(0, -1);
    await paste(
      `{\n  "deepseek_key": "${short}",\n  "deepseek_api": "https://api.deepseek.com/v1"\n}\n`,
      `Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****${short.slice(-4)} is invalid'}}`,
    );
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(within(answer).getByText(/Most likely the key is mistyped/)).toBeVisible();
    expect(
      within(answer).getByText(
        /put it in your config file in place of PASTE_YOUR_DEEPSEEK_KEY_HERE/,
      ),
    ).toBeVisible();
    expect(within(answer).queryByText(/DEEPSEEK_API_KEY/)).toBeNull();
  });
});

describe('choosing a tool', () => {
  it('shows its set-up broken and fixed, and a check that prints no key', async () => {
    const user = userEvent.setup();
    render(<Workbench />);
    const tools = screen.getByRole('region', { name: 'Where do you call DeepSeek?' });
    await user.selectOptions(
      within(tools).getByRole('combobox', { name: 'Tool or library' }),
      'claude-code',
    );
    expect(within(tools).getByRole('region', { name: 'Fixed code' })).toHaveTextContent(
      'https://api.deepseek.com/anthropic',
    );
    expect(within(tools).getAllByText(/wc -c/).length).toBeGreaterThan(0);
  });
});

describe(
  'a file that gives the key, with DeepSeek’s “governor” (no key arrived)',
  { timeout: 20_000 },
  () => {
    // openmanus-509: the same key worked with curl; the app, on a deepseek/ model, sent no header.
    const OPENMANUS = `[llm]\nmodel = "deepseek/deepseek-flash"\nbase_url = "https://api.deepseek.com"\napi_key = "${KEY}"\n`;
    const GOVERNOR =
      'litellm.AuthenticationError: AuthenticationError: DeepseekException - Authentication Fails (governor)';

    it('says the file is right and the key is lost after it, not that code hands no key to a client', async () => {
      await paste(OPENMANUS, GOVERNOR);
      const answer = screen.getByRole('region', { name: 'Answer' });
      expect(
        within(answer).getByText(
          /your OpenManus file gives it as it should, yet DeepSeek did not receive it/,
        ),
      ).toBeVisible();
      expect(answer).not.toHaveTextContent(/your code does not hand|example for your stack/);
      expect(within(answer).getByText(/write openai\/ in place of deepseek\//)).toBeVisible();
      expect(within(answer).getByText(/Test your key on this page/)).toBeVisible();
    });
  },
);

describe(
  'a file that gives the key, with DeepSeek’s empty-header answer',
  { timeout: 20_000 },
  () => {
    it('says the key does not reach the tool, not to set a variable in the terminal', async () => {
      const claude = `{\n  "env": {\n    "ANTHROPIC_BASE_URL": "https://api.deepseek.com/anthropic",\n    "ANTHROPIC_AUTH_TOKEN": "${KEY}"\n  }\n}\n`;
      await paste(claude, '401 Authentication Fails (auth header format should be Bearer sk-...)');
      const answer = screen.getByRole('region', { name: 'Answer' });
      expect(
        within(answer).getByText(
          /your Claude Code file is right as pasted, yet no key reached DeepSeek/,
        ),
      ).toBeVisible();
      expect(
        within(answer).getByText(/The key in this file does not reach Claude Code/),
      ).toBeVisible();
      expect(answer).not.toHaveTextContent(
        /in the terminal that starts your program|Your code reads/,
      );
    });
  },
);
