import { css } from 'lit';

/**
 * What the elements share: the `--di-*` custom properties with their light and dark values, and
 * the verdict colours and symbols. Each element's stylesheet starts with these, so a report's
 * theme reaches a card and the scorecard alike.
 */

const darkPalette = css`
    --di-text: #e8eaee;
    --di-muted-text: #b4bac5;
    --di-background: #15181e;
    --di-border: #3a404c;
    --di-accent: #ff8a7a;
    --di-muted: #8d94a0;
    --di-reference: #b4bac5;
    --di-series-1: #7cb7e8;
    --di-series-2: #ff8a7a;
    --di-series-3: #c6a3ec;
    --di-series-4: #7fd19c;
    --di-focus: #7cb7e8;
    --di-supported: #7fd19c;
    --di-partly: #f2c063;
    --di-not-supported: #ff8a7a;
    --di-unverifiable: #b4bac5;
`;

/**
 * The custom properties on `:host`, light by default, dark by the reader's preference or
 * `theme="dark"`; and the host's box, font and colours, which every element takes from them.
 */
export const themeTokens = css`
  :host {
    display: block;
    font-family: var(--di-font);
    color: var(--di-text);
    background: var(--di-background);
    --di-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --di-text: #1b1f27;
    --di-muted-text: #4a5160;
    --di-background: #ffffff;
    --di-border: #d5d9e0;
    --di-accent: #b42318;
    --di-muted: #8a8f98;
    --di-reference: #4a5160;
    --di-series-1: #1d5a8c;
    --di-series-2: #b42318;
    --di-series-3: #7a4fa3;
    --di-series-4: #2f7d4f;
    --di-focus: #1d5a8c;
    --di-supported: #1e6b3a;
    --di-partly: #8a5300;
    --di-not-supported: #b42318;
    --di-unverifiable: #4a5160;
  }
  :host([hidden]) {
    display: none;
  }
  /* Dark mode follows the reader's preference unless the page sets a theme. */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
`;

/** A verdict's colour and symbol, from its `data-status`: the symbol as well, so it does not rest on colour alone. */
export const statusTokens = css`
  [data-status='supported'] { --status-color: var(--di-supported); --status-symbol: '✓'; }
  [data-status='partly-supported'] { --status-color: var(--di-partly); --status-symbol: '◐'; }
  [data-status='not-supported'] { --status-color: var(--di-not-supported); --status-symbol: '✗'; }
  [data-status='unverifiable'] { --status-color: var(--di-unverifiable); --status-symbol: '?'; }
  .verdict {
    font-weight: 700;
    color: var(--status-color);
  }
  .verdict::before {
    content: var(--status-symbol);
    margin-right: 0.35em;
  }
`;

/** Text for screen readers only. */
export const utilities = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The keyboard focus, as every element shows it on its links and controls. */
export const focusRing = css`
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--di-focus);
    outline-offset: 2px;
  }
`;

/** Text fields and selects as every element draws them (each sets its own size and padding). */
export const fields = css`
  input,
  select {
    font: inherit;
    color: var(--di-text);
    background: var(--di-background);
    border: 1px solid var(--di-muted-text);
    border-radius: 4px;
  }
`;

/** Buttons as every element draws them. */
export const buttons = css`
  button {
    font: inherit;
    font-size: 0.9rem;
    color: var(--di-text);
    background: var(--di-background);
    border: 1px solid var(--di-muted-text);
    border-radius: 4px;
    padding: 0.3rem 0.7rem;
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, var(--di-text) 8%, var(--di-background));
  }
  /* A prerendered page read without JavaScript: a button would do nothing, so none is shown. */
  @media (scripting: none) {
    button {
      display: none;
    }
  }
`;
