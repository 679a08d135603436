import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ARTICLE } from '../../article.js';
import { type ChartOptions, type CheckedClaim, type Claim, type ClaimCheck, type Findings, findingsOf, type Indicator } from '../../indicator.js';
import { findIndicator, inEmbedScript, INDICATOR_IDS, isIndicatorId, loadIndicator } from '../../indicators/index.js';
import { MORE_FILE } from '../../indicators/more-file.js';
import { cardStyleOf, cardSvg, svgFileText } from '../../lib/card-image.js';
import { colorsKey, colorsOf, finishChart } from '../../lib/chart.js';
import { type Citations, citeCard } from '../../lib/citation.js';
import { toCSV } from '../../lib/csv.js';
import { loadRows, resourceOf } from '../../lib/data.js';
import { DataError, type Resource, type Row, type Source, sourcesByPublisher } from '../../lib/datapackage.js';
import { saveFile } from '../../lib/download.js';
import { svgToPng } from '../../lib/svg-canvas.js';
import { TakesOverPrerendered } from '../../lib/take-over.js';
import { isHttpUrl } from '../../lib/url.js';
import { sinceTheArticle } from '../../lib/since.js';
import { formatWhen } from '../../charts/timeline.js';
import { ExploreController } from '../../explore/explore-controller.js';
import { DATA_FILE } from '../../explore/sipri-data.js';
import exploreStyles from '../../explore/explore.styles.js';
import styles from './defence-indicator.styles.js';

/** What the card shows when it has an indicator and its data passed its checks. */
interface Loaded extends Findings {
  indicator: Indicator<Row>;
  resource: Resource;
  rows: Row[];
}

/** What went wrong, in words a reader can act on, with details where there are several. */
interface Problem {
  message: string;
  details: string[];
}

/** On a drawn chart: the width it was drawn at, and its colours; a prerendered card keeps a chart that still fits. */
const DRAWN_WIDTH = 'data-drawn-width';
const DRAWN_COLORS = 'data-drawn-colors';
/** Cards below the fold are drawn when they come this close to the viewport. */
const LAZY_MARGIN = '400px 0px';
const MAX_SHOWN_ID = 60;
/** Width of the chart in a downloaded image when the card has not drawn its chart yet. */
const UNDRAWN_WIDTH = 640;
/** PNG pixels per pixel of the card: sharp in print at the width of a page. */
const PNG_SCALE = 2;
/** The citation styles the Cite panel shows, in order, with their names. */
const CITATION_STYLES: ReadonlyArray<[keyof Citations, string]> = [
  ['apa', 'APA'],
  ['chicago', 'Chicago'],
  ['bibtex', 'BibTeX'],
];
/** What was last copied to the clipboard, for the status message beside its button. */
type Copied = keyof Citations | 'snippet' | 'link';
/** What a `di-download` event carries besides the id: the file's name and its contents. */
type Download = { filename: string } & ({ csv: string } | { svg: string } | { png: Blob });

/**
 * One claim of the RUSI commentary "Evolving Japan–NATO Relations in the Leadup to the Madrid
 * Summit", tested against data: the claim quoted word for word, a computed verdict, a chart,
 * its sources and its data as CSV and as a table; the card itself as a PNG or SVG image and as
 * a citation (APA, Chicago, BibTeX); and, on the dashboard, a link to the card.
 *
 * @summary A cited, downloadable chart that tests one claim of the article.
 *
 * @csspart card - The card around everything.
 * @csspart title - The headline that states the finding.
 * @csspart subtitle - The measure and its unit.
 * @csspart quote - The article's sentence and its attribution.
 * @csspart claim-check - The verdict; its `data-status` is `supported`, `partly-supported`, `not-supported` or `unverifiable`.
 * @csspart chart - The box the chart is drawn in.
 * @csspart sources - Sources of the figures, with notes on definitions.
 * @csspart since - "Since the article": what has changed since June 2022 that bears on the claim, each item dated, with its source.
 * @csspart controls - The row of buttons.
 * @csspart download - The "Download CSV" button.
 * @csspart download-png - The "Download PNG" button: the card as an image, at twice its size.
 * @csspart download-svg - The "Download SVG" button: the card as an image.
 * @csspart table-toggle - The button that shows the data as a table.
 * @csspart table - The data table.
 * @csspart cite-toggle - The Cite button.
 * @csspart cite - The citations in APA, Chicago and BibTeX, when shown.
 * @csspart copy-link - The "Copy link" button (with `show-link`).
 * @csspart embed-toggle - The Embed button (with `show-embed`).
 * @csspart embed - The embed snippet, when shown.
 * @csspart error - The message shown instead of the card when something is wrong.
 * @csspart explore-toggle - The Explore button of a SIPRI card, which shows the explorer's controls.
 * @csspart explore - The explorer's controls: the country picker, the years from and to, and the measure.
 * @csspart explore-notes - What of the asked view could not be shown, and why, naming each value.
 *
 * @cssproperty --di-font - Font family of the card and chart.
 * @cssproperty --di-text - Text colour.
 * @cssproperty --di-muted-text - Colour of secondary text (subtitle, sources, labels).
 * @cssproperty --di-background - Background of the card and chart tooltips.
 * @cssproperty --di-border - Colour of borders and rules.
 * @cssproperty --di-accent - Colour of the claim's subject (Japan) in every chart.
 * @cssproperty --di-muted - Colour of everything the subject is compared with.
 * @cssproperty --di-reference - Colour of reference lines and annotations.
 * @cssproperty --di-series-1 - First colour of series told apart by colour.
 * @cssproperty --di-series-2 - Second series colour.
 * @cssproperty --di-series-3 - Third series colour.
 * @cssproperty --di-series-4 - Fourth series colour.
 * @cssproperty --di-focus - Colour of the keyboard focus ring.
 * @cssproperty --di-supported - Colour of a "supported" verdict.
 * @cssproperty --di-partly - Colour of a "partly supported" verdict.
 * @cssproperty --di-not-supported - Colour of a "not supported" verdict.
 * @cssproperty --di-unverifiable - Colour of an "unverifiable" verdict.
 *
 * @event di-render - The chart was drawn; `detail`: `{ id, width }`.
 * @event di-download - A file was saved; `detail`: `{ id, filename, csv }`, `{ id, filename, svg }` or `{ id, filename, png }` (a `Blob`).
 * @event di-error - The card could not be shown; `detail`: `{ message }`.
 * @event di-explore - The reader changed the explored view; `detail`: `{ id, view: { countries, from, to, measure }, explored }` (`explored` false when it is the card's own view again).
 */
@customElement('defence-indicator')
export class DefenceIndicator extends TakesOverPrerendered(LitElement) {
  static override styles = [styles, exploreStyles];

  /** Id of the indicator to show, e.g. `defence-budget-gdp`. */
  @property({ reflect: true }) indicator: string | null = null;
  /** `light` or `dark`; unset, the card follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;
  /** Hides the title and subtitle. */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;
  /** Hides the quoted claim. */
  @property({ type: Boolean, attribute: 'no-quote' }) noQuote = false;
  /** Hides the claim check. */
  @property({ type: Boolean, attribute: 'no-check' }) noCheck = false;
  /** Hides the sources and notes. */
  @property({ type: Boolean, attribute: 'no-sources' }) noSources = false;
  /** Hides the Download CSV button. */
  @property({ type: Boolean, attribute: 'no-download' }) noDownload = false;
  /** Hides the Download PNG and Download SVG buttons. */
  @property({ type: Boolean, attribute: 'no-images' }) noImages = false;
  /** Hides the button that shows the data as a table. */
  @property({ type: Boolean, attribute: 'no-table' }) noTable = false;
  /** Shows the Embed button (the dashboard sets it; embeds do not need it). */
  @property({ type: Boolean, attribute: 'show-embed' }) showEmbed = false;
  /** Shows the Copy link button, for the address of the page with `#` and the card's `id` (the dashboard sets both). */
  @property({ type: Boolean, attribute: 'show-link' }) showLink = false;
  /** Address of the embed script for the Embed snippet; defaults to `defence-indicators.js` beside the page. */
  @property({ attribute: 'embed-src' }) embedSrc: string | null = null;
  // The explorer's view (issue 9): the attributes hold it, src/explore/explore-controller.ts reads and writes it.
  /** SIPRI cards: the countries to explore, ISO 3166 alpha-3 codes separated by spaces, e.g. `JPN KOR DEU`. */
  @property({ reflect: true }) countries: string | null = null;
  /** SIPRI cards: the first year to explore, e.g. `2000`. */
  @property({ reflect: true }) from: string | null = null;
  /** SIPRI cards: the last year to explore, e.g. `2024`. */
  @property({ reflect: true }) to: string | null = null;
  /** SIPRI cards: the measure to explore, a column of the CSV: `share_of_gdp_pct`, `current_usd_m`, `constant_2023_usd_m`, `per_capita_usd` or `share_of_govt_spending_pct`. */
  @property({ reflect: true }) measure: string | null = null;

  @state() private width = 0;
  @state() private tableOpen = false;
  @state() private embedOpen = false;
  @state() private citeOpen = false;
  @state() private copied: Copied | null = null;
  /** The card's address, shown selected when the clipboard refused it. */
  @state() private uncopiedLink: string | null = null;
  /** Bumped when the colour scheme changes, so the chart is drawn again in the new colours. */
  @state() private palette = 0;

  private loaded: Loaded | null = null;
  private readonly explorer = new ExploreController(this);
  private problem: Problem | null = null;
  private chartNode: Element | null = null;
  private chartProblem: string | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private intersectionObserver: IntersectionObserver | null = null;
  private frame = 0;
  private pendingWidth = 0;
  /** The chart the build drew into a prerendered card, taken over on the first load. */
  private bakedChart: Element | null = null;
  /** Whether the chart shown is the build's: a picture, without Plot's tooltips. */
  private chartIsStatic = false;
  // Media queries are read when the card is connected, never at construction (a server has no `matchMedia`).
  private darkQuery: MediaQueryList | null = null;
  /** Print preview and PDF export switch to print media without always firing `beforeprint`. */
  private printQuery: MediaQueryList | null = null;

  /**
   * A prerendered card (`scripts/prerender.ts`) arrives with its shadow root in the HTML. Taking
   * the root over empties it; Lit renders the same content into it before the next paint, and
   * the chart the build drew is put back as it is, not drawn again.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.bakedChart = this.shadowRoot?.querySelector(`[part="chart"] > [${DRAWN_WIDTH}]`) ?? null;
    return super.createRenderRoot();
  }

  /** Its module at hand, the card renders what the page shows, not a placeholder (a failure is shown by load()). */
  protected override prepareTakeOver(): Promise<unknown> {
    return loadIndicator(this.indicator?.trim());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery ??= matchMedia('(prefers-color-scheme: dark)');
    this.printQuery ??= matchMedia('print');
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    addEventListener('beforeprint', this.onBeforePrint);
    this.printQuery.addEventListener('change', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery?.removeEventListener('change', this.onSchemeChange);
    removeEventListener('beforeprint', this.onBeforePrint);
    this.printQuery?.removeEventListener('change', this.onBeforePrint);
    this.stopObserving();
  }

  /** Forgets the chart box: it is rendered anew when the card changes indicator or recovers from an error. */
  private stopObserving(): void {
    this.resizeObserver?.disconnect();
    this.intersectionObserver?.disconnect();
    this.resizeObserver = this.intersectionObserver = null;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.width = 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('indicator')) this.load();
    if (changed.has('theme')) this.palette++;
    if (this.loaded) this.explorer.sync(this.loaded.indicator.id, this.loaded.indicator.explore);
    const redraw = this.explorer.takeRedraw();
    // A preset view waits for SIPRI's data rather than flash the card's own chart first.
    const stale = redraw || changed.has('indicator') || changed.has('theme') || changed.has('palette') || (changed.has('width') && !this.chartFits());
    if (this.loaded && this.width > 0 && !this.explorer.pending && stale) this.draw(this.loaded);
  }

  /** Whether the chart shown was drawn at the box's width in the card's colours (a prerendered chart, or one drawn before a resize back). */
  private chartFits(): boolean {
    const chart = this.chartNode;
    return !!chart && chart.getAttribute(DRAWN_WIDTH) === String(this.width) && chart.getAttribute(DRAWN_COLORS) === colorsKey(colorsOf(this));
  }

  protected override updated(): void {
    const box = this.chartBox();
    if (!box || this.intersectionObserver || this.resizeObserver) return;
    // A card on the screen draws before its first paint: it shows its final height at once and
    // moves nothing on the page. (The card itself is measured first: its content is not laid out
    // while it is off the screen, and measuring inside it would force that.)
    const card = this.getBoundingClientRect();
    if (card.top < innerHeight && card.bottom > 0) {
      const { width } = box.getBoundingClientRect();
      if (width > 0) return this.follow(box, width);
    }
    // Other cards are drawn when they come near the viewport: below the fold they cost nothing.
    // The resize observer measures the chart box once the browser lays it out: measuring it here,
    // while the browser may still skip the card's contents (`content-visibility`), would force
    // their layout, and Chromium then sometimes keeps the card skipped at 0 px, undrawn, for good.
    this.intersectionObserver = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.intersectionObserver?.disconnect();
        this.follow(box);
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.intersectionObserver.observe(this);
  }

  /** Draws at once at the box's width, if measured; the resize observer measures it otherwise, and follows later changes. */
  private follow(box: Element, width = 0): void {
    this.width = Math.floor(width);
    this.resizeObserver = new ResizeObserver(([change]) => this.onResize(change!.contentRect.width));
    this.resizeObserver.observe(box);
  }

  private chartBox(): Element | null {
    return this.renderRoot.querySelector('[part="chart"]');
  }

  private onResize(width: number): void {
    this.pendingWidth = Math.floor(width);
    // The first measurement draws before the next paint; later ones wait for a frame.
    if (this.width === 0) return void (this.width = this.pendingWidth);
    if (this.frame) return;
    // At most one redraw per animation frame, however many resize events arrive.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.pendingWidth > 0) this.width = this.pendingWidth;
    });
  }

  /** The build's chart has no tooltips: where the reader points at it, it is drawn anew, the same, by Plot. */
  private readonly onChartPointer = () => {
    if (this.chartIsStatic && this.loaded && this.width > 0) {
      this.draw(this.loaded);
      this.requestUpdate();
    }
  };

  private readonly onSchemeChange = () => {
    if (!this.theme) this.palette++;
  };

  private readonly onBeforePrint = () => {
    if (this.width === 0) this.width = Math.floor(this.chartBox()?.getBoundingClientRect().width ?? 0) || 640;
  };

  private load(): void {
    this.loaded = this.problem = null;
    this.chartNode = this.bakedChart;
    this.chartIsStatic = !!this.bakedChart;
    this.bakedChart = null;
    // The next chart is drawn when its box is measured near the viewport, as on first render.
    this.stopObserving();
    const id = this.indicator?.trim() ?? '';
    const valid = INDICATOR_IDS.join(', ');
    if (!isIndicatorId(id)) {
      const shown = id.length > MAX_SHOWN_ID ? `${id.slice(0, MAX_SHOWN_ID)}…` : id;
      this.fail(
        id ? `Unknown indicator "${shown}". Valid ids: ${valid}.` : `No indicator given: set the indicator attribute to one of ${valid}.`,
      );
      return;
    }
    const indicator = findIndicator(id);
    if (indicator) this.show(indicator);
    else this.loadLater(id);
  }

  /** An indicator that the embed script does not carry: the card holds its place until its script has loaded. */
  private loadLater(id: string): void {
    const current = () => this.indicator?.trim() === id && !this.loaded && !this.problem;
    loadIndicator(id).then(
      (indicator) => current() && this.show(indicator!),
      (error: unknown) => current() && this.fail(`The code of "${id}" could not be loaded.`, [error instanceof Error ? error.message : String(error)]),
    ).finally(() => this.requestUpdate());
  }

  private show(indicator: Indicator<Row>): void {
    try {
      const rows = loadRows(indicator.dataset);
      this.loaded = {
        indicator,
        resource: resourceOf(indicator.dataset.name),
        rows,
        ...findingsOf(indicator, rows),
      };
    } catch (error) {
      const details = error instanceof DataError ? error.message.split('\n') : [String(error)];
      this.fail(`The data for "${indicator.id}" failed its checks, so the card is not shown.`, details);
    }
  }

  private fail(message: string, details: string[] = []): void {
    this.problem = { message, details };
    this.dispatchEvent(new CustomEvent('di-error', { detail: { message }, bubbles: true, composed: true }));
  }

  private draw({ indicator, rows, description }: Loaded): void {
    try {
      const options = { width: this.width, colors: colorsOf(this) };
      const explored = this.explorer.chart(options);
      const chart = explored ? finishChart(explored.chart, explored.description) : finishChart(indicator.chart(rows, options), description);
      chart.setAttribute(DRAWN_WIDTH, String(this.width));
      chart.setAttribute(DRAWN_COLORS, colorsKey(options.colors));
      this.chartNode = chart;
      this.chartIsStatic = false;
      this.chartProblem = null;
      this.dispatchEvent(new CustomEvent('di-render', { detail: { id: indicator.id, width: this.width }, bubbles: true, composed: true }));
    } catch (error) {
      this.chartNode = null;
      this.chartProblem = `The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  protected override render(): TemplateResult {
    if (this.problem) return this.renderProblem(this.problem);
    if (!this.loaded) return html`<div part="placeholder" role="status" aria-busy="true"><p>Loading the chart…</p></div>`;
    const { indicator, title, checks } = this.loaded;
    return html`
      <article part="card" aria-labelledby="title">
        ${this.noTitle
          ? html`<h2 id="title" class="visually-hidden">${title}</h2>`
          : html`<h2 id="title" part="title">${title}</h2>
              <p class="subtitle" part="subtitle">${this.explorer.subtitle() ?? indicator.subtitle}</p>`}
        ${this.renderClaims(checks)} ${this.explorer.render()}
        <figure part="chart" aria-label=${`Chart: ${title}`} @pointermove=${this.onChartPointer}>
          ${this.chartProblem ? html`<p role="alert">${this.chartProblem}</p>` : (this.chartNode ?? nothing)}
        </figure>
        ${this.renderSince()} ${this.noSources ? nothing : this.renderSources()} ${this.renderControls()}
        ${this.tableOpen && !this.noTable ? this.renderTable() : nothing} ${this.citeOpen ? this.renderCite() : nothing}
        ${this.embedOpen && this.showEmbed ? this.renderEmbed() : nothing}
      </article>
    `;
  }

  private renderProblem({ message, details }: Problem): TemplateResult {
    return html`<div part="error" role="alert">
      <p><strong>This chart cannot be shown.</strong> ${message}</p>
      ${details.length ? html`<ul>${details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
    </div>`;
  }

  /**
   * Each sentence the card tests, quoted once, with the verdict of each claim it makes: a card
   * that tests several claims of one sentence (a timeline) names each claim above its verdict.
   */
  private renderClaims(checks: CheckedClaim[]): TemplateResult[] {
    const sentences = [...new Set(checks.map(({ claim }) => claim.quote))];
    return sentences.map(
      (quote, i) => html`${this.noQuote ? nothing : this.renderQuote(quote, i === 0)}
      ${this.noCheck
        ? nothing
        : checks
            .filter(({ claim }) => claim.quote === quote)
            .map(({ claim, check }) => this.renderCheck(check, checks.length > 1 ? claim : undefined))}`,
    );
  }

  private renderQuote(quote: string, attributed: boolean): TemplateResult {
    return html`<figure part="quote">
      <blockquote cite=${ARTICLE.url}><p>“${quote}”</p></blockquote>
      ${attributed
        ? html`<figcaption>
            ${ARTICLE.authors},
            <a href=${ARTICLE.url}><cite>${ARTICLE.title}</cite></a>, ${ARTICLE.publisher} ${ARTICLE.kind}, ${ARTICLE.date}
          </figcaption>`
        : nothing}
    </figure>`;
  }

  /** One verdict; `claim` is given where the card tests several, to name the words it tests. */
  private renderCheck({ status, verdict, reasoning, figures }: ClaimCheck, claim?: Claim): TemplateResult {
    // A named section is a landmark: its name must differ from the other cards' on the page.
    const name = claim ? `Claim check: ${claim.excerpt ?? claim.quote}` : `Claim check: ${this.loaded!.title}`;
    return html`<section part="claim-check" data-status=${status} data-claim=${claim?.id ?? nothing} aria-label=${name}>
      ${claim ? html`<p class="claim-words">“${claim.excerpt ?? claim.quote}”</p>` : nothing}
      <span class="verdict">${verdict}</span>
      <p class="reasoning">${reasoning}</p>
      ${figures.length
        ? html`<dl class="figures">
            ${figures.map(({ label, value }) => html`<div><dt>${label}:</dt><dd>${value}</dd></div>`)}
          </dl>`
        : nothing}
    </section>`;
  }

  /**
   * What has changed since the article that bears on the claim: dated items, oldest first, each
   * linked to its source; an item that only one secondary source states says so.
   */
  private renderSince(): TemplateResult | typeof nothing {
    const { indicator, title } = this.loaded!;
    let items: ReturnType<typeof sinceTheArticle>;
    try {
      items = (indicator.since ?? sinceTheArticle)(indicator.id);
    } catch (error) {
      return html`<section part="since" aria-label=${`Since the article: ${title}`}>
        <p role="alert">The items since the article cannot be shown: ${error instanceof Error ? error.message : String(error)}</p>
      </section>`;
    }
    if (!items.length) return nothing;
    return html`<section part="since" aria-label=${`Since the article: ${title}`}>
      <h3>Since the article</h3>
      <ul>
        ${items.map(
          (item) => html`<li>
            <time datetime=${item.date}>${formatWhen(item.date)}</time>: ${item.text}
            ${isHttpUrl(item.source_url) ? html`<a href=${item.source_url}>${item.source}</a>` : item.source}${item.confidence === 'M'
              ? html` <span class="secondary">(one secondary source)</span>`
              : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderSources(): TemplateResult {
    const { indicator, resource } = this.loaded!;
    const link = (source: Source, text: string, label?: string) =>
      html`${isHttpUrl(source.path) ? html`<a href=${source.path} aria-label=${label ?? nothing}>${text}</a>` : text}${source.version ? ` (${source.version})` : ''}`;
    // One publisher, several pages: name it once and number its pages.
    const byPublisher = sourcesByPublisher(resource.sources);
    return html`<footer part="sources">
      <p>
        Sources:
        ${[...byPublisher].map(
          ([title, pages], i) =>
            html`${i ? '; ' : ''}${pages.length === 1
              ? link(pages[0]!, title)
              : html`${title} (${pages.map((page, n) => html`${n ? ', ' : ''}${link(page, String(n + 1), `${title}, page ${n + 1}`)}`)})`}`,
        )}.
      </p>
      ${indicator.notes.length ? html`<ul>${indicator.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
    </footer>`;
  }

  private renderControls(): TemplateResult {
    const id = this.loaded!.indicator.id;
    return html`<div part="controls">
      ${this.noDownload
        ? nothing
        : html`<button part="download" @click=${this.download} aria-label=${`Download CSV: ${id}.csv`}>Download CSV</button>`}
      ${this.noImages
        ? nothing
        : html`<button part="download-png" @click=${this.downloadPng} aria-label=${`Download PNG: ${id}.png`}>Download PNG</button>
            <button part="download-svg" @click=${this.downloadSvg} aria-label=${`Download SVG: ${id}.svg`}>Download SVG</button>`}
      ${this.noTable
        ? nothing
        : html`<button part="table-toggle" aria-expanded=${this.tableOpen} @click=${() => (this.tableOpen = !this.tableOpen)}>
            ${this.tableOpen ? 'Hide data table' : 'Show data table'}
          </button>`}
      <button part="cite-toggle" aria-expanded=${this.citeOpen} @click=${() => (this.citeOpen = !this.citeOpen)}>Cite</button>
      ${this.showLink
        ? html`<button part="copy-link" @click=${this.copyLink}>Copy link</button>
            <span role="status" class="link-status"
              >${this.copied === 'link' ? 'Link copied.' : ''}${this.uncopiedLink ? html`<code>${this.uncopiedLink}</code>` : nothing}</span
            >`
        : nothing}
      ${this.showEmbed
        ? html`<button part="embed-toggle" aria-expanded=${this.embedOpen} @click=${() => (this.embedOpen = !this.embedOpen)}>Embed</button>`
        : nothing}
    </div>`;
  }

  private renderTable(): TemplateResult {
    const { rows, fields, title } = this.tableData();
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${`Data: ${this.loaded!.title}`}>
      <table part="table">
        <caption>${title} (${rows.length} rows)</caption>
        <thead>
          <tr>${fields.map((f) => html`<th scope="col">${f.name}</th>`)}</tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              ${fields.map((f) => {
                const value = row[f.name];
                if (f.format === 'uri' && typeof value === 'string' && isHttpUrl(value)) return html`<td><a href=${value}>${value}</a></td>`;
                return html`<td class=${typeof value === 'number' ? 'number' : ''}>${value ?? ''}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** The rows the table and the CSV hold: the explored view's where there is one, the card's own otherwise. */
  private tableData(): { rows: Row[]; fields: Resource['schema']['fields']; title: string } {
    const { indicator, resource, rows } = this.loaded!;
    return this.explorer.dataset() ?? { rows, fields: resource.schema.fields, title: resource.title ?? indicator.id };
  }

  private embedSnippet(): string {
    const src = this.embedSrc ?? new URL('defence-indicators.js', document.baseURI).href;
    return `<script src="${src}"></script>\n<defence-indicator indicator="${this.loaded!.indicator.id}"${this.explorer.attributes()}></defence-indicator>`;
  }

  private renderEmbed(): TemplateResult {
    const snippet = this.embedSnippet();
    return html`<div part="embed">
      <p id="embed-help">
        ${this.explorer.view
          ? `Paste this into your page, and put ${DATA_FILE} beside the script: the explored view reads SIPRI’s data from it.`
          : inEmbedScript(this.loaded!.indicator.id)
            ? 'Paste this into your page. The script is self-contained: it needs no other file or server.'
            : `Paste this into your page, and put ${MORE_FILE} beside the script: this card’s code and data are in it.`}
      </p>
      <pre aria-describedby="embed-help"><code>${snippet}</code></pre>
      <button @click=${() => this.copy(snippet, 'snippet', '[part="embed"] code')}>Copy snippet</button>
      <span role="status">${this.copied === 'snippet' ? 'Copied.' : ''}</span>
    </div>`;
  }

  private renderCite(): TemplateResult {
    const { indicator, resource, title } = this.loaded!;
    const citations = citeCard({ id: indicator.id, title, sources: resource.sources, url: this.address(), accessed: new Date() });
    const copied = CITATION_STYLES.find(([style]) => style === this.copied)?.[1];
    return html`<div part="cite">
      ${CITATION_STYLES.map(
        ([style, name]) => html`<h3>${name}</h3>
          ${style === 'bibtex'
            ? html`<pre><code id=${`cite-${style}`}>${citations[style]}</code></pre>`
            : html`<p id=${`cite-${style}`}>${citations[style]}</p>`}
          <button @click=${() => this.copy(citations[style], style, `#cite-${style}`)} aria-label=${`Copy ${name} citation`}>Copy</button>`,
      )}
      <span role="status">${copied ? `${copied} citation copied.` : ''}</span>
    </div>`;
  }

  /**
   * Copies text to the clipboard; where there is none (an insecure context, or permission
   * refused), selects the element that shows it instead, for the reader to copy.
   */
  private async copy(text: string, what: Copied, shownIn: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = what;
    } catch {
      this.select(shownIn);
    }
  }

  private select(selector: string): void {
    const shown = this.renderRoot.querySelector(selector);
    if (shown) getSelection()?.selectAllChildren(shown);
  }

  /**
   * The card's address: the page's without its fragment, and where the card can be linked to
   * (`show-link`) its explored view as the query (none for its own view) and `#<id>`.
   */
  private address(): string {
    const url = new URL(location.href);
    if (this.showLink) url.search = this.explorer.query();
    url.hash = this.showLink ? this.id || this.loaded!.indicator.id : '';
    return url.href;
  }

  private async copyLink(): Promise<void> {
    const address = this.address();
    try {
      await navigator.clipboard.writeText(address);
      this.copied = 'link';
      this.uncopiedLink = null;
    } catch {
      // No clipboard: show the address, selected, for the reader to copy.
      this.uncopiedLink = address;
      await this.updateComplete;
      this.select('.link-status code');
    }
  }

  /** Saves the card's rows, or its explored view's, as `<indicator-id>.csv`. */
  download(): void {
    if (!this.loaded) return;
    const { rows, fields } = this.tableData();
    const filename = `${this.loaded.indicator.id}.csv`;
    const csv = toCSV(rows, fields);
    saveFile(csv, filename);
    this.downloaded({ filename, csv });
  }

  /** Saves the card as `<indicator-id>.svg`: title, subtitle, chart, source line and credit, as the reader sees them. */
  downloadSvg(): void {
    if (!this.loaded) return;
    const filename = `${this.loaded.indicator.id}.svg`;
    const svg = svgFileText(this.image());
    saveFile(svg, filename, 'image/svg+xml');
    this.downloaded({ filename, svg });
  }

  /** Saves the same image as `<indicator-id>.png`, at twice its size, painted without loading any image (strict CSP). */
  async downloadPng(): Promise<void> {
    if (!this.loaded) return;
    const filename = `${this.loaded.indicator.id}.png`;
    const png = await svgToPng(this.image(), { scale: PNG_SCALE });
    saveFile(png, filename);
    this.downloaded({ filename, png });
  }

  /** The card as an image: its colours and font, and the chart it shows (an explored view's, if any), at the width it shows it. */
  private image(): SVGSVGElement {
    const { indicator, resource, rows } = this.loaded!;
    const style = cardStyleOf(this);
    const width = (this.width || UNDRAWN_WIDTH) + 2 * style.padding;
    const { explorer } = this;
    // A view with no figure shows a sentence, not a chart: the image keeps the card's own.
    const view = explorer.rows.length ? { subtitle: explorer.subtitle()!, chart: (options: ChartOptions) => explorer.chart(options)! } : undefined;
    return cardSvg(indicator, rows, resource, { width, style, colors: colorsOf(this), view });
  }

  private downloaded(file: Download): void {
    const detail = { id: this.loaded!.indicator.id, ...file };
    this.dispatchEvent(new CustomEvent('di-download', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'defence-indicator': DefenceIndicator;
  }
}
