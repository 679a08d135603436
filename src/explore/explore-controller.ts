/**
 * The explorer of a SIPRI card, a controller its element owns: it reads the view from the
 * element's `countries`, `from`, `to` and `measure` attributes, loads SIPRI's whole release when
 * the view or the reader needs it, and gives the element what to draw (the explored chart, its
 * rows and columns for the table and CSV, the address of the view) and the controls to change it.
 * A reader's change is written back to the attributes and announced with `di-explore`; the
 * attributes stay the one place the view lives. The element calls `sync` before it draws (Lit's
 * controller hooks run after `willUpdate`, where the card draws), so this is no ReactiveController.
 */
import { html, isServer, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import '../components/country-picker/country-picker.js';
import type { ChartOptions } from '../indicator.js';
import type { Field, Row } from '../lib/datapackage.js';
import { exploreChart, figureText } from './chart.js';
import { type ExploreRow, loadSipri, type SipriTable } from './sipri-data.js';
import {
  defaultView,
  type Explore,
  type ExploreView,
  hasInput,
  MEASURES,
  type Measure,
  measureInText,
  readView,
  sameView,
  viewAttributes,
  viewFields,
  VIEW_KEYS,
  viewQuery,
  type ViewInput,
} from './view.js';

/** The element, as the controller sees it: the attributes that hold the view. */
export interface ExploreHost extends ReactiveControllerHost, HTMLElement {
  countries: string | null;
  from: string | null;
  to: string | null;
  measure: string | null;
}

/** What `di-explore` carries: the card's indicator, the view the reader chose, and whether it differs from the card's own. */
export interface ExploreDetail {
  id: string;
  view: ExploreView;
  explored: boolean;
}

/** The subject of every card's claim, drawn in the accent colour. */
const SUBJECT = 'JPN';

/** "Japan; Korea, South and Germany": SIPRI's names hold commas. */
const nameList = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join('; ')} and ${names.at(-1)}` : names.join(''));

export class ExploreController {
  /** The view explored; null while the card shows its own chart. */
  view: ExploreView | null = null;
  /** The explored view's figures. */
  rows: ExploreRow[] = [];
  /** What could not be shown as asked, and why, in words that name the value. */
  problems: string[] = [];
  private open = false;
  private id = '';
  private explore: Explore | undefined;
  private table: SipriTable | undefined;
  private loadProblem: string | null = null;
  private loading = false;
  /** What the view was last read from, so that it is read again only when that changes. */
  private readFrom = '';
  /** What the card last drew from: the view, and whether it waited for the data. */
  private drawnFrom = '';
  private redraw = false;

  constructor(private readonly host: ExploreHost) {}

  private input(): ViewInput {
    const { countries, from, to, measure } = this.host;
    return { countries, from, to, measure };
  }

  /** Reads the view anew when the card's indicator or attributes changed, or the data arrived; asks for a redraw when what to draw changed. */
  sync(id: string, explore: Explore | undefined): void {
    const readFrom = JSON.stringify([id, this.input(), Boolean(this.table), this.loadProblem]);
    if (readFrom === this.readFrom) return;
    this.readFrom = readFrom;
    this.id = id;
    this.explore = explore;
    this.read();
    const drawnFrom = JSON.stringify([this.view, this.pending]);
    this.redraw ||= drawnFrom !== this.drawnFrom;
    this.drawnFrom = drawnFrom;
  }

  private read(): void {
    const { explore } = this;
    const input = this.input();
    this.view = null;
    this.rows = [];
    this.problems = [];
    if (!hasInput(input)) return;
    if (!explore) {
      this.problems = ['This card cannot be explored: the countries, from, to and measure attributes apply to the SIPRI cards only.'];
      return;
    }
    // A failed load is tried again when the reader opens the explorer, not on every update.
    if (this.loadProblem) {
      this.problems = [this.loadProblem];
      return;
    }
    if (!this.table) {
      // A server renders the card waiting for the data; the browser loads it.
      if (!isServer) void this.load();
      return;
    }
    const { view, problems } = readView(input, explore, this.table);
    if (sameView(view, defaultView(explore, this.table))) {
      this.problems = problems;
      return;
    }
    this.view = view;
    this.rows = this.table.rows(view);
    this.problems = [...problems, ...this.unfigured(view)];
  }

  /** True while a view is asked for and the data that draws it is on its way: the card waits rather than draw its own chart. */
  get pending(): boolean {
    return Boolean(this.explore) && hasInput(this.input()) && !this.table && !this.loadProblem;
  }

  /** True once after the view changed: the element draws again. */
  takeRedraw(): boolean {
    const redraw = this.redraw;
    this.redraw = false;
    return redraw;
  }

  private async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    this.loadProblem = null;
    try {
      this.table = await loadSipri();
    } catch (error) {
      this.loadProblem = `SIPRI’s full data could not be loaded (${error instanceof Error ? error.message : String(error)}), so the card shows its own chart.`;
    }
    this.loading = false;
    this.host.requestUpdate();
  }

  /** The countries of the view with no figure in its years. */
  private unfigured({ countries, from, to, measure }: ExploreView): string[] {
    const shown = new Set(this.rows.map((r) => r.iso3));
    const names = countries.filter((c) => !shown.has(c)).map((c) => this.nameOf(c));
    return names.length ? [`SIPRI has no ${measureInText(measure)} figure for ${nameList(names)} in ${from}–${to}.`] : [];
  }

  private nameOf(iso3: string): string {
    return this.table?.countries.find((c) => c.iso3 === iso3)?.name ?? iso3;
  }

  /** The explored chart and its text alternative; null while the card shows its own. */
  chart(options: ChartOptions): { chart: SVGSVGElement | HTMLElement; description: string } | null {
    const { view, rows } = this;
    if (!view) return null;
    const names = nameList(view.countries.map((c) => this.nameOf(c)));
    const { unit } = MEASURES[view.measure];
    const label = measureInText(view.measure);
    if (!rows.length) {
      const empty = (options.document ?? document).createElement('p');
      empty.textContent = view.countries.length ? `SIPRI has no ${label} figure for ${names} in ${view.from}–${view.to}.` : 'Choose a country to draw the chart.';
      return { chart: empty, description: empty.textContent };
    }
    const latest = view.countries.flatMap((c) => rows.filter((r) => r.iso3 === c).at(-1) ?? []);
    const description =
      `Line chart of military expenditure, ${label} (${unit}), ${view.from}–${view.to}, from SIPRI, for ${names}. ` +
      `Latest figures: ${latest.map((r) => `${r.country}, ${r.year}: ${figureText(r.value, r.measure)}`).join('; ')}.`;
    return { chart: exploreChart(rows, view, { ...options, subject: SUBJECT }), description };
  }

  /** What the explored chart shows, in place of the card's subtitle; null while the card shows its own. */
  subtitle(): string | null {
    const { view } = this;
    return view ? `Military expenditure, ${measureInText(view.measure)} (${MEASURES[view.measure].unit}), ${view.from}–${view.to} (SIPRI)` : null;
  }

  /** The explored rows and their columns, for the table and the CSV; null while the card shows its own. */
  dataset(): { rows: Row[]; fields: Field[]; title: string } | null {
    const { view } = this;
    if (!view) return null;
    const rows = this.rows.map(({ country, iso3, year, measure, value, source, source_url }) => ({ country, iso3, year, [measure]: value, source, source_url }));
    return { rows, fields: viewFields(view.measure), title: `SIPRI military expenditure, ${MEASURES[view.measure].label}, ${view.from}–${view.to}` };
  }

  /** The view as an address's query, without `?`; empty while the card shows its own. */
  query(): string {
    return this.view ? viewQuery(this.id, this.view) : '';
  }

  /** The view as attributes for an embed snippet, each with a space before it; empty while the card shows its own. */
  attributes(): string {
    return this.view ? Object.entries(viewAttributes(this.view)).map(([key, value]) => ` ${key}="${value}"`).join('') : '';
  }

  /** Shows or hides the controls; the first showing loads SIPRI's data for the picker. */
  private toggle(): void {
    this.open = !this.open;
    if (this.open && !this.table) void this.load();
    this.host.requestUpdate();
  }

  /**
   * A reader's change: written to the attributes (removed when the view is the card's own, which
   * then draws its own chart again), and announced for the page's address.
   */
  private change(change: Partial<ExploreView>): void {
    const { explore, table } = this;
    if (!explore || !table) return;
    const home = defaultView(explore, table);
    const view = { ...(this.view ?? home), ...change };
    const [first, last] = table.yearsOf(view.measure);
    const clamp = (year: number) => Math.min(Math.max(year, first), last);
    [view.from, view.to] = [clamp(Math.min(view.from, view.to)), clamp(Math.max(view.from, view.to))];
    const explored = !sameView(view, home);
    const attributes = explored ? viewAttributes(view) : null;
    for (const key of VIEW_KEYS) this.host[key] = attributes?.[key] ?? null;
    const detail: ExploreDetail = { id: this.id, view, explored };
    this.host.dispatchEvent(new CustomEvent('di-explore', { detail, bubbles: true, composed: true }));
  }

  private changeYear(key: 'from' | 'to', input: HTMLInputElement): void {
    // A value that is no year is not a change; `live` puts the view's year back in the box.
    if (/^\d{4}$/.test(input.value)) this.change({ [key]: Number(input.value) });
    else this.host.requestUpdate();
  }

  private reset(): void {
    if (this.explore && this.table) this.change(defaultView(this.explore, this.table));
  }

  /** The Explore button, the controls when shown, what the explored chart shows and what could not be shown. */
  render(): TemplateResult | typeof nothing {
    const { explore, table, view, problems } = this;
    if (!explore) return problems.length ? this.renderProblems() : nothing;
    const shown = view ?? (table ? defaultView(explore, table) : null);
    return html`<div class="explore-bar">
        <button part="explore-toggle" aria-expanded=${this.open} aria-controls=${this.open ? 'explore' : nothing} @click=${() => this.toggle()}>
          Explore
        </button>
        ${view
          ? html`<p class="explore-summary">
                Showing SIPRI’s ${measureInText(view.measure)} (${MEASURES[view.measure].unit}), ${view.from}–${view.to}, for
                ${view.countries.length} ${view.countries.length === 1 ? 'country' : 'countries'}.
              </p>
              <button @click=${() => this.reset()}>Show the card’s chart</button>`
          : nothing}
      </div>
      ${this.open
        ? html`<div part="explore" id="explore" role="group" aria-label="Explore SIPRI’s data">
            ${shown && table ? this.renderControls(shown, table, explore) : html`<p role="status">Loading SIPRI’s data…</p>`}
          </div>`
        : nothing}
      ${problems.length ? this.renderProblems() : nothing}`;
  }

  private renderControls(view: ExploreView, table: SipriTable, explore: Explore): TemplateResult {
    const [first, last] = table.yearsOf(view.measure);
    // Labels name their control by id: a label around a select would add the chosen option to its name.
    const year = (key: 'from' | 'to', label: string) =>
      html`<div>
        <label for=${`explore-${key}`}>${label}</label>
        <input
          id=${`explore-${key}`}
          type="number"
          min=${first}
          max=${last}
          step="1"
          .value=${live(String(view[key]))}
          @change=${(e: Event) => this.changeYear(key, e.target as HTMLInputElement)}
        />
      </div>`;
    // The measure is set twice: `selected` for the first render, where the options come after the
    // select's value; the live value after a reader's choice, which `selected` no longer moves.
    return html`<defence-country-picker
        .options=${table.countries}
        .value=${view.countries}
        @change=${(e: CustomEvent<{ value?: string[] }>) => e.detail?.value && this.change({ countries: [...e.detail.value] })}
      ></defence-country-picker>
      <div class="explore-fields">
        ${year('from', 'From')} ${year('to', 'To')}
        <div>
          <label for="explore-measure">Measure</label>
          <select
            id="explore-measure"
            .value=${live(view.measure)}
            @change=${(e: Event) => this.change({ measure: (e.target as HTMLSelectElement).value as Measure })}
          >
            ${explore.measures.map((m) => html`<option value=${m} ?selected=${m === view.measure}>${MEASURES[m].label}</option>`)}
          </select>
        </div>
      </div>`;
  }

  private renderProblems(): TemplateResult {
    return html`<ul part="explore-notes" role="status">
      ${this.problems.map((problem) => html`<li>${problem}</li>`)}
    </ul>`;
  }
}
