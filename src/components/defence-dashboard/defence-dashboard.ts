import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AddressController } from '../../explore/address-controller.js';
import { INDICATOR_IDS } from '../../indicators/index.js';
import type { DefenceIndicator } from '../defence-indicator/defence-indicator.js';
import type { DefenceScorecard } from '../defence-scorecard/defence-scorecard.js';
import '../defence-indicator/defence-indicator.js';
import '../defence-scorecard/defence-scorecard.js';
import styles from './defence-dashboard.styles.js';

/**
 * The scorecard of every claim, then every indicator of the registry, one card each, in the registry's order. Each card's `id` is
 * its indicator's id, and the dashboard renders into the page (no shadow root), so that
 * `index.html#f35-fleet` and the cards' Copy link addresses scroll to the card. The address also
 * holds the view a reader explores on a SIPRI card, `?indicator=ID&countries=…&from=…&to=…&measure=…`,
 * and the back button undoes each change.
 *
 * @summary The dashboard: the scorecard, then one `<defence-indicator>` per indicator.
 */
@customElement('defence-dashboard')
export class DefenceDashboard extends LitElement {
  /** Passed to every card: `light`, `dark`, or unset to follow the reader's preference. */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;
  /** Set by the build (`scripts/prerender.ts`) when the scorecard and the cards are in the page's HTML already. */
  @property({ type: Boolean, reflect: true }) prerendered = false;
  private readonly address = new AddressController(this);

  /**
   * Light DOM: the cards' ids are the document's, where fragment links reach them. Prerendered,
   * the cards are there already and must not be drawn twice: Lit renders only what the address
   * could not follow, into a box of its own before them.
   */
  protected override createRenderRoot(): HTMLElement {
    if (!this.prerendered) return this;
    const messages = document.createElement('div');
    messages.className = 'address-messages';
    this.prepend(messages);
    return messages;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Adopted, not inline: a strict Content-Security-Policy allows constructed stylesheets.
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = styles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  override render() {
    if (this.prerendered) return this.address.render();
    return html`${this.address.render()}<defence-scorecard theme=${ifDefined(this.theme ?? undefined)}></defence-scorecard>
      <ol>
      ${INDICATOR_IDS.map(
        (id) =>
          html`<li>
            <defence-indicator id=${id} indicator=${id} show-embed show-link theme=${ifDefined(this.theme ?? undefined)}></defence-indicator>
          </li>`,
      )}
    </ol>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Rendered by the build, the cards take the dashboard's theme from here.
    if (this.prerendered && changed.has('theme'))
      for (const element of this.querySelectorAll<DefenceIndicator | DefenceScorecard>('defence-scorecard, defence-indicator')) element.theme = this.theme;
  }

  protected override firstUpdated(): void {
    // The browser looked for the fragment's target before the cards existed: scroll to it now,
    // or to the card whose view the address holds.
    // Indicator ids need no percent-decoding (and a malformed fragment must not throw).
    const target = this.address.apply() ?? (location.hash && document.getElementById(location.hash.slice(1)));
    if (target && this.contains(target)) target.scrollIntoView();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'defence-dashboard': DefenceDashboard;
  }
}
