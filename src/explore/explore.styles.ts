import { css } from 'lit';

/** The explorer's controls and notes on a card; the element's stylesheet supplies the `--di-*` properties. */
export default css`
  /* The picker's own defaults would hide the card's colours and a report's house style from it: it takes the card's. */
  defence-country-picker {
    --di-font: inherit;
    --di-text: inherit;
    --di-muted-text: inherit;
    --di-background: inherit;
    --di-border: inherit;
    --di-focus: inherit;
  }
  .explore-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
  }
  .explore-summary {
    margin: 0;
    font-size: 0.9rem;
    color: var(--di-muted-text);
  }
  [part='explore'] {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--di-border);
    border-radius: 4px;
  }
  .explore-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    font-size: 0.9rem;
  }
  .explore-fields > div {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  /* Their look and focus ring are the card's (shared.styles.ts: fields, focusRing). */
  .explore-fields input,
  .explore-fields select {
    padding: 0.2rem 0.35rem;
  }
  .explore-fields input {
    width: 5.5em;
  }
  [part='explore-notes'] {
    margin: 0 0 0.75rem;
    padding: 0.35rem 0.75rem 0.35rem 1.75rem;
    font-size: 0.9rem;
    border-left: 4px solid var(--di-partly);
    overflow-wrap: anywhere;
  }
  @media print {
    .explore-bar button,
    [part='explore'] {
      display: none;
    }
  }
`;
