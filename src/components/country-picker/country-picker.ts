import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { SipriCountry } from '../../explore/sipri-data.js';
import { MAX_COUNTRIES } from '../../explore/view.js';
import styles from './country-picker.styles.js';

/** Lower case, without accents, so that "turk" finds "Türkiye". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * The countries whose name or ISO code matches what was typed, best first: the code itself, then
 * names that start with it, names with a word that starts with it, names that contain it, and
 * codes that start with it; in the options' order within each.
 */
export function matchCountries(options: readonly SipriCountry[], query: string): SipriCountry[] {
  const typed = fold(query.trim());
  if (!typed) return [...options];
  const rank = ({ iso3, name }: SipriCountry) => {
    const [code, folded] = [iso3.toLowerCase(), fold(name)];
    if (code === typed) return 0;
    if (folded.startsWith(typed)) return 1;
    if (folded.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(typed))) return 2;
    if (folded.includes(typed)) return 3;
    return code.startsWith(typed) ? 4 : undefined;
  };
  return options
    .flatMap((country) => {
      const r = rank(country);
      return r === undefined ? [] : [{ country, r }];
    })
    .sort((a, b) => a.r - b.r)
    .map(({ country }) => country);
}

/** `value` as an attribute: codes separated by spaces (or commas), as the explorer's `countries` attribute. */
const codeList = {
  fromAttribute: (text: string | null) => [...new Set((text ?? '').split(/[\s,]+/).filter(Boolean).map((code) => code.toUpperCase()))],
  toAttribute: (codes: string[]) => codes.join(' '),
};

/**
 * A searchable list of countries to choose from, and the countries chosen, each with a button
 * that removes it. Type a name or an ISO 3166 alpha-3 code to narrow the list (an ARIA 1.2
 * combobox with a listbox popup); ArrowDown and ArrowUp move through it, Enter adds the country,
 * Escape closes it.
 *
 * @summary A combobox that adds countries to a list, and the list, with a remove button each.
 *
 * @csspart label - The combobox's label.
 * @csspart hint - How to use it, under the label.
 * @csspart input - The text box to type in.
 * @csspart listbox - The popup list of matching countries.
 * @csspart option - One country in the list: its name and code.
 * @csspart message - What went wrong (no country matches, the list is full); empty otherwise.
 * @csspart chosen - The list of chosen countries.
 * @csspart chip - One chosen country.
 * @csspart remove - The button that removes a chosen country ("Remove Japan").
 *
 * @cssproperty --di-font - Font family.
 * @cssproperty --di-text - Text colour.
 * @cssproperty --di-muted-text - Colour of codes, the hint and messages; the border of the text box and the list.
 * @cssproperty --di-background - Background of the text box and the list.
 * @cssproperty --di-border - Border of a chosen country.
 * @cssproperty --di-focus - Colour of the keyboard focus ring and of the option Enter adds.
 *
 * @event change - The chosen countries changed; `detail`: `{ value }`, their codes in the order chosen.
 */
@customElement('defence-country-picker')
export class DefenceCountryPicker extends LitElement {
  static override styles = styles;

  /** The countries to choose from, e.g. SIPRI's, in the order the list shows them. */
  @property({ attribute: false }) options: SipriCountry[] = [];
  /** The chosen countries' ISO 3166 alpha-3 codes, in the order chosen; as an attribute, separated by spaces. */
  @property({ converter: codeList }) value: string[] = [];
  /** The label of the text box. */
  @property() label = 'Add a country';
  /** How many countries may be chosen. */
  @property({ type: Number }) max: number = MAX_COUNTRIES;
  /** `light` or `dark`; unset, the picker follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;

  @state() private query = '';
  @state() private expanded = false;
  /** Index, in the matching options, of the one Enter adds. */
  @state() private active = -1;
  /** Shown under the text box: no match, or the list is full. */
  @state() private message = '';
  /** Read out by screen readers: what was added or removed. */
  @state() private announcement = '';

  /** The options that match what was typed, less those chosen. */
  private matching(): SipriCountry[] {
    const chosen = new Set(this.value);
    return matchCountries(this.options, this.query).filter((c) => !chosen.has(c.iso3));
  }

  private nameOf(code: string): string {
    return this.options.find((c) => c.iso3 === code)?.name ?? code;
  }

  override render(): TemplateResult {
    const matches = this.expanded ? this.matching() : [];
    const active = matches[this.active];
    return html`
      <label part="label" for="input">${this.label}</label>
      <p part="hint" id="hint">Type a name or code; ↓ ↑ to choose, Enter to add.</p>
      <div class="field">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${matches.length ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${active ? `option-${active.iso3}` : nothing}
          aria-describedby="hint message"
          .value=${live(this.query)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @click=${this.onClick}
          @blur=${this.close}
        />
        <ul id="listbox" part="listbox" role="listbox" aria-label=${this.label} ?hidden=${!matches.length}>
          ${matches.map(
            (country, i) => html`<li
              id=${`option-${country.iso3}`}
              part="option"
              role="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(event: MouseEvent) => event.preventDefault()}
              @click=${() => this.addCountry(country.iso3)}
            >
              <span>${country.name}</span><span class="code"><span class="visually-hidden">, </span>${country.iso3}</span>
            </li>`,
          )}
        </ul>
      </div>
      <p part="message" id="message" role="status">${this.message}</p>
      ${this.value.length
        ? html`<ul part="chosen" aria-label="Chosen countries">
            ${this.value.map((code, i) => {
              const name = this.nameOf(code);
              return html`<li part="chip">
                <span>${name}</span>
                <button type="button" part="remove" aria-label=${`Remove ${name}`} @click=${() => this.removeAt(i)}>×</button>
              </li>`;
            })}
          </ul>`
        : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    // Keep the option Enter adds in view as the arrow keys move through a long list.
    if (changed.has('active')) this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Opens the list on what was typed, the first match ready for Enter. */
  private readonly onInput = (event: InputEvent) => {
    this.query = (event.target as HTMLInputElement).value;
    const count = this.matching().length;
    this.expanded = Boolean(this.query.trim());
    this.active = this.expanded && count ? 0 : -1;
    this.message = this.expanded && !count ? `No country matches “${this.query.trim()}”.` : '';
  };

  /** A click shows the whole list (or what matches what was typed). */
  private readonly onClick = () => {
    if (!this.expanded) this.open(-1);
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    const count = this.expanded ? this.matching().length : 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!count) return this.open(down ? 0 : this.matching().length - 1);
        this.active = down ? (this.active + 1) % count : (this.active - 1 + count) % count;
        return;
      }
      case 'Enter': {
        const country = this.matching()[this.active];
        if (!count || !country) return;
        event.preventDefault();
        return this.addCountry(country.iso3);
      }
      case 'Escape':
        if (count) {
          event.preventDefault();
          return this.close();
        }
        this.query = '';
        this.message = '';
        return;
    }
  };

  private open(active: number): void {
    this.expanded = true;
    this.active = active;
  }

  private readonly close = () => {
    this.expanded = false;
    this.active = -1;
  };

  /** Adds a country at the end of the list, unless the list is full. */
  addCountry(code: string): void {
    if (this.value.includes(code)) return;
    if (this.value.length >= this.max) {
      this.message = `At most ${this.max} countries: remove one to add another.`;
      return;
    }
    this.query = '';
    this.close();
    this.message = '';
    this.commit([...this.value, code], `${this.nameOf(code)} added.`);
  }

  /** Removes the country at `index`; the focus moves to the next remove button, or the previous, or the text box. */
  async removeAt(index: number): Promise<void> {
    const code = this.value[index];
    if (code === undefined) return;
    this.message = '';
    this.commit(
      this.value.filter((_, i) => i !== index),
      `${this.nameOf(code)} removed.`,
    );
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('[part="remove"]');
    (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#input'))?.focus();
  }

  private commit(value: string[], announcement: string): void {
    this.value = value;
    this.announcement = `${announcement} ${value.length} of ${this.max} chosen.`;
    this.dispatchEvent(new CustomEvent('change', { detail: { value: [...value] }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'defence-country-picker': DefenceCountryPicker;
  }
}
