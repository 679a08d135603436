import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { INDICATORS } from '../../indicators/index.js';
import '../defence-indicator/defence-indicator.js';
import styles from './defence-dashboard.styles.js';

/**
 * Every indicator of the registry, one card each, in the registry's order.
 *
 * @summary The dashboard: one `<defence-indicator>` per claim.
 *
 * @csspart list - The list of cards.
 */
@customElement('defence-dashboard')
export class DefenceDashboard extends LitElement {
  static override styles = styles;

  /** Passed to every card: `light`, `dark`, or unset to follow the reader's preference. */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;

  override render() {
    return html`<ol part="list">
      ${INDICATORS.map(
        ({ id }) => html`<li><defence-indicator indicator=${id} show-embed theme=${ifDefined(this.theme ?? undefined)}></defence-indicator></li>`,
      )}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'defence-dashboard': DefenceDashboard;
  }
}
