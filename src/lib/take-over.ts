/**
 * How an element takes over the shadow root that came with a prerendered page
 * (`scripts/prerender.ts`). The page reads and looks the same before and after, so there is no
 * hurry: elements take their roots over one per idle period, never all in one long task, and at
 * once when the reader reaches for one (points at it, touches it or moves the focus into it).
 * A page opened on an explored view (`?indicator=…`) takes every root over at once.
 *
 * The page's script loads on first use (`scripts/prerender.ts`), so a reader may press a
 * prerendered button before it has arrived: the page then marks the element with `EARLY_CLICK`,
 * the button's `part`, and the element takes its root over at once and presses the same button.
 */
import type { LitElement, PropertyValues, RenderOptions } from 'lit';

/** On a prerendered element: the `part` of a button the reader pressed before the script had defined the element. */
export const EARLY_CLICK = 'data-early-click';

/** The longest an element waits for an idle period, in milliseconds. */
const IDLE_TIMEOUT = 2000;

const idle = () =>
  new Promise<void>((done) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => done(), { timeout: IDLE_TIMEOUT }) : setTimeout(done)));

/** One element after another, each in an idle period of its own. */
let turns: Promise<void> = Promise.resolve();

/** What the reader does that needs the element at once. */
const REACHES = ['pointerover', 'touchstart', 'focusin'] as const;

/** Resolves when `host`, prerendered, should take its root over. */
function whenToTakeOver(host: HTMLElement): Promise<void> {
  if (location.search || host.hasAttribute(EARLY_CLICK)) return Promise.resolve();
  return new Promise<void>((done) => {
    let taken = false;
    const now = () => {
      for (const type of REACHES) host.removeEventListener(type, now);
      taken = true;
      done();
    };
    // Passive: listening for a touch must never hold up scrolling.
    for (const type of REACHES) host.addEventListener(type, now, { passive: true });
    // An element the reader reached for already gives its idle period to the next.
    turns = turns.then(() => (taken ? undefined : idle().then(now)));
  });
}

/**
 * A Lit element's side of taking over its prerendered root: made in `createRenderRoot` (after
 * Lit's), awaited in `scheduleUpdate` and wrapped around `update` (`TakesOverPrerendered` does
 * all three). For an element that was not prerendered, each does nothing.
 */
class PrerenderedRoot {
  /** Whether the element arrived with a prerendered root that it has not taken over yet. */
  private pending: boolean;

  constructor(
    private readonly host: HTMLElement,
    renderOptions: RenderOptions,
  ) {
    this.pending = !!host.shadowRoot?.firstChild;
    // Lit would render before the prerendered content, which is emptied when the element takes it over.
    if (this.pending) renderOptions.renderBefore = null;
  }

  /** Resolves when the element should take its root over, with what it needs to render the same content (`prepare`). */
  async ready(prepare: () => Promise<unknown>): Promise<void> {
    if (!this.pending) return;
    await whenToTakeOver(this.host);
    await prepare().catch(() => undefined);
  }

  /**
   * Runs Lit's `update`; the first time, into the emptied root, in the same task (nothing is
   * painted in between), with the keyboard focus put back where it was and a button pressed
   * early pressed again.
   */
  update(litUpdate: () => void): void {
    const root = this.host.shadowRoot;
    if (!this.pending || !root) return litUpdate();
    this.pending = false;
    const focusable = () => [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex]')];
    const focused = root.activeElement ? focusable().indexOf(root.activeElement as HTMLElement) : -1;
    root.replaceChildren();
    litUpdate();
    if (focused >= 0) focusable()[focused]?.focus();
    const pressed = this.host.getAttribute(EARLY_CLICK);
    if (pressed === null) return;
    this.host.removeAttribute(EARLY_CLICK);
    // After Lit's update, whose end the button's handler may need.
    queueMicrotask(() => [...root.querySelectorAll<HTMLElement>('button[part]')].find((button) => button.getAttribute('part') === pressed)?.click());
  }
}

type LitElementClass = abstract new (...args: any[]) => LitElement;

/** What an element that takes over a prerendered root adds to Lit's. */
export declare class TakesOverPrerenderedElement {
  /** What the element needs at hand to render the content the page shows (its module, its data); awaited before it takes its root over. */
  protected prepareTakeOver(): Promise<unknown>;
}

/**
 * A Lit element that takes its prerendered shadow root over, if it arrives with one: not before
 * `prepareTakeOver` has what the element renders, and without a frame painted in between.
 */
export function TakesOverPrerendered<T extends LitElementClass>(Base: T) {
  abstract class TakesOver extends Base {
    #prerendered: PrerenderedRoot | null = null;

    protected prepareTakeOver(): Promise<unknown> {
      return Promise.resolve();
    }

    protected override createRenderRoot(): HTMLElement | DocumentFragment {
      const root = super.createRenderRoot();
      this.#prerendered = new PrerenderedRoot(this, this.renderOptions);
      return root;
    }

    protected override async scheduleUpdate(): Promise<void> {
      await this.#prerendered?.ready(() => this.prepareTakeOver());
      super.scheduleUpdate();
    }

    protected override update(changed: PropertyValues): void {
      const litUpdate = () => super.update(changed);
      if (this.#prerendered) this.#prerendered.update(litUpdate);
      else litUpdate();
    }
  }
  return TakesOver as unknown as (abstract new (...args: any[]) => TakesOverPrerenderedElement) & T;
}
