import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_IDS } from '../../src/domain/snippets/key-setup.ts';
import {
  defaultEnvironment,
  defaultShell,
  detectPlatform,
  environmentOrder,
} from '../../src/domain/snippets/platform.ts';

const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

describe('detectPlatform', () => {
  it.each([
    // navigator.userAgentData.platform
    ['Windows', 'windows'],
    ['macOS', 'macos'],
    ['Linux', 'linux'],
    ['Chrome OS', 'other'],
    ['Android', 'linux'],
    // navigator.platform
    ['Win32', 'windows'],
    ['Win64', 'windows'],
    ['MacIntel', 'macos'],
    ['Linux x86_64', 'linux'],
    ['Linux aarch64', 'linux'],
    ['iPhone', 'macos'],
    ['FreeBSD amd64', 'linux'],
    // navigator.userAgent
    [CHROME_WINDOWS, 'windows'],
    [SAFARI_MAC, 'macos'],
    [FIREFOX_LINUX, 'linux'],
    [IPHONE, 'macos'],
    [ANDROID, 'linux'],
    // "Darwin" holds "win" but is not Windows.
    ['Darwin', 'macos'],
    ['', 'other'],
    ['  ', 'other'],
    ['SunOS', 'other'],
  ] as const)('%j → %s', (input, platform) => {
    expect(detectPlatform(input)).toBe(platform);
  });
});

describe('defaults', () => {
  it('Windows starts with a PowerShell session; everything else with bash/zsh', () => {
    expect(defaultEnvironment('Win32')).toBe('powershell-session');
    expect(defaultEnvironment(CHROME_WINDOWS)).toBe('powershell-session');
    for (const other of ['MacIntel', 'macOS', FIREFOX_LINUX, 'Darwin', '', 'SunOS']) {
      expect(defaultEnvironment(other)).toBe('bash-session');
    }
  });

  it('the check commands start in the same shell', () => {
    expect(defaultShell('Windows')).toBe('powershell');
    expect(defaultShell('MacIntel')).toBe('bash');
    expect(defaultShell('')).toBe('bash');
  });

  it("orders this platform's terminals first, every environment once", () => {
    const windows = environmentOrder('Win32');
    expect(windows.slice(0, 4)).toEqual([
      'powershell-session',
      'powershell-persistent',
      'cmd-session',
      'cmd-persistent',
    ]);
    expect(windows.at(-1)).toBe('fish');
    const mac = environmentOrder('MacIntel');
    expect(mac.slice(0, 3)).toEqual(['bash-session', 'bash-profile', 'fish']);
    expect(mac[3]).toBe('dotenv-python');
    for (const order of [windows, mac, environmentOrder('')]) {
      expect([...order].sort()).toEqual([...ENVIRONMENT_IDS].sort());
      expect(order[0]).toBe(defaultEnvironment(order === windows ? 'Win32' : 'MacIntel'));
    }
  });

  it('keeps only the environments asked for', () => {
    expect(environmentOrder('Win32', ['docker', 'bash-session', 'cmd-session'])).toEqual([
      'cmd-session',
      'docker',
      'bash-session',
    ]);
  });
});
