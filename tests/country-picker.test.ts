// @vitest-environment jsdom
/**
 * `<defence-country-picker>` in jsdom: how typing matches countries, the combobox's keys and ARIA
 * state, adding and removing with their `change` events, the limit, and focus after a removal.
 * The browser test (`tests/browser/country-picker.test.ts`) drives it with real keys, with axe.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type DefenceCountryPicker, matchCountries } from '../src/components/country-picker/country-picker.js';
import type { SipriCountry } from '../src/explore/sipri-data.js';

await import('../src/components/country-picker/country-picker.js');

const COUNTRIES: SipriCountry[] = [
  { iso3: 'AUS', name: 'Australia' },
  { iso3: 'AUT', name: 'Austria' },
  { iso3: 'DEU', name: 'Germany' },
  { iso3: 'JPN', name: 'Japan' },
  { iso3: 'KOR', name: 'Korea, South' },
  { iso3: 'TUR', name: 'Türkiye' },
  { iso3: 'GBR', name: 'United Kingdom' },
];
const names = (countries: SipriCountry[]) => countries.map((c) => c.name);

describe('matchCountries', () => {
  it('finds a country by its code first, then by the start of its name, a word of it, or any part', () => {
    expect(names(matchCountries(COUNTRIES, 'aut'))).toEqual(['Austria']);
    expect(names(matchCountries(COUNTRIES, 'Aus'))).toEqual(['Australia', 'Austria']);
    expect(names(matchCountries(COUNTRIES, 'south'))).toEqual(['Korea, South']);
    expect(names(matchCountries(COUNTRIES, 'king'))).toEqual(['United Kingdom']);
    // Within a rank, in the options' order.
    expect(names(matchCountries(COUNTRIES, 'an'))).toEqual(['Germany', 'Japan']);
    expect(names(matchCountries(COUNTRIES, 'gb'))).toEqual(['United Kingdom']);
    expect(names(matchCountries(COUNTRIES, 'JPN'))).toEqual(['Japan']);
  });

  it('ignores case, accents and surrounding spaces; matches everything when empty and nothing when nothing matches', () => {
    expect(names(matchCountries(COUNTRIES, '  TURK '))).toEqual(['Türkiye']);
    expect(matchCountries(COUNTRIES, '')).toHaveLength(COUNTRIES.length);
    expect(matchCountries(COUNTRIES, 'xyz')).toEqual([]);
  });
});

/** A picker on the page, with the change events it fires. */
async function mount(attributes = ''): Promise<{ picker: DefenceCountryPicker; changes: string[][] }> {
  document.body.insertAdjacentHTML('beforeend', `<defence-country-picker ${attributes}></defence-country-picker>`);
  const picker = document.body.lastElementChild as DefenceCountryPicker;
  picker.options = COUNTRIES;
  const changes: string[][] = [];
  // Listened for on the document: the event bubbles out of the element.
  document.addEventListener('change', (e) => e.target === picker && changes.push((e as CustomEvent<{ value: string[] }>).detail.value));
  await picker.updateComplete;
  return { picker, changes };
}

const inputOf = (picker: DefenceCountryPicker) => picker.shadowRoot!.querySelector('input')!;
const optionsOf = (picker: DefenceCountryPicker) => [...picker.shadowRoot!.querySelectorAll('[role="option"]')];
const chipsOf = (picker: DefenceCountryPicker) => [...picker.shadowRoot!.querySelectorAll('[part="remove"]')].map((b) => b.getAttribute('aria-label'));

async function type(picker: DefenceCountryPicker, text: string): Promise<void> {
  const input = inputOf(picker);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await picker.updateComplete;
}

async function press(picker: DefenceCountryPicker, key: string): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  inputOf(picker).dispatchEvent(event);
  await picker.updateComplete;
  return event;
}

afterEach(() => document.body.replaceChildren());

describe('<defence-country-picker>', () => {
  it('reads codes from its value attribute, in order, once each, and names them from the options (the code until they come)', async () => {
    const { picker } = await mount('value="jpn kor,deu JPN xyz"');
    expect(picker.value).toEqual(['JPN', 'KOR', 'DEU', 'XYZ']);
    expect(chipsOf(picker)).toEqual(['Remove Japan', 'Remove Korea, South', 'Remove Germany', 'Remove XYZ']);
  });

  it('is a labelled ARIA combobox whose list is closed at first', async () => {
    const { picker } = await mount();
    const input = inputOf(picker);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-controls')).toBe('listbox');
    expect(picker.shadowRoot!.querySelector('label')!.htmlFor).toBe(input.id);
    expect(picker.shadowRoot!.getElementById('listbox')!.hidden).toBe(true);
  });

  it('opens on typing with the first match ready; Enter adds it, fires change, clears and closes', async () => {
    const { picker, changes } = await mount('value="JPN"');
    await type(picker, 'aus');
    const input = inputOf(picker);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(optionsOf(picker).map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['Australia, AUS', 'Austria, AUT']);
    expect(input.getAttribute('aria-activedescendant')).toBe('option-AUS');
    expect((await press(picker, 'Enter')).defaultPrevented).toBe(true);
    expect(changes).toEqual([['JPN', 'AUS']]);
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('moves through the options with ArrowDown and ArrowUp, wrapping round, and closes on Escape', async () => {
    const { picker, changes } = await mount();
    await type(picker, 'a');
    const active = () => inputOf(picker).getAttribute('aria-activedescendant');
    const selected = () => optionsOf(picker).filter((o) => o.getAttribute('aria-selected') === 'true').map((o) => o.id);
    const count = optionsOf(picker).length;
    expect(count).toBeGreaterThan(2);
    await press(picker, 'ArrowDown');
    expect(active()).toBe(optionsOf(picker)[1]!.id);
    expect(selected()).toEqual([active()]);
    await press(picker, 'ArrowUp');
    await press(picker, 'ArrowUp');
    expect(active()).toBe(optionsOf(picker)[count - 1]!.id);
    await press(picker, 'Escape');
    expect(inputOf(picker).getAttribute('aria-expanded')).toBe('false');
    expect(inputOf(picker).value).toBe('a');
    // Enter with the list closed adds nothing.
    expect((await press(picker, 'Enter')).defaultPrevented).toBe(false);
    expect(changes).toEqual([]);
    // ArrowDown opens it again, on the first option.
    await press(picker, 'ArrowDown');
    expect(active()).toBe(optionsOf(picker)[0]!.id);
  });

  it('leaves the chosen countries out of the list, and says so when nothing matches', async () => {
    const { picker } = await mount('value="AUS"');
    await type(picker, 'aus');
    expect(optionsOf(picker).map((o) => o.id)).toEqual(['option-AUT']);
    await type(picker, 'Atlantis');
    expect(optionsOf(picker)).toHaveLength(0);
    expect(inputOf(picker).getAttribute('aria-expanded')).toBe('false');
    expect(picker.shadowRoot!.querySelector('[part="message"]')!.textContent).toBe('No country matches “Atlantis”.');
  });

  it('removes a country with its button, fires change, and moves the focus to the next button, then the text box', async () => {
    const { picker, changes } = await mount('value="JPN KOR"');
    const button = (label: string) => [...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove"]')].find((b) => b.getAttribute('aria-label') === label)!;
    button('Remove Japan').click();
    await picker.updateComplete;
    await picker.updateComplete;
    expect(changes).toEqual([['KOR']]);
    expect(picker.shadowRoot!.activeElement).toBe(button('Remove Korea, South'));
    button('Remove Korea, South').click();
    await new Promise((done) => setTimeout(done));
    expect(changes).toEqual([['KOR'], []]);
    expect(picker.shadowRoot!.activeElement).toBe(inputOf(picker));
    expect(picker.shadowRoot!.querySelector('[part="chosen"]')).toBeNull();
  });

  it('adds no more than `max` countries, and says why', async () => {
    const { picker, changes } = await mount('value="JPN KOR" max="2"');
    await type(picker, 'ger');
    await press(picker, 'Enter');
    expect(changes).toEqual([]);
    expect(picker.value).toEqual(['JPN', 'KOR']);
    expect(picker.shadowRoot!.querySelector('[part="message"]')!.textContent).toBe('At most 2 countries: remove one to add another.');
  });

  it('announces what was added and removed to screen readers', async () => {
    const { picker } = await mount();
    await type(picker, 'japan');
    await press(picker, 'Enter');
    const status = () => picker.shadowRoot!.querySelector('.visually-hidden[role="status"]')!.textContent;
    expect(status()).toBe('Japan added. 1 of 10 chosen.');
  });

  it('does nothing to the page until it is connected', () => {
    const picker = document.createElement('defence-country-picker');
    expect(picker.shadowRoot).toBeNull();
    expect(picker.value).toEqual([]);
  });
});
