import { StrictMode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workbench } from '../../src/workbench.tsx';
import { causeCode } from '../../src/domain/snippets/snippets.ts';
import { loadCodeReader } from '../../src/paste/analyse-paste.ts';

// The code reader's chunk loads on the first paste of code; here it is loaded once per file,
// as a browser would have it cached, so a busy machine does not time out the first Diagnose.
beforeAll(() => loadCodeReader());

/** The four steps, in the order of SPEC §2.1. */
const STEPS = [
  ['not-set', 'Key not set'],
  ['mistyped', 'Key mistyped'],
  ['revoked', 'Key revoked or expired'],
  ['not-passed', 'Key not passed to the client'],
] as const;

/** Puts the page at a URL without firing hashchange (a fresh page load, as far as the app sees). */
function loadAt(hash = '') {
  window.history.replaceState(null, '', `${window.location.pathname}${hash}`);
}

function setup(hash = '') {
  loadAt(hash);
  const user = userEvent.setup();
  render(<Workbench />);
  const nav = screen.getByRole('navigation', { name: 'Causes' });
  return { user, nav };
}

const step = (title: string) => screen.getByRole('region', { name: title });
const navItem = (nav: HTMLElement, index: number) => within(nav).getAllByRole('listitem')[index]!;

async function openStep(user: ReturnType<typeof userEvent.setup>, nav: HTMLElement, title: string) {
  await user.click(within(nav).getByRole('link', { name: title }));
  return screen.findByRole('heading', { level: 3, name: title });
}

beforeEach(() => loadAt());
afterEach(() => loadAt());

describe('the Causes navigation', () => {
  it('has exactly the four steps, in order, as links to their hashes', () => {
    const { nav } = setup();
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(STEPS.map(([, title]) => title));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      STEPS.map(([id]) => `#cause-${id}`),
    );
  });

  it('opens no step until asked, and offers to start with cause 1', () => {
    setup();
    expect(screen.queryByRole('region', { name: 'Broken code' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start with cause 1' })).toHaveAttribute(
      'href',
      '#cause-not-set',
    );
  });

  it.each(STEPS)(
    'opens %s from its link, puts it in the hash and moves focus to its heading',
    async (id, title) => {
      const { user, nav } = setup();
      const heading = await openStep(user, nav, title);
      expect(window.location.hash).toBe(`#cause-${id}`);
      await waitFor(() => expect(heading).toHaveFocus());
      expect(within(nav).getByRole('link', { name: title })).toHaveAttribute(
        'aria-current',
        'step',
      );
      // Only the open step is shown.
      expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toContain(
        title,
      );
      for (const [, other] of STEPS.filter(([, t]) => t !== title)) {
        expect(screen.queryByRole('heading', { level: 3, name: other })).not.toBeInTheDocument();
      }
    },
  );

  it('moves between the links with the arrow keys, wrapping at both ends', async () => {
    const { user, nav } = setup();
    const links = within(nav).getAllByRole('link');
    links[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(links[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowLeft}{ArrowLeft}');
    expect(links[3]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 3, name: 'Key not set' })).toBeVisible();
  });
});

describe('a step', () => {
  it('says how to check, with a command and the output to expect, per shell', async () => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key not set');
    const region = step('Key not set');
    expect(within(region).getByRole('heading', { name: 'How to check' })).toBeVisible();
    expect(within(region).getAllByText('set, 35 chars, ends 1a2b')[0]).toBeVisible();
    // The example's last four are not the reader's: the label says so.
    expect(
      within(region).getAllByText('set, 35 chars, ends 1a2b')[0]!.parentElement,
    ).toHaveTextContent(/^Expected output \(the last four characters will be those of your key\):/);
    expect(within(region).getAllByRole('button', { name: 'Copy command' }).length).toBeGreaterThan(
      0,
    );

    const [shells] = within(region).getAllByRole('group', { name: 'Where you run it' });
    const bash = within(shells!).getByRole('button', { name: 'bash / zsh' });
    const powershell = within(shells!).getByRole('button', { name: 'PowerShell' });
    expect(bash).toHaveAttribute('aria-pressed', 'true');
    expect(within(region).getAllByText(/\$\{#DEEPSEEK_API_KEY\}/).length).toBeGreaterThan(0);
    await user.click(powershell);
    expect(powershell).toHaveAttribute('aria-pressed', 'true');
    expect(within(region).getAllByText(/\$env:DEEPSEEK_API_KEY\.Length/).length).toBeGreaterThan(0);
  });

  it('sets the key up where the code runs, each with a check that never prints the key', async () => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key not set');
    const region = step('Key not set');
    // Folded under the fix.
    await user.click(within(region).getByText('Set the key where your code runs'));
    const where = within(region).getByRole('combobox', { name: 'Environment' });
    // jsdom reports Linux: bash/zsh first.
    expect(where).toHaveDisplayValue('bash / zsh (this terminal)');
    expect(region.textContent).toContain('read -rs DEEPSEEK_API_KEY');

    await user.selectOptions(where, 'PowerShell (every new terminal)');
    expect(within(region).getByText(/open a new terminal/)).toBeVisible();
    expect(region.textContent).toContain('SetEnvironmentVariable');

    // An output without a key's end has the plain label.
    await user.selectOptions(where, 'GitHub Actions');
    expect(within(region).getByText('set, 35 chars').parentElement).toHaveTextContent(
      /^Expected output: set, 35 chars$/,
    );

    await user.selectOptions(where, 'Docker Compose');
    expect(region.textContent).toMatch(/docker compose config \| awk/);
    expect(
      within(region).getAllByRole('button', { name: /^Copy the set-up/ }).length,
    ).toBeGreaterThan(0);
    expect(within(region).queryByText(/open a new terminal/)).not.toBeInTheDocument();
  });

  it('"Not this — next cause" opens the next step and marks this one ruled out', async () => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key not set');
    expect(navItem(nav, 0)).not.toHaveTextContent('ruled out');
    await user.click(screen.getByRole('button', { name: 'Not this — next cause' }));

    const next = await screen.findByRole('heading', { level: 3, name: 'Key mistyped' });
    expect(window.location.hash).toBe('#cause-mistyped');
    await waitFor(() => expect(next).toHaveFocus());
    expect(navItem(nav, 0)).toHaveTextContent('ruled out');
    expect(navItem(nav, 1)).not.toHaveTextContent('ruled out');
    expect(within(nav).getByRole('link', { name: 'Key mistyped' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('walks all four with "Not this", then says what to do when none matched', async () => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key not set');
    for (const [, title] of STEPS.slice(1)) {
      await user.click(screen.getByRole('button', { name: 'Not this — next cause' }));
      expect(await screen.findByRole('heading', { level: 3, name: title })).toBeVisible();
    }
    await user.click(screen.getByRole('button', { name: 'Not this — next cause' }));
    expect(await screen.findByText(/^None of the four\?/)).toBeVisible();
    expect(window.location.hash).toBe('#cause-not-passed');
    for (const index of [0, 1, 2, 3]) expect(navItem(nav, index)).toHaveTextContent('ruled out');
  });

  it('"This was it" shows the solved message and marks the step', async () => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key revoked or expired');
    expect(screen.queryByText(/^Good: copy the fixed code above/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'This was it' }));
    expect(await screen.findByText(/^Good: copy the fixed code above/)).toBeVisible();
    expect(navItem(nav, 2)).toHaveTextContent('this was it');
    expect(window.location.hash).toBe('#cause-revoked');
  });

  it('shows the broken and the fixed code in regions of their own', async () => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key not passed to the client');
    const broken = screen.getByRole('region', { name: 'Broken code' });
    const fixed = screen.getByRole('region', { name: 'Fixed code' });
    expect(broken).toHaveTextContent('client = OpenAI()');
    expect(broken).not.toHaveTextContent('https://api.deepseek.com');
    expect(fixed).toHaveTextContent('base_url="https://api.deepseek.com"');
    expect(fixed).toHaveTextContent('os.environ["DEEPSEEK_API_KEY"]');
    // Changed lines are marked for screen readers too.
    expect(fixed).toHaveTextContent('(changed)');
    expect(broken).toHaveTextContent('(removed)');
  });

  it('switches the code between Python and Node', async () => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key not set');
    const region = step('Key not set');
    const languages = within(region).getByRole('group', { name: 'Code language' });
    const python = within(languages).getByRole('button', { name: 'Python' });
    const node = within(languages).getByRole('button', { name: 'Node.js / TypeScript' });
    const fixed = () => within(region).getByRole('region', { name: 'Fixed code' });

    expect(python).toHaveAttribute('aria-pressed', 'true');
    expect(fixed()).toHaveTextContent('from openai import OpenAI');
    await user.click(node);
    expect(node).toHaveAttribute('aria-pressed', 'true');
    expect(python).toHaveAttribute('aria-pressed', 'false');
    expect(fixed()).toHaveTextContent("import OpenAI from 'openai';");
    expect(fixed()).not.toHaveTextContent('from openai import OpenAI');
    expect(within(region).getByRole('region', { name: 'Broken code' })).toHaveTextContent(
      'new OpenAI({',
    );

    // The choice outlives the step: the next cause opens in Node too.
    await user.click(screen.getByRole('button', { name: 'Not this — next cause' }));
    await screen.findByRole('heading', { level: 3, name: 'Key mistyped' });
    expect(screen.getByRole('region', { name: 'Fixed code' })).toHaveTextContent(
      "import OpenAI from 'openai';",
    );
  });

  it.each([
    ['Python', 'python'],
    ['Node.js / TypeScript', 'node'],
  ] as const)('"Copy fixed code" copies the fixed %s code and says so', async (label, language) => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key mistyped');
    const languages = within(step('Key mistyped')).getByRole('group', { name: 'Code language' });
    await user.click(within(languages).getByRole('button', { name: label }));
    await user.click(screen.getByRole('button', { name: 'Copy fixed code' }));

    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(causeCode('mistyped', language).fixed);
    expect(copied).toContain('https://api.deepseek.com');
    expect(copied).toContain('DEEPSEEK_API_KEY');
    // The screen-reader markers of changed lines are not part of the code.
    expect(copied).not.toContain('(changed)');
    expect(await screen.findByText('Copied to the clipboard.')).toBeVisible();
  });

  it('says so when the clipboard refuses', async () => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key not set');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy fixed code' }));
    expect(await screen.findByText(/^Could not copy: select the text/)).toBeVisible();
    expect(screen.queryByText('Copied to the clipboard.')).not.toBeInTheDocument();
  });
});

describe('a link to a step', () => {
  it('does not steal focus on load in StrictMode either, whose effects run twice', () => {
    loadAt('#cause-mistyped');
    render(
      <StrictMode>
        <Workbench />
      </StrictMode>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Key mistyped' })).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });

  it('opens that step on load without stealing focus', () => {
    const { nav } = setup('#cause-revoked');
    const heading = screen.getByRole('heading', { level: 3, name: 'Key revoked or expired' });
    expect(heading).toBeVisible();
    expect(heading).not.toHaveFocus();
    expect(document.body).toHaveFocus();
    expect(within(nav).getByRole('link', { name: 'Key revoked or expired' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('follows the hash when it changes later (back and forward buttons)', async () => {
    setup('#cause-revoked');
    window.location.hash = '#cause-mistyped';
    expect(await screen.findByRole('heading', { level: 3, name: 'Key mistyped' })).toBeVisible();
  });

  it.each(['#cause-unknown', '#cause-revoked&key=sk-1234', '#paste'])(
    'ignores a hash that is not a step: %s',
    (hash) => {
      setup(hash);
      expect(screen.queryByRole('region', { name: 'Fixed code' })).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Start with cause 1' })).toBeVisible();
    },
  );
});

describe('pasted code', () => {
  it('sets the code tab to its language, for the steps and the reference', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Paste your code'));
    await user.paste("import OpenAI from 'openai';\nconst client = new OpenAI();\n");
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    // The likely step opens, and the focus goes to the Answer.
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Key not passed to the client' }),
    ).toBeVisible();
    expect(window.location.hash).toBe('#cause-not-passed');
    expect(screen.getByRole('heading', { name: 'Answer' })).toHaveFocus();
    const reference = screen.getByRole('region', { name: 'About this error' });
    const tabs = within(reference).getByRole('group', { name: 'Code language' });
    expect(within(tabs).getByRole('button', { name: 'Node.js / TypeScript' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Its repair is shown beside it, once: the step points there instead of repeating it.
    expect(screen.getAllByRole('region', { name: 'Fixed code' })).toHaveLength(1);
    const hash = window.location.hash;
    await user.click(screen.getByRole('button', { name: 'See your code repaired' }));
    expect(screen.getByRole('heading', { name: 'What the paste says' })).toHaveFocus();
    // The open step stays open: the hash is not touched.
    expect(window.location.hash).toBe(hash);
    expect(screen.getByRole('button', { name: 'This was it' })).toBeVisible();
  });
});

describe('pasted code and the code tab', () => {
  const LANGCHAIN_CODE =
    'from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model="deepseek-flash")\n';
  const LITELLM_CODE =
    'import litellm\nr = litellm.completion(model="openai/deepseek-flash", messages=[])\n';
  const UNSURE_PYTHON_CODE = 'import os\nprint(len(os.environ["DEEPSEEK_API_KEY"]))\n';

  const referenceTab = (name: string) =>
    within(
      within(screen.getByRole('region', { name: 'About this error' })).getByRole('group', {
        name: 'Code language',
      }),
    ).getByRole('button', { name });

  async function pasteCode(user: ReturnType<typeof userEvent.setup>, code: string) {
    await user.click(screen.getByLabelText('Paste your code'));
    await user.paste(code);
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
  }

  it.each([
    ['LangChain', LANGCHAIN_CODE, 'LangChain'],
    ['LiteLLM', LITELLM_CODE, 'LiteLLM'],
    ['Python', LANGCHAIN_CODE, 'LangChain'],
    ['Python', LITELLM_CODE, 'LiteLLM'],
    ['Node.js / TypeScript', LITELLM_CODE, 'LiteLLM'],
    // Python that names no library: the tab stays if it is Python, else the openai SDK's.
    ['LiteLLM', UNSURE_PYTHON_CODE, 'LiteLLM'],
    ['curl', UNSURE_PYTHON_CODE, 'Python'],
  ])('on the %s tab, pasted code sets the tab of the library it calls', async (from, code, to) => {
    const { user } = setup();
    await user.click(referenceTab(from));
    await pasteCode(user, code);
    expect(await screen.findByRole('heading', { name: 'Answer' })).toHaveFocus();
    expect(referenceTab(to)).toHaveAttribute('aria-pressed', 'true');
  });

  it('says which library the pasted code was read as', async () => {
    const { user } = setup();
    await pasteCode(user, LANGCHAIN_CODE);
    const result = await screen.findByRole('region', { name: 'What the paste says' });
    expect(within(result).getByText('Read as Python with LangChain.')).toBeInTheDocument();
  });
});

describe('step 4, "Key not passed to the client"', () => {
  const checks = () =>
    within(step('Key not passed to the client')).getByRole('group', { name: 'Where you run it' });
  const tabs = () =>
    within(step('Key not passed to the client')).getByRole('group', { name: 'Code language' });
  const shownCheck = () => within(step('Key not passed to the client')).getAllByRole('code')[0]!;

  it('shows the check for the code tab, and says where it goes', async () => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key not passed to the client');
    const region = step('Key not passed to the client');
    const cases = [
      ['Python', 'Python', 'client.api_key[-4:]', 'right after the client is built'],
      ['Node.js / TypeScript', 'Node.js', 'client.apiKey.slice(-4)', 'right after the client'],
      ['LangChain', 'LangChain', 'llm.openai_api_key.get_secret_value()[-4:]', 'after the client'],
      ['LiteLLM', 'LiteLLM', 'litellm.get_llm_provider(', 'before your litellm.completion call'],
      ['curl', 'curl (bash / zsh)', 'curl() {', 'then run your curl command as it is'],
      ['PowerShell', 'PowerShell', '$request.Headers.Authorization[-4..-1]', 'after $request'],
    ] as const;
    for (const [tab, check, command, where] of cases) {
      await user.click(within(tabs()).getByRole('button', { name: tab }));
      expect(within(checks()).getByRole('button', { name: check })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      expect(shownCheck()).toHaveTextContent(command);
      expect(within(region).getByText(new RegExp(escapeRegExp(where)))).toBeVisible();
    }
  });

  it('keeps a check the user picks until the code tab changes', async () => {
    const { user, nav } = setup();
    await openStep(user, nav, 'Key not passed to the client');
    await user.click(within(tabs()).getByRole('button', { name: 'LiteLLM' }));
    await user.click(within(checks()).getByRole('button', { name: 'Python' }));
    expect(shownCheck()).toHaveTextContent('client.api_key[-4:]');
    expect(within(tabs()).getByRole('button', { name: 'LiteLLM' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(tabs()).getByRole('button', { name: 'Node.js / TypeScript' }));
    expect(shownCheck()).toHaveTextContent('client.apiKey.slice(-4)');
    // The terminal of the other steps is untouched.
    await user.click(within(nav).getByRole('link', { name: 'Key not set' }));
    const shells = within(step('Key not set')).getByRole('group', { name: 'Where you run it' });
    expect(within(shells).getByRole('button', { name: 'bash / zsh' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
