import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ARTICLE } from '../../article.js';
import { loadIndicators } from '../../indicators/index.js';
import { type ClaimRow, claimRows, claimsTable, CLAIMS_FIELDS, verdictCounts } from '../../lib/claims.js';
import { toCSV } from '../../lib/csv.js';
import { saveFile } from '../../lib/download.js';
import { TakesOverPrerendered } from '../../lib/take-over.js';
import styles from './defence-scorecard.styles.js';

/** The file the scorecard's data downloads as. */
export const CLAIMS_FILENAME = 'claims.csv';

/** The element with `id` in the page, looking inside open shadow roots too, where fragment links do not reach. */
function findById(root: Document | ShadowRoot, id: string): Element | null {
  const found = root.getElementById(id);
  if (found) return found;
  for (const host of root.querySelectorAll('*')) {
    const inner = host.shadowRoot && findById(host.shadowRoot, id);
    if (inner) return inner;
  }
  return null;
}

/**
 * Every claim the dashboard tests, in the order of the article: the words that make it, its
 * verdict, the one figure that decides it and a link to its card. A line above the table counts
 * the verdicts; the data downloads as `claims.csv`.
 *
 * @summary A scorecard of the article's claims and their verdicts.
 *
 * @csspart scorecard - The box around everything.
 * @csspart title - The heading.
 * @csspart summary - The line that counts the verdicts.
 * @csspart table - The table of claims; each claim's row has a `data-status` of `supported`, `partly-supported`, `not-supported` or `unverifiable`.
 * @csspart download - The "Download CSV" button.
 *
 * @cssproperty --di-font - Font family.
 * @cssproperty --di-text - Text colour.
 * @cssproperty --di-muted-text - Colour of secondary text.
 * @cssproperty --di-background - Background.
 * @cssproperty --di-border - Colour of borders and rules.
 * @cssproperty --di-focus - Colour of the keyboard focus ring.
 * @cssproperty --di-supported - Colour of a "supported" verdict.
 * @cssproperty --di-partly - Colour of a "partly supported" verdict.
 * @cssproperty --di-not-supported - Colour of a "not supported" verdict.
 * @cssproperty --di-unverifiable - Colour of an "unverifiable" verdict.
 *
 * @event di-download - `claims.csv` was saved; `detail`: `{ id: 'claims', filename, csv }`.
 */
@customElement('defence-scorecard')
export class DefenceScorecard extends TakesOverPrerendered(LitElement) {
  static override styles = styles;

  /** `light` or `dark`; unset, the scorecard follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;
  /** Hides the Download CSV button. */
  @property({ type: Boolean, attribute: 'no-download' }) noDownload = false;

  /** Computed once, when every indicator has loaded: the same claims and checks as the cards'. */
  @state() private rows: ClaimRow[] | null = null;
  /** Why the indicators could not be loaded, naming the file and its address. */
  @state() private loadProblem: string | null = null;
  private failed: string[] = [];

  /** Every claim at hand (load() has its rows by then), a prerendered scorecard renders what the page shows. */
  protected override prepareTakeOver(): Promise<unknown> {
    return loadIndicators();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.rows) this.load();
  }

  private async load(): Promise<void> {
    try {
      const indicators = await loadIndicators();
      this.rows ??= claimRows(indicators, { onError: (indicator) => this.failed.push(indicator.id) });
      this.loadProblem = null;
    } catch (error) {
      this.loadProblem = error instanceof Error ? error.message : String(error);
    }
  }

  override render(): TemplateResult {
    const rows = this.rows;
    if (!rows) {
      return this.loadProblem
        ? html`<div part="error" role="alert"><p><strong>The scorecard cannot be shown.</strong> ${this.loadProblem}</p></div>`
        : html`<div part="placeholder" role="status" aria-busy="true"><p>Loading the claims…</p></div>`;
    }
    return html`<section part="scorecard" aria-labelledby="scorecard-title">
      <h2 id="scorecard-title" part="title">The article’s claims, checked</h2>
      <p part="summary">
        ${rows.length} claims of <a href=${ARTICLE.url}><cite>${ARTICLE.title}</cite></a>: ${verdictCounts(rows)}.
        ${this.failed.length ? html`Not checked, because their data failed its checks: ${this.failed.join(', ')}.` : nothing}
      </p>
      <div class="table-wrap">
        <table part="table">
          <caption class="visually-hidden">Claims of the article in its order, with their verdicts</caption>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Verdict</th>
              <th scope="col">Deciding figure</th>
              <th scope="col">Card</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ({ indicator, claim, check, words, deciding }) => html`<tr data-status=${check.status} data-claim=${claim.id}>
                <td class="words">“${words}”</td>
                <td><span class="verdict">${check.verdict}</span></td>
                <td>${deciding || '–'}</td>
                <td><a href=${`#${indicator.id}`} @click=${this.followLink}>${indicator.id}</a></td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.noDownload ? nothing : html`<button part="download" @click=${this.download}>Download CSV</button>`}
    </section>`;
  }

  /** Scrolls to the card, wherever it lives: a fragment link alone does not reach into a shadow root. */
  private readonly followLink = (event: MouseEvent) => {
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const card = findById(document, id);
    if (!card) return; // Not on this page: the link's own address is the best we can do.
    event.preventDefault();
    card.scrollIntoView({ block: 'start' });
    history.pushState(null, '', `#${id}`);
  };

  /** Saves every claim with its verdict as `claims.csv`. */
  download(): void {
    if (!this.rows) return;
    const csv = toCSV(claimsTable(this.rows), CLAIMS_FIELDS);
    saveFile(csv, CLAIMS_FILENAME);
    this.dispatchEvent(new CustomEvent('di-download', { detail: { id: 'claims', filename: CLAIMS_FILENAME, csv }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'defence-scorecard': DefenceScorecard;
  }
}
