import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PreparedCheck, prepareCheck } from '../../src/deepseek/check-key.ts';
import type { KeyTestOutcome } from '../../src/domain/key-test/key-test-outcome.ts';
import { Workbench } from '../../src/workbench.tsx';
import { GOOD_KEY } from '../mocks/deepseek.ts';

const valid: KeyTestOutcome = {
  kind: 'valid',
  models: ['deepseek-flash'],
  balance: null,
  latencyMs: 80,
  viaRelay: false,
};
const prepare = vi.fn<typeof prepareCheck>((): PreparedCheck => ({
  run: async () => valid,
  drop: vi.fn(),
}));

afterEach(() => window.history.replaceState(null, '', window.location.pathname));

describe('the Answer after a working test of a cleaned key', () => {
  it('names the quotes left where the variable is set: mistyped, not "your key works, look elsewhere"', async () => {
    const user = userEvent.setup();
    render(<Workbench prepareCheck={prepare} detectRelay={async () => null} />);
    await user.click(screen.getByLabelText('DeepSeek API key'));
    await user.paste(`"${GOOD_KEY}"`);
    await user.click(screen.getByRole('button', { name: 'Use the cleaned key' }));
    await user.click(screen.getByRole('button', { name: 'Test key' }));
    const answer = await screen.findByRole('region', { name: 'Answer' });
    expect(within(answer).getByText(/Most likely the key is mistyped/)).toBeVisible();
    expect(prepare).toHaveBeenCalledWith(GOOD_KEY, expect.anything());
  });
});

describe('the Answer when the key works and the pasted error refused the same key', () => {
  it('says why no cause fits, and what to do, rather than an empty cause', async () => {
    const user = userEvent.setup();
    render(<Workbench prepareCheck={prepare} detectRelay={async () => null} />);
    await user.click(screen.getByLabelText('DeepSeek API key'));
    await user.paste(GOOD_KEY);
    await user.click(screen.getByRole('button', { name: 'Test key' }));
    await screen.findByRole('region', { name: 'Answer' });
    await user.click(screen.getByLabelText('Paste your error'));
    await user.paste(
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****${GOOD_KEY.slice(-4)} is invalid'}}`,
    );
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    const answer = await screen.findByRole('region', { name: 'Answer' });
    const cause = answer.querySelector('.answer-cause')!;
    expect(cause).toHaveTextContent(/Run your program again/);
    expect(cause).not.toHaveTextContent('“”');
  });
});
