import { css } from 'lit';
import { fields, focusRing, themeTokens, utilities } from '../shared.styles.js';

export default [
  themeTokens,
  utilities,
  fields,
  focusRing,
  css`
    :host {
      line-height: 1.4;
    }
    label {
      display: block;
      font-weight: 600;
    }
    [part='hint'],
    [part='message'] {
      margin: 0.1rem 0 0.35rem;
      font-size: 0.85rem;
      color: var(--di-muted-text);
    }
    [part='message']:empty {
      display: none;
    }
    .field {
      position: relative;
      max-width: 22rem;
    }
    input {
      box-sizing: border-box;
      width: 100%;
      min-height: 2.25rem;
      padding: 0.3rem 0.5rem;
    }
    /* Over what follows, as a popup: the page keeps its place while the list is open. */
    [part='listbox'] {
      position: absolute;
      z-index: 10;
      top: calc(100% + 2px);
      left: 0;
      right: 0;
      max-height: 15rem;
      overflow-y: auto;
      margin: 0;
      padding: 0.2rem 0;
      list-style: none;
      background: var(--di-background);
      border: 1px solid var(--di-muted-text);
      border-radius: 4px;
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.25);
    }
    [part='listbox'][hidden] {
      display: none;
    }
    [part='option'] {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.3rem 0.6rem;
      cursor: pointer;
    }
    [part='option']:hover {
      background: color-mix(in srgb, var(--di-text) 8%, var(--di-background));
    }
    /* The option Enter adds: tinted and outlined, so that it does not rest on colour alone. */
    [part='option'][aria-selected='true'] {
      background: color-mix(in srgb, var(--di-focus) 16%, var(--di-background));
      outline: 2px solid var(--di-focus);
      outline-offset: -2px;
    }
    .code {
      color: var(--di-muted-text);
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.04em;
    }
    [part='chosen'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      margin: 0.5rem 0 0;
      padding: 0;
      list-style: none;
    }
    [part='chip'] {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      border: 1px solid var(--di-border);
      border-radius: 999px;
      padding: 0.1rem 0.15rem 0.1rem 0.65rem;
    }
    [part='remove'] {
      min-width: 24px;
      min-height: 24px;
      font: inherit;
      line-height: 1;
      color: var(--di-text);
      background: transparent;
      border: none;
      border-radius: 50%;
      cursor: pointer;
    }
    /* Inside the chip: a ring that does not cover the name. */
    [part='remove']:focus-visible {
      outline-offset: -1px;
    }
    [part='remove']:hover {
      background: color-mix(in srgb, var(--di-text) 10%, var(--di-background));
    }
  `,
];
