import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ENVIRONMENT_IDS, type EnvironmentId } from '../../src/domain/snippets/key-setup.ts';
import { environmentOrder } from '../../src/domain/snippets/platform.ts';
import { KeySetup } from '../../src/wizard/key-setup.tsx';

/** The set-up as the "Key not set" step shows it, on a page that runs on `platform`. */
function setup(platform: string, initial: EnvironmentId) {
  const user = userEvent.setup();
  function Harness() {
    const [environment, setEnvironment] = useState(initial);
    return (
      <KeySetup
        order={environmentOrder(platform)}
        environment={environment}
        onEnvironment={setEnvironment}
      />
    );
  }
  const { container } = render(<Harness />);
  return { user, text: () => container.textContent ?? '' };
}

const shells = () => screen.getByRole('group', { name: 'Commands for' });

describe('key set-up: the PowerShell variants', () => {
  it('on Windows, the .env set-up and its check are shown for PowerShell', async () => {
    const { user, text } = setup('Win32', 'dotenv-python');
    expect(within(shells()).getByRole('button', { name: 'PowerShell' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(text()).toContain('Read-Host -AsSecureString');
    expect(text()).toContain('Add-Content .env');
    expect(text()).not.toContain('read -rs');

    // Git Bash or WSL: the bash set-up is one click away.
    await user.click(within(shells()).getByRole('button', { name: 'bash / zsh' }));
    expect(text()).toContain('read -rs key');
    expect(text()).not.toContain('Add-Content');
  });

  it('elsewhere, bash first; the choice stays when the environment changes', async () => {
    const { user, text } = setup('Linux x86_64', 'docker-compose');
    expect(text()).toContain('docker compose config | awk');
    await user.click(within(shells()).getByRole('button', { name: 'PowerShell' }));
    expect(text()).toContain('ConvertFrom-Json');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Environment' }), 'Docker');
    expect(text()).toContain(`| docker run --rm -i --env-file .env alpine sh`);
  });

  it('terminals and tools have no shell choice', () => {
    setup('Win32', 'powershell-session');
    expect(screen.queryByRole('group', { name: 'Commands for' })).not.toBeInTheDocument();
  });
});

describe('key set-up: the choice', () => {
  it('offers every environment, each under its group', () => {
    setup('Linux x86_64', 'bash-session');
    const options = screen.getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((o) => o.value).sort()).toEqual([...ENVIRONMENT_IDS].sort());
    expect(screen.getByRole('option', { name: 'A systemd service' }).parentElement).toHaveAttribute(
      'label',
      'Services',
    );
  });
});
