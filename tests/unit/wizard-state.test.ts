import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../src/domain/causes.ts';
import { causeFromHash, hashOf } from '../../src/wizard/step-hash.ts';
import {
  chooseCheck,
  initialWizardState,
  nextCause,
  shownCheck,
  wizardReducer,
  type WizardState,
} from '../../src/wizard/wizard-state.ts';

const LINUX = 'Linux x86_64';
const WINDOWS = 'Win32';
const initial = initialWizardState(LINUX);

describe('wizardReducer', () => {
  it('starts with no marks, and bash/zsh on macOS and Linux', () => {
    expect(initial).toMatchObject({ marks: {}, shell: 'bash', environment: 'bash-session' });
    expect(initialWizardState('MacIntel')).toMatchObject({ shell: 'bash' });
    expect(initial.environments[0]).toBe('bash-session');
  });

  it('starts with PowerShell on Windows, its terminals offered first', () => {
    const windows = initialWizardState(WINDOWS);
    expect(windows).toMatchObject({ shell: 'powershell', environment: 'powershell-session' });
    expect(windows.environments.slice(0, 2)).toEqual([
      'powershell-session',
      'powershell-persistent',
    ]);
  });

  it('marks a cause without touching the others', () => {
    const once = wizardReducer(initial, { type: 'mark', cause: 'not-set', mark: 'not' });
    const twice = wizardReducer(once, { type: 'mark', cause: 'revoked', mark: 'this' });
    expect(twice.marks).toEqual({ 'not-set': 'not', revoked: 'this' });
    expect(twice.shell).toBe('bash');
  });

  it('lets a later mark replace an earlier one for the same cause', () => {
    const state = [
      { type: 'mark', cause: 'mistyped', mark: 'not' },
      { type: 'mark', cause: 'mistyped', mark: 'this' },
    ] as const;
    expect(state.reduce<WizardState>(wizardReducer, initial).marks).toEqual({ mistyped: 'this' });
  });

  it('chooses the shell and the environment, keeping the marks', () => {
    const marked = wizardReducer(initial, { type: 'mark', cause: 'not-set', mark: 'not' });
    const pwsh = wizardReducer(marked, { type: 'choose-shell', shell: 'powershell' });
    expect(pwsh).toEqual({ ...initial, marks: { 'not-set': 'not' }, shell: 'powershell' });
    const docker = wizardReducer(pwsh, { type: 'choose-environment', environment: 'docker' });
    expect(docker).toEqual({ ...pwsh, environment: 'docker' });
  });

  it('never mutates the state it is given', () => {
    const state: WizardState = { ...initial, marks: { revoked: 'not' } };
    const before = structuredClone(state);
    const next = wizardReducer(state, { type: 'mark', cause: 'not-passed', mark: 'this' });
    expect(state).toEqual(before);
    expect(next.marks).toEqual({ revoked: 'not', 'not-passed': 'this' });
  });
});

describe('the check a step shows', () => {
  it('follows the terminal in steps 1-3, whatever the code tab', () => {
    expect(shownCheck(initial, 'not-set', 'node')).toBe('bash');
    const pwsh = wizardReducer(initial, chooseCheck('mistyped', 'node', 'powershell'));
    expect(pwsh.shell).toBe('powershell');
    expect(shownCheck(pwsh, 'revoked', 'langchain')).toBe('powershell');
    expect(shownCheck(initialWizardState(WINDOWS), 'not-set', 'python')).toBe('powershell');
  });

  it('follows the code tab in step 4, and not the terminal', () => {
    expect(shownCheck(initial, 'not-passed', 'python')).toBe('python');
    expect(shownCheck(initial, 'not-passed', 'node')).toBe('node');
    expect(shownCheck(initial, 'not-passed', 'langchain')).toBe('langchain');
    expect(shownCheck(initialWizardState(WINDOWS), 'not-passed', 'curl')).toBe('curl');
    expect(shownCheck(initial, 'not-passed', 'powershell')).toBe('powershell');
  });

  it('keeps a check picked in step 4 until the code tab changes, and leaves the terminal', () => {
    const picked = wizardReducer(initial, chooseCheck('not-passed', 'node', 'python'));
    expect(picked.shell).toBe('bash');
    expect(shownCheck(picked, 'not-passed', 'node')).toBe('python');
    expect(shownCheck(picked, 'not-passed', 'litellm')).toBe('litellm');
    expect(shownCheck(picked, 'not-set', 'node')).toBe('bash');
  });
});

describe('nextCause', () => {
  it('walks the causes in the order of SPEC §2.1, then stops', () => {
    expect(CAUSE_IDS).toEqual(['not-set', 'mistyped', 'revoked', 'not-passed']);
    expect(nextCause('not-set')).toBe('mistyped');
    expect(nextCause('mistyped')).toBe('revoked');
    expect(nextCause('revoked')).toBe('not-passed');
    expect(nextCause('not-passed')).toBeNull();
  });
});

describe('hashOf and causeFromHash', () => {
  it('name each step #cause-<id>', () => {
    expect(hashOf('not-set')).toBe('#cause-not-set');
    expect(hashOf('revoked')).toBe('#cause-revoked');
  });

  it.each(CAUSE_IDS)('round-trip %s', (cause) => {
    expect(causeFromHash(hashOf(cause))).toBe(cause);
  });

  it.each([
    '',
    '#',
    '#cause-',
    '#cause-unknown',
    '#cause-REVOKED',
    '#cause-revoked ',
    '#cause-revoked&key=sk-0123',
    '#cause-revoked/extra',
    '#revoked',
    'cause-revoked',
    '#Cause-revoked',
    '#cause-toString',
    '#cause-constructor',
    '#cause-__proto__',
    '#causes',
    '#cause-not',
  ])('%j is not a step', (hash) => {
    expect(causeFromHash(hash)).toBeNull();
  });
});
