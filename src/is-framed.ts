/**
 * True when the page runs inside a frame, whatever the framing page's origin, its own included
 * (docs/decisions/0012-never-framed.md). Comparing the two windows is allowed across origins; the
 * catch is for browsers that refuse even that: refusing is the safe answer.
 */
export function isFramed(view: Pick<Window, 'self' | 'top'>): boolean {
  try {
    return view.self !== view.top;
  } catch {
    return true;
  }
}
