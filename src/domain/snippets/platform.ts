import type { Terminal } from './cause-checks.ts';
import { ENVIRONMENT_IDS, type EnvironmentId } from './key-setup.ts';

/** The operating system the page runs on, as far as the browser tells. */
export type Platform = 'windows' | 'macos' | 'linux' | 'other';

/**
 * Reads the platform from `navigator.userAgentData?.platform ?? navigator.platform ??
 * navigator.userAgent` (the UI passes the string in). Accepts any of them: "Windows", "Win32",
 * "macOS", "MacIntel", "Linux x86_64", or a whole user-agent string.
 */
export function detectPlatform(platformOrUserAgent: string): Platform {
  const text = platformOrUserAgent.trim();
  // NOTE: "Darwin" contains "win": match Windows only as a word of its own.
  if (/\bwin(?:dows|32|64|nt)?\b|windows/i.test(text)) return 'windows';
  if (/\b(?:mac|macos|macintel|macintosh|mac os x|darwin|iphone|ipad|ios)\b/i.test(text))
    return 'macos';
  if (/\b(?:linux|x11|cros|android|ubuntu|fedora|freebsd|openbsd)\b/i.test(text)) return 'linux';
  return 'other';
}

/** The key set-up shown first: a PowerShell session on Windows, bash/zsh everywhere else. */
export function defaultEnvironment(platformOrUserAgent: string): EnvironmentId {
  return detectPlatform(platformOrUserAgent) === 'windows' ? 'powershell-session' : 'bash-session';
}

/** The shell the check commands are shown in first: PowerShell on Windows, else bash/zsh. */
export function defaultShell(platformOrUserAgent: string): Terminal {
  return detectPlatform(platformOrUserAgent) === 'windows' ? 'powershell' : 'bash';
}

const TERMINALS: Readonly<Record<Platform, readonly EnvironmentId[]>> = {
  windows: ['powershell-session', 'powershell-persistent', 'cmd-session', 'cmd-persistent'],
  macos: ['bash-session', 'bash-profile', 'fish'],
  linux: ['bash-session', 'bash-profile', 'fish'],
  other: ['bash-session', 'bash-profile', 'fish'],
};

/**
 * The environments in the order to offer them: this platform's terminals first, then the
 * project, container and tool set-ups, then the other platforms' terminals.
 */
export function environmentOrder(
  platformOrUserAgent: string,
  all: readonly EnvironmentId[] = ENVIRONMENT_IDS,
): EnvironmentId[] {
  const first = TERMINALS[detectPlatform(platformOrUserAgent)];
  const terminals = new Set(Object.values(TERMINALS).flat());
  return [
    ...first.filter((id) => all.includes(id)),
    ...all.filter((id) => !terminals.has(id)),
    ...all.filter((id) => terminals.has(id) && !first.includes(id)),
  ];
}
