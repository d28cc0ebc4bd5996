import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer, type ComponentProps } from 'react';
import type { checkKey, PreparedCheck, prepareCheck } from '../../src/deepseek/check-key.ts';
import type { KeyTestOutcome } from '../../src/domain/key-test/key-test-outcome.ts';
import { KeyTestPanel } from '../../src/key-test/key-test-panel.tsx';
import {
  initialKeyTestState,
  keyTestReducer,
  keyTestResultOf,
  type KeyTestResult,
} from '../../src/key-test/key-test-state.ts';
import { GOOD_KEY } from '../mocks/deepseek.ts';

type Check = typeof checkKey;
const timing = { latencyMs: 87, viaRelay: false };
const tail = GOOD_KEY.slice(-4);

/** A fake `prepareCheck` whose checks call `check` when they run: `check` sees each test. */
const preparing = (check: Check) =>
  vi.fn<typeof prepareCheck>((key, target = {}): PreparedCheck => ({
    run: (signal) => check(key, { ...target, signal }),
    drop: vi.fn(),
  }));

/** The panel with its state held outside it, as the page holds it; `onResult` sees each result. */
function Panel({
  onResult,
  ...props
}: Omit<ComponentProps<typeof KeyTestPanel>, 'state' | 'dispatch'> & {
  onResult?: (result: KeyTestResult) => void;
}) {
  const [state, dispatch] = useReducer(keyTestReducer, initialKeyTestState);
  onResult?.(keyTestResultOf(state));
  return <KeyTestPanel state={state} dispatch={dispatch} {...props} />;
}

function setup(check: Check, detectRelay = vi.fn(async () => null as string | null)) {
  const onResult = vi.fn<(result: KeyTestResult) => void>();
  const user = userEvent.setup();
  render(<Panel prepareCheck={preparing(check)} detectRelay={detectRelay} onResult={onResult} />);
  const field = screen.getByLabelText('DeepSeek API key');
  return { user, field, onResult, detectRelay };
}

async function testKey(check: Check, key = GOOD_KEY, detectRelay?: ReturnType<typeof vi.fn>) {
  const ctx = setup(check, detectRelay as never);
  await ctx.user.click(ctx.field);
  await ctx.user.paste(key);
  await ctx.user.click(screen.getByRole('button', { name: 'Test key' }));
  await screen.findByRole('heading', { level: 3, name: /\S/ });
  return ctx;
}

const answer = (outcome: KeyTestOutcome): Check => vi.fn(async () => outcome);

describe('KeyTestPanel', () => {
  it.each<[string, KeyTestOutcome, RegExp]>([
    [
      'valid',
      {
        kind: 'valid',
        models: ['deepseek-flash', 'deepseek-v4-pro'],
        balance: {
          isAvailable: true,
          infos: [
            {
              currency: 'CNY',
              totalBalance: '110.00',
              grantedBalance: '10.00',
              toppedUpBalance: '100.00',
            },
          ],
        },
        ...timing,
      },
      /Your key works.*deepseek-flash, deepseek-v4-pro.*110\.00 CNY.*87 ms/,
    ],
    [
      'revoked',
      {
        kind: 'unauthorized',
        status: 401,
        message: `Authentication Fails, Your api key: ****${tail} is invalid`,
        variant: 'invalid-key',
        echoedTail: tail,
        requestId: null,
        ...timing,
      },
      /rejected this key although it is well-formed.*401.*Authentication Fails, Your api key/,
    ],
    [
      'tail mismatch',
      {
        kind: 'unauthorized',
        status: 401,
        message: 'Authentication Fails, Your api key: ****_KEY is invalid',
        variant: 'invalid-key',
        echoedTail: '_KEY',
        requestId: null,
        ...timing,
      },
      /ending in “_KEY”.*sends the name instead of its value/,
    ],
    [
      '402',
      { kind: 'insufficient-balance', status: 402, message: 'Insufficient Balance', ...timing },
      /balance is insufficient.*402.*Insufficient Balance/,
    ],
    [
      '403',
      { kind: 'forbidden', status: 403, message: 'Forbidden', ...timing },
      /refused access \(403\)/,
    ],
    [
      '404',
      { kind: 'not-found', status: 404, message: 'Not Found', ...timing },
      /base URL is wrong/,
    ],
    [
      '429',
      {
        kind: 'rate-limited',
        status: 429,
        message: 'Rate Limit Reached',
        retryAfterSeconds: 20,
        ...timing,
      },
      /wait 20 seconds/,
    ],
    [
      'the tester that did not load',
      { kind: 'tester-unavailable' },
      /could not load the code that tests keys.*nothing was sent to DeepSeek: reload the page/,
    ],
    [
      '503',
      { kind: 'server-error', status: 503, message: 'Server Overloaded', ...timing },
      /servers failed \(HTTP 503\)/,
    ],
    [
      'HTML',
      {
        kind: 'unexpected-response',
        status: 200,
        contentType: 'text/html',
        bodyExcerpt: '<html>Wi-Fi</html>',
        ...timing,
      },
      /Something other than DeepSeek.*text\/html.*<html>Wi-Fi<\/html>/,
    ],
    [
      'timeout',
      { kind: 'timed-out', timeoutMs: 15000, ...timing },
      /did not answer within 15 seconds/,
    ],
    ['not sendable', { kind: 'not-sendable', reason: 'not-ascii' }, /not plain ASCII/],
  ])(
    'shows the verdict for %s in the status region, and focuses it',
    async (_name, outcome, text) => {
      const check = answer(outcome);
      const { onResult } = await testKey(check);
      const status = screen.getByRole('status');
      expect(status.textContent).toMatch(text);
      expect(within(status).getByRole('heading', { level: 3 })).toHaveFocus();
      expect(onResult).toHaveBeenLastCalledWith({
        lint: expect.objectContaining({ cleaned: GOOD_KEY }),
        outcome,
        customBase: null,
      });
      expect(check).toHaveBeenCalledTimes(1);
      expect(vi.mocked(check).mock.calls[0]?.[0]).toBe(GOOD_KEY);
    },
  );

  it('when blocked: says so without blaming the key, gives terminal commands without the key, offers the relay once', async () => {
    const check = vi
      .fn<Check>()
      .mockResolvedValueOnce({ kind: 'network-blocked', offline: false, ...timing })
      .mockResolvedValueOnce({
        kind: 'valid',
        models: ['deepseek-flash'],
        balance: null,
        latencyMs: 40,
        viaRelay: true,
      });
    const detectRelay = vi.fn(async () => 'http://localhost:5173/__deepseek-relay');
    const { user } = await testKey(check, GOOD_KEY, detectRelay);

    expect(screen.getByRole('status').textContent).toMatch(
      /could not reach DeepSeek, which is not your key’s fault/,
    );
    const curl = screen.getByRole('region', { name: /curl/ });
    expect(curl.textContent).toContain('$DEEPSEEK_API_KEY');
    expect(screen.getByRole('region', { name: 'PowerShell' }).textContent).toContain(
      '$env:DEEPSEEK_API_KEY',
    );
    expect(document.body.textContent).not.toContain(GOOD_KEY);

    await user.click(
      await screen.findByRole('button', { name: 'Try again through this page’s own server' }),
    );
    expect(check).toHaveBeenLastCalledWith(
      GOOD_KEY,
      expect.objectContaining({
        baseURL: 'http://localhost:5173/__deepseek-relay',
        viaRelay: true,
      }),
    );
    expect(await screen.findByText(/through this page’s own server/)).toBeInTheDocument();
    expect(screen.getByRole('status').textContent).toMatch(/Your key works/);
    expect(
      screen.queryByRole('button', { name: 'Try again through this page’s own server' }),
    ).not.toBeInTheDocument();
    expect(detectRelay).toHaveBeenCalledTimes(1);
  });

  it('offers no relay on a static host', async () => {
    const check = answer({ kind: 'network-blocked', offline: false, ...timing });
    const detectRelay = vi.fn(async () => null);
    await testKey(check, GOOD_KEY, detectRelay);
    await vi.waitFor(() => expect(detectRelay).toHaveBeenCalled());
    expect(
      screen.queryByRole('button', { name: 'Try again through this page’s own server' }),
    ).not.toBeInTheDocument();
  });

  it('Forget key clears the field and the verdict at once', async () => {
    const { user, field, onResult } = await testKey(
      answer({ kind: 'valid', models: [], balance: null, ...timing }),
    );
    await user.click(screen.getByRole('button', { name: 'Forget key' }));
    expect(field).toHaveValue('');
    expect(screen.getByRole('status').textContent).not.toMatch(/Your key works/);
    expect(screen.getByRole('status')).toHaveTextContent('Key forgotten');
    expect(onResult).toHaveBeenLastCalledWith(null);
  });

  it('the cleaned key replaces a pasted value with quotes and a newline', async () => {
    const { user, field } = setup(answer({ kind: 'cancelled' }));
    await user.click(field);
    await user.paste(`"${GOOD_KEY}"\n`);
    expect(screen.getByText(/“|"|quote/i, { selector: '.kt-finding' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use the cleaned key' }));
    expect(field).toHaveValue(GOOD_KEY);
    expect(screen.queryByRole('button', { name: 'Use the cleaned key' })).not.toBeInTheDocument();
    expect(field).toHaveFocus();
  });

  it('Cancel stops a running test; Test key is marked disabled meanwhile', async () => {
    const check = vi.fn<Check>(
      (_key, { signal }) =>
        new Promise((resolve) =>
          signal.addEventListener('abort', () => resolve({ kind: 'cancelled' })),
        ),
    );
    const { user, field } = setup(check);
    await user.click(field);
    await user.paste(GOOD_KEY);
    const testButton = screen.getByRole('button', { name: 'Test key' });
    await user.click(testButton);
    // A second click before "Testing…" has rendered (at the next frame) starts nothing either.
    await user.click(testButton);
    expect(await screen.findByText(/Testing the key/)).toBeVisible();
    expect(testButton).toHaveAttribute('aria-disabled', 'true');
    await user.click(testButton);
    expect(check).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: /Test cancelled/ })).toHaveFocus();
    expect(testButton).toHaveAttribute('aria-disabled', 'false');
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });

  it('keeps the key out of the HTML: it is the field’s value, not its attribute', async () => {
    const { user, field } = setup(answer({ kind: 'cancelled' }));
    await user.click(field);
    await user.paste(`"${GOOD_KEY}"`);
    await user.click(screen.getByRole('button', { name: 'Use the cleaned key' }));
    await user.click(screen.getByRole('button', { name: 'Show key' }));
    expect(field).toHaveValue(GOOD_KEY);
    expect(document.body.innerHTML).not.toContain(GOOD_KEY.slice(3, -4));
    await user.click(screen.getByRole('button', { name: 'Forget key' }));
    expect(field).toHaveValue('');
  });

  it('masks the key until "Show key" is pressed', async () => {
    const { user, field } = setup(answer({ kind: 'cancelled' }));
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).toHaveAttribute('spellcheck', 'false');
    const show = screen.getByRole('button', { name: 'Show key' });
    await user.click(show);
    expect(field).toHaveAttribute('type', 'text');
    expect(show).toHaveAttribute('aria-pressed', 'true');
  });

  it('editing the key drops a verdict about the old one', async () => {
    const { user, field } = await testKey(
      answer({ kind: 'valid', models: [], balance: null, ...timing }),
    );
    await user.type(field, 'x');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('the check prepared ahead of the click', () => {
  /** Records each prepared check, so that a test can see which one ran and which were dropped. */
  function recording() {
    const checks: {
      key: string;
      baseURL?: string;
      run: ReturnType<typeof vi.fn>;
      drop: ReturnType<typeof vi.fn>;
    }[] = [];
    const prepare = vi.fn<typeof prepareCheck>((key, target = {}) => {
      const check = {
        key,
        baseURL: target.baseURL,
        // Like the real one: an empty key is not sent; any other works.
        run: vi.fn(async (): Promise<KeyTestOutcome> =>
          key === ''
            ? { kind: 'not-sendable', reason: 'empty' }
            : { kind: 'valid', models: [], balance: null, ...timing },
        ),
        drop: vi.fn(),
      };
      checks.push(check);
      return check;
    });
    render(<Panel prepareCheck={prepare} detectRelay={vi.fn(async () => null)} />);
    return {
      checks,
      prepare,
      user: userEvent.setup(),
      field: screen.getByLabelText('DeepSeek API key'),
    };
  }

  it('is prepared for the key on screen, run by the click, and dropped when the key changes or is forgotten', async () => {
    const { checks, user, field } = recording();
    expect(checks).toEqual([]);
    await user.click(field);
    await user.paste(GOOD_KEY);
    expect(checks.map((check) => [check.key, check.baseURL])).toEqual([
      [GOOD_KEY, 'https://api.deepseek.com'],
    ]);
    expect(checks[0]?.run).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Test key' }));
    await screen.findByRole('heading', { level: 3, name: /Your key works/ });
    expect(checks[0]?.run).toHaveBeenCalledTimes(1);
    // The next click gets a fresh check for the same key.
    const next = checks.at(-1);
    expect(next).not.toBe(checks[0]);
    expect(next?.key).toBe(GOOD_KEY);

    await user.type(field, 'x');
    expect(next?.drop).toHaveBeenCalled();
    expect(checks.at(-1)?.key).toBe(`${GOOD_KEY}x`);

    const last = checks.at(-1);
    const count = checks.length;
    await user.click(screen.getByRole('button', { name: 'Forget key' }));
    expect(last?.drop).toHaveBeenCalled();
    expect(checks).toHaveLength(count);
    expect(checks.filter((check) => check.run.mock.calls.length > 0)).toHaveLength(1);
  });

  it('after Forget key, Test key runs no check prepared for the forgotten key', async () => {
    const { checks, user, field } = recording();
    await user.click(field);
    await user.paste(GOOD_KEY);
    await user.click(screen.getByRole('button', { name: 'Forget key' }));
    await user.click(screen.getByRole('button', { name: 'Test key' }));
    expect(await screen.findByRole('heading', { level: 3 })).toHaveTextContent('Paste a key first');
    expect(checks.filter((check) => check.key === GOOD_KEY).map((c) => c.run.mock.calls)).toEqual([
      [],
    ]);
  });

  it('follows the API base URL, and prepares nothing for one that cannot be used', async () => {
    const { checks, user, field } = recording();
    await user.click(field);
    await user.paste(GOOD_KEY);
    await user.click(screen.getByText('Advanced: test through another API base URL'));
    const base = screen.getByRole('textbox', { name: 'API base URL' });
    await user.type(base, 'http://proxy.example.com');
    expect(checks.at(-1)?.drop).toHaveBeenCalled();
    expect(checks.map((check) => check.baseURL)).not.toContain('http://proxy.example.com');
    await user.clear(base);
    await user.type(base, 'https://llm-proxy.example.com');
    expect(checks.at(-1)).toMatchObject({
      key: GOOD_KEY,
      baseURL: 'https://llm-proxy.example.com',
    });
  });
});

describe('another API base URL', () => {
  it('is DeepSeek unless the user types another, and then warns who gets the key', async () => {
    const check = answer({ kind: 'valid', models: ['deepseek-flash'], balance: null, ...timing });
    const { user, field, onResult } = setup(check);
    await user.click(field);
    await user.paste(GOOD_KEY);
    await user.click(screen.getByRole('button', { name: 'Test key' }));
    expect(check).toHaveBeenLastCalledWith(
      GOOD_KEY,
      expect.objectContaining({ baseURL: 'https://api.deepseek.com' }),
    );

    await user.click(screen.getByText('Advanced: test through another API base URL'));
    const base = screen.getByRole('textbox', { name: 'API base URL' });
    await user.type(base, 'https://llm-proxy.example.com/deepseek/');
    expect(base).toHaveAccessibleDescription(/sent to llm-proxy\.example\.com, not to DeepSeek/);
    // The verdict about DeepSeek is stale once the address changes.
    expect(screen.getByRole('status')).toHaveTextContent('');

    await user.click(screen.getByRole('button', { name: 'Test key' }));
    expect(check).toHaveBeenLastCalledWith(
      GOOD_KEY,
      expect.objectContaining({ baseURL: 'https://llm-proxy.example.com/deepseek' }),
    );
    expect(
      await screen.findByText(/Tested against https:\/\/llm-proxy\.example\.com\/deepseek/),
    ).toBeVisible();
    // The page is told it was not DeepSeek that answered.
    expect(onResult).toHaveBeenLastCalledWith(
      expect.objectContaining({ customBase: 'https://llm-proxy.example.com/deepseek' }),
    );
  });

  it('refuses plain http to another host, says why, and sends nothing', async () => {
    const check = answer({ kind: 'valid', models: [], balance: null, ...timing });
    const { user, field } = setup(check);
    await user.click(field);
    await user.paste(GOOD_KEY);
    await user.click(screen.getByText('Advanced: test through another API base URL'));
    const base = screen.getByRole('textbox', { name: 'API base URL' });
    await user.type(base, 'http://proxy.example.com');
    expect(base).toHaveAttribute('aria-invalid', 'true');
    expect(base).toHaveAccessibleDescription(/Use https:\/\//);
    await user.click(screen.getByRole('button', { name: 'Test key' }));
    expect(check).not.toHaveBeenCalled();
    expect(base).toHaveFocus();

    // Folded away again, the panel opens to show why.
    const advanced = screen.getByText('Advanced: test through another API base URL');
    await user.click(advanced);
    expect(advanced.closest('details')).not.toHaveAttribute('open');
    await user.click(screen.getByRole('button', { name: 'Test key' }));
    expect(advanced.closest('details')).toHaveAttribute('open');
    expect(base).toHaveFocus();
    expect(base).toHaveAccessibleDescription(/Use https:\/\//);
    expect(check).not.toHaveBeenCalled();
  });
});

describe('another provider’s key', () => {
  const OPENAI_KEY = `sk-proj-${'A1b2C3d4E5'.repeat(4)}`;

  it('is not sent on Test key: the page says whose it looks like, and sends it only when asked', async () => {
    const check = answer({
      kind: 'unauthorized',
      status: 401,
      message: 'Authentication Fails, Your api key: ****cdef is invalid',
      variant: 'invalid-key',
      echoedTail: 'cdef',
      requestId: null,
      ...timing,
    });
    const { user, field } = setup(check);
    await user.click(field);
    await user.paste(OPENAI_KEY);
    await user.click(screen.getByRole('button', { name: 'Test key' }));
    expect(check).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not sent: this looks like a key from OpenAI',
    );

    await user.click(screen.getByRole('button', { name: 'Test with DeepSeek anyway' }));
    expect(check).toHaveBeenCalledTimes(1);
    expect(vi.mocked(check).mock.calls[0]?.[0]).toBe(OPENAI_KEY);
  });
});

describe('a cleaned key that works', () => {
  it('says the quotes are probably still where the variable is set', async () => {
    const check = answer({ kind: 'valid', models: [], balance: null, ...timing });
    const { user, field } = setup(check);
    await user.click(field);
    await user.paste(`"${GOOD_KEY}"`);
    await user.click(screen.getByRole('button', { name: 'Use the cleaned key' }));
    await user.click(screen.getByRole('button', { name: 'Test key' }));
    expect(await screen.findByText(/You tested the cleaned key/)).toHaveTextContent(
      'probably still where DEEPSEEK_API_KEY is set',
    );
  });

  it('says nothing of the kind for a key pasted clean', async () => {
    await testKey(answer({ kind: 'valid', models: [], balance: null, ...timing }));
    expect(screen.queryByText(/You tested the cleaned key/)).not.toBeInTheDocument();
  });
});
