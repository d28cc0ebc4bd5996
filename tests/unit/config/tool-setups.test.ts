import { describe, expect, it } from 'vitest';
import { configFormatOf } from '../../../src/domain/config/config-format.ts';
import { parsesAs } from '../../../src/domain/config/config-entries.ts';
import { readConfig } from '../../../src/domain/config/read-config.ts';
import { TOOL_SETUPS } from '../../../src/domain/stacks/tool-setups.ts';
import { TOOLS, toolOfErrorText } from '../../../src/domain/stacks/tools.ts';

const setups = Object.entries(TOOL_SETUPS).map(([tool, setup]) => [tool, setup!] as const);

describe('every set-up the page hands out', () => {
  it.each(setups)('%s: the fixed file parses, holds no key, and reads clean', (tool, setup) => {
    expect(configFormatOf(setup.fixed)).toBe(setup.format);
    expect(parsesAs(setup.fixed, setup.format)).toBe(true);
    expect(setup.fixed).not.toMatch(/sk-[0-9a-f]{32}/);
    expect(setup.check).not.toMatch(/echo "\$(DEEPSEEK_API_KEY|ANTHROPIC_AUTH_TOKEN)"$/);
    const fixed = readConfig(setup.fixed, setup.format);
    expect(fixed.owner).toBe(tool);
    // Only a placeholder to fill in is left, where the format can hold nothing else.
    expect(fixed.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(
      setup.fixed.includes('PASTE_YOUR_DEEPSEEK_KEY_HERE') ? ['placeholder-key'] : [],
    );
  });

  it.each(setups)('%s: the broken file is read as that tool’s and found broken', (tool, setup) => {
    expect(configFormatOf(setup.broken)).toBe(setup.format);
    const broken = readConfig(setup.broken, setup.format);
    expect(broken.owner).toBe(tool);
    expect(broken.findings.filter((f) => f.severity === 'error')).not.toEqual([]);
  });
});

describe('the catalogue', () => {
  it('has a row with a source for every tool the issue names', () => {
    for (const row of TOOLS) {
      const facts = [
        row.keyEnv,
        row.keyField,
        row.secretRef,
        row.baseUrlField,
        row.baseUrl,
        row.modelForm,
        row.error401,
        ...row.traps,
      ].filter(Boolean);
      expect(facts.length, row.id).toBeGreaterThan(0);
      for (const fact of facts) {
        expect(fact!.source, row.id).toMatch(/^https:\/\//);
        expect(fact!.checked).toBe('2026-12');
      }
    }
  });

  it('names the tool behind a wrapped 401', () => {
    expect(
      toolOfErrorText(
        'litellm.AuthenticationError: DeepseekException - Authentication Fails (governor)',
      ),
    ).toBe('litellm');
    expect(
      toolOfErrorText('API Error: 401 {"type":"error","error":{"type":"authentication_error"}}'),
    ).toBe('claude-code');
    // Dify's InvokeAuthorizationError (api/core/model_runtime/errors/invoke.py).
    expect(
      toolOfErrorText(
        '[deepseek] Incorrect model credentials provided, please check and try again.',
      ),
    ).toBe('dify');
    expect(toolOfErrorText('openai.AuthenticationError: Error code: 401')).toBeNull();
  });

  it('names the tool by its own words for a missing key (zts212653/clowder-ai#1088)', () => {
    expect(toolOfErrorText('Not logged in · Please run /login')).toBe('claude-code');
    // pi's wording is its own, not Claude Code's.
    expect(toolOfErrorText('Use /login to log into a provider via OAuth or API key.')).toBeNull();
  });
});
