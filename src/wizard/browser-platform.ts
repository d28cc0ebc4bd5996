/** What the browser says of its operating system, for the default shell and key set-up. */
export function browserPlatform(): string {
  // NOTE: userAgentData is Chromium-only and navigator.platform is deprecated; try each in turn.
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return data?.platform || navigator.platform || navigator.userAgent;
}
