import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageProvider } from '../../src/i18n/language.tsx';
import { WaysIn } from '../../src/ways-in.tsx';

/** A section as the tools' chunk renders it: an id and a first field. */
function section(id: string, label: string) {
  const element = document.createElement('div');
  element.id = id;
  element.innerHTML = `<label>${label}<textarea></textarea></label>`;
  element.scrollIntoView = vi.fn();
  return element;
}

function setup() {
  render(
    <LanguageProvider>
      <WaysIn />
    </LanguageProvider>,
  );
  return userEvent.setup();
}

afterEach(() => {
  document.getElementById('paste')?.remove();
  document.getElementById('key-test')?.remove();
});

describe('the ways in', () => {
  it('each button takes the cursor to its section’s first field', async () => {
    const user = setup();
    document.body.append(section('paste', 'Paste your error'), section('key-test', 'Key'));
    await user.click(screen.getByRole('button', { name: /Start from an error/ }));
    expect(screen.getByRole('textbox', { name: 'Paste your error' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /Test a key/ }));
    expect(screen.getByRole('textbox', { name: 'Key' })).toHaveFocus();
  });

  it('clicked before the tools have loaded, acts once the section arrives', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Test a key/ }));
    const arriving = section('key-test', 'Key');
    document.body.append(arriving);
    await vi.waitFor(() => expect(screen.getByRole('textbox', { name: 'Key' })).toHaveFocus());
    expect(arriving.scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
  });

  it('the walk through the causes is a link to the first step', () => {
    setup();
    expect(screen.getByRole('link', { name: /Walk the four causes/ })).toHaveAttribute(
      'href',
      '#cause-not-set',
    );
  });
});
