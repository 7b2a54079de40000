/**
 * How article HTML becomes text with the structure a reader sees. The DOM walk itself runs in
 * the worker (linkedom pulls in ESM-only dependencies and is synchronous); these rules are
 * passed to it with each job so they live, and are reviewed, here.
 */
export interface HtmlTextRules {
  /** Blocks that form a paragraph of their own: separated by a blank line. */
  paragraphTags: string[];
  /** Blocks that only need a line of their own. */
  lineTags: string[];
  /** Table cells: separated by a tab. */
  cellTags: string[];
  /** Never text. */
  skipTags: string[];
}

export const HTML_TEXT_RULES: HtmlTextRules = {
  paragraphTags: ['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'DL', 'FIGURE', 'HR', 'ADDRESS'],
  lineTags: ['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'LI', 'TR', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'BR'],
  cellTags: ['TD', 'TH'],
  skipTags: ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD'],
};
