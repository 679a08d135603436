/**
 * The dashboard's address holds the view a reader explores, as a Lit reactive controller:
 * `?indicator=ID&countries=JPN,KOR,DEU&from=2000&to=2024&measure=share_of_gdp_pct`. Opening
 * such an address sets that card's attributes (the card checks them and says what it cannot
 * show); each change a reader makes is a new history entry, so the back button undoes it.
 * Whatever the address holds is only ever set as attribute values or shown as text.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DefenceIndicator } from '../components/defence-indicator/defence-indicator.js';
import type { ExploreDetail } from './explore-controller.js';
import { addressView, quoted, VIEW_KEYS, viewQuery } from './view.js';

/** The longest value passed on to a card: enough for any real view, and for the card to name what is wrong. */
const MAX_VALUE = 1000;

export class AddressController implements ReactiveController {
  /** What in the address names no card. */
  private problems: string[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.onPopState);
    this.host.addEventListener('di-explore', this.onExplore);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
    this.host.removeEventListener('di-explore', this.onExplore);
  }

  /**
   * Gives the card the address names its view, and every other card its own; returns that card
   * (to scroll to), or null.
   */
  apply(): DefenceIndicator | null {
    const { indicator, input } = addressView(location.search);
    const cards = [...this.host.querySelectorAll('defence-indicator')];
    const card = cards.find((c) => c.id === indicator) ?? null;
    const ids = cards.map((c) => c.id).join(', ');
    this.problems =
      indicator !== null && !card ? [`The address names the indicator ${quoted(indicator)}, which is not on this dashboard: its indicators are ${ids}.`] : [];
    for (const each of cards)
      for (const key of VIEW_KEYS) {
        const value = (each === card ? input[key] : null)?.slice(0, MAX_VALUE) ?? null;
        // The address separates countries with commas, the attribute with spaces.
        each[key] = key === 'countries' ? (value?.replaceAll(',', ' ') ?? null) : value;
      }
    this.host.requestUpdate();
    return card;
  }

  private readonly onPopState = () => void this.apply();

  private readonly onExplore = (event: Event) => {
    const { id, view, explored } = (event as CustomEvent<ExploreDetail>).detail;
    const url = new URL(location.href);
    url.search = explored ? viewQuery(id, view) : '';
    url.hash = id;
    if (url.href !== location.href) history.pushState(null, '', url.href);
  };

  /** What in the address could not be followed, as text. */
  render(): TemplateResult | typeof nothing {
    return this.problems.length
      ? html`<div class="address-problems" role="alert">${this.problems.map((problem) => html`<p>${problem}</p>`)}</div>`
      : nothing;
  }
}
