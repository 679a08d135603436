import { css } from 'lit';

/**
 * The dashboard renders into the page (light DOM), so these rules are adopted by the document
 * (or the shadow root the dashboard sits in). `:where()` keeps them as weak as the page's own
 * element selectors, so that a page can restyle the list.
 */
export default css`
  :where(defence-dashboard) {
    display: block;
  }
  :where(defence-dashboard > defence-scorecard) {
    margin-bottom: 1.5rem;
  }
  :where(defence-dashboard > .address-messages) {
    display: contents;
  }
  :where(defence-dashboard .address-problems) {
    margin-bottom: 1.5rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid currentColor;
    overflow-wrap: anywhere;
  }
  :where(defence-dashboard > ol) {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1.5rem;
  }
`;
