/** A URL's host name: `http://127.0.0.1:2333/v1` → `127.0.0.1`; '' when the text is no URL. */
export function hostnameOf(url: string): string {
  try {
    return new URL(url.trim()).hostname;
  } catch {
    return '';
  }
}

/** A URL's host and port: `http://127.0.0.1:2333/v1` → `127.0.0.1:2333`; the text itself when it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url.trim()).host;
  } catch {
    return url.trim();
  }
}
