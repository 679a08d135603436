import { css } from 'lit';
import { buttons, focusRing, statusTokens, themeTokens, utilities } from '../shared.styles.js';

export default [
  themeTokens,
  statusTokens,
  utilities,
  buttons,
  focusRing,
  css`
    :host {
      /* The table's layout follows the scorecard's own width: an embed may put it in a narrow column of a wide page. */
      container-type: inline-size;
      line-height: 1.45;
    }
    section {
      border: 1px solid var(--di-border);
      border-radius: 6px;
      padding: clamp(0.75rem, 3vw, 1.5rem);
    }
    h2 {
      font-size: 1.25rem;
      line-height: 1.25;
      margin: 0 0 0.25rem;
    }
    [part='summary'] {
      margin: 0 0 0.75rem;
      color: var(--di-muted-text);
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.95rem;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.4rem 0.5rem;
      border-bottom: 1px solid var(--di-border);
    }
    th {
      color: var(--di-muted-text);
      font-weight: 600;
    }
    tr[data-status] td:first-child {
      border-left: 4px solid var(--status-color);
    }
    .words {
      font-style: italic;
    }
    .verdict {
      white-space: nowrap;
    }
    a {
      color: var(--di-text);
    }
    button {
      margin-top: 0.75rem;
    }
    /* Where the four columns would not fit (on a phone, a tablet, a narrow column), each claim
       reads as a block: the words, then its verdict, figure and link. */
    @container (max-width: 48rem) {
      thead {
        position: absolute;
        clip-path: inset(50%);
        width: 1px;
        height: 1px;
        overflow: hidden;
      }
      tr,
      td {
        display: block;
      }
      tr {
        border-left: 4px solid var(--status-color);
        border-bottom: 1px solid var(--di-border);
        padding: 0.4rem 0;
      }
      tr[data-status] td:first-child {
        border-left: none;
      }
      td {
        border: none;
        padding: 0.1rem 0.5rem;
      }
      /* A long verdict ("Partly supported: risen, not doubled") would widen every block past the screen. */
      .verdict {
        white-space: normal;
      }
    }
    @media print {
      button {
        display: none;
      }
    }
  `,
];
