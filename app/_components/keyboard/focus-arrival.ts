/** How long a page may take to show its heading (a case loads first) before focus gives up. */
const WAIT_MS = 5_000;
const POLL_MS = 100;

/** Focuses an element that is not a control (a heading, a section) without adding it to the tab order. */
export function focusElement(element: HTMLElement): void {
  if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) element.tabIndex = -1;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'center' });
}

/**
 * After the palette took the agent to a page, puts focus where the page starts: the section
 * the link points at (#lots), else the page's heading, so the keyboard goes on from
 * there instead of from the top of the document. Waits for pages that load their content.
 * Returns a cancel function.
 */
export function focusArrival(hash: string): () => void {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    const target = (hash && document.getElementById(hash)) || document.querySelector<HTMLElement>('main h1');
    if (target) return focusElement(target);
    if (Date.now() - started < WAIT_MS) timer = setTimeout(attempt, POLL_MS);
  };
  attempt();
  return () => clearTimeout(timer);
}
