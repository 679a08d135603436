import { css } from 'lit';
import { buttons, fields, focusRing, statusTokens, themeTokens, utilities } from '../shared.styles.js';

export default [
  themeTokens,
  statusTokens,
  utilities,
  buttons,
  fields,
  focusRing,
  css`
  :host {
    container-type: inline-size;
    /* A report of many cards lays out and paints only the cards near the screen. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 900px;
    line-height: 1.45;
  }
  article {
    border: 1px solid var(--di-border);
    border-radius: 6px;
    padding: clamp(0.75rem, 3cqi, 1.5rem);
  }
  h2 {
    font-size: 1.25rem;
    line-height: 1.25;
    margin: 0 0 0.25rem;
  }
  .subtitle {
    margin: 0 0 0.75rem;
    color: var(--di-muted-text);
  }
  figure {
    margin: 0;
  }
  [part='quote'] blockquote {
    margin: 0;
    padding-left: 0.75rem;
    border-left: 3px solid var(--di-border);
    font-style: italic;
  }
  [part='quote'] blockquote p {
    margin: 0;
  }
  [part='quote'] figcaption {
    font-size: 0.85rem;
    color: var(--di-muted-text);
    margin: 0.25rem 0 0.75rem 0.75rem;
  }
  [part='claim-check'] {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--status-color);
    background: color-mix(in srgb, var(--status-color) 8%, var(--di-background));
  }
  /* Where a card tests several claims of one sentence, the words each verdict is about. */
  .claim-words {
    margin: 0 0 0.25em;
    font-style: italic;
  }
  .reasoning {
    margin: 0.25rem 0;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.25rem 0 0;
    font-size: 0.9rem;
  }
  .figures div {
    display: flex;
    gap: 0.35em;
  }
  .figures dt {
    color: var(--di-muted-text);
  }
  .figures dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part='chart'] {
    min-height: 120px;
    overflow: hidden;
  }
  /* What Plot would put in an inline <style>, here so that a strict CSP does not block it. */
  [part='chart'] svg {
    --plot-background: var(--di-background);
    display: block;
    height: auto;
    max-width: 100%;
    overflow: visible;
    font-family: var(--di-font);
    font-size: 12px;
  }
  /* A chart keeps its height while it is wider than its box (a prerendered chart, or the frame
     before a redraw): nothing below it moves when the script draws it at the box's width. */
  @media (scripting: enabled) {
    [part='chart'] svg {
      height: attr(height px, auto);
    }
  }
  /* Without JavaScript, no script draws a prerendered chart at the box's width: it keeps the size
     the build drew it at, legible on a phone, and its box scrolls sideways. */
  @media screen and (scripting: none) {
    [part='chart'] {
      overflow-x: auto;
    }
    [part='chart'] svg {
      max-width: none;
    }
  }
  /* Without JavaScript (a prerendered page): links to the published CSV file and to the data table's page. */
  .no-script {
    margin: 0.75rem 0 0;
  }
  [part='chart'] svg text,
  [part='chart'] svg tspan {
    white-space: pre;
  }
  [part='since'] {
    font-size: 0.9rem;
    margin-top: 0.5rem;
    border-top: 1px solid var(--di-border);
  }
  [part='since'] h3 {
    font-size: 0.95rem;
    margin: 0.5rem 0 0.25rem;
  }
  [part='since'] ul {
    margin: 0;
    padding-left: 1.1rem;
  }
  [part='since'] li {
    margin: 0.2rem 0;
  }
  [part='since'] time {
    font-weight: 600;
  }
  [part='since'] .secondary {
    color: var(--di-muted-text);
    font-style: italic;
  }
  [part='sources'] {
    font-size: 0.85rem;
    color: var(--di-muted-text);
    margin-top: 0.5rem;
  }
  [part='sources'] p,
  [part='sources'] ul {
    margin: 0.25rem 0;
  }
  [part='sources'] ul {
    padding-left: 1.1rem;
  }
  a {
    color: inherit;
  }
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .table-wrap {
    overflow-x: auto;
    max-height: 24rem;
    margin-top: 0.75rem;
  }
  table {
    border-collapse: collapse;
    font-size: 0.85rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.2rem 0.6rem 0.2rem 0;
    border-bottom: 1px solid var(--di-border);
    vertical-align: top;
  }
  th {
    position: sticky;
    top: 0;
    background: var(--di-background);
  }
  td.number {
    text-align: right;
  }
  [part='embed'],
  [part='cite'] {
    margin-top: 0.75rem;
  }
  [part='embed'] pre,
  [part='cite'] pre,
  [part='cite'] p {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.8rem;
    padding: 0.5rem;
    margin: 0 0 0.25rem;
    border: 1px solid var(--di-border);
  }
  [part='embed'] pre {
    word-break: break-all;
  }
  [part='cite'] h3 {
    font-size: 0.9rem;
    margin: 0.5rem 0 0.25rem;
  }
  .link-status {
    align-self: center;
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  /* A card whose code is still loading holds about the place of the shortest card, not the height of a line. */
  [part='placeholder'] {
    min-height: 80rem;
    color: var(--di-muted-text);
  }
  [part='error'] {
    padding: 0.75rem;
    border: 2px solid var(--di-not-supported);
    border-radius: 6px;
  }
  [part='error'] p {
    margin: 0.25rem 0;
  }
  [part='error'] ul {
    margin: 0.25rem 0;
    white-space: pre-wrap;
  }
  @media print {
    :host {
      content-visibility: visible;
    }
    [part='controls'],
    [part='embed'],
    [part='cite'] button,
    .table-wrap {
      display: none;
    }
    article {
      break-inside: avoid;
      border-color: #999;
    }
    /* A card taller than a page may break, but never across its chart. */
    [part='chart'] {
      break-inside: avoid;
    }
  }
`,
];
