/**
 * What counts as page chrome rather than article. Applied before Readability (so its scoring
 * is not misled by cookie walls and menus) and again on the resulting lines.
 */
export const BOILERPLATE_SELECTORS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'form',
  'nav',
  'footer',
  'aside',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="dialog"]',
  '[aria-hidden="true"]',
  '[hidden]',
  '.skip-link',
  '.skip-to-content',
  '.visually-hidden',
  '.sr-only',
  '[id*="cookie" i]',
  '[class*="cookie" i]',
  '[id*="consent" i]',
  '[class*="consent" i]',
  '[class*="gdpr" i]',
  '[class*="breadcrumb" i]',
  '[class*="spinner" i]',
];

/** Short elements whose whole text is one of these phrases are dropped (case-insensitive). */
export const BOILERPLATE_PATTERNS: readonly string[] = [
  '^skip to (the )?(main )?(content|navigation)$',
  '^jump to (main )?(content|navigation)$',
  '^loading(\\s*(\\.\\.\\.|…))?$',
  '^please wait(\\s*(\\.\\.\\.|…))?$',
  '^(accept|reject|allow|manage)( all)? cookies$',
  '^we use cookies\\b',
  '^this (web)?site uses cookies\\b',
  '^(back to top|print this page|share this page)$',
  '^javascript (is )?(required|disabled)\\b',
];

const LINE_PATTERNS = BOILERPLATE_PATTERNS.map((p) => new RegExp(p, 'i'));

/** Drops lines that are only chrome, for text that survived the DOM clean-up. */
export function dropBoilerplateLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => {
      const t = line.trim();
      return !(t.length > 0 && t.length < 120 && LINE_PATTERNS.some((re) => re.test(t)));
    })
    .join('\n');
}
