// @vitest-environment jsdom
/**
 * Issue 4: data is parsed once per page, however many cards share it. Cards are mounted in
 * jsdom and every call of `parseResource` (the one CSV parser) is counted.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';

const parses = vi.hoisted(() => [] as string[]);
vi.mock('../src/lib/datapackage.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/lib/datapackage.js')>();
  return {
    ...actual,
    parseResource: (...args: Parameters<typeof actual.parseResource>) => {
      parses.push(args[1].name);
      return actual.parseResource(...args);
    },
  };
});

// jsdom lacks these; the card only needs them to exist before it draws.
globalThis.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as never;
globalThis.IntersectionObserver ??= class { observe() {} disconnect() {} } as never;

const { INDICATORS } = await import('../src/indicators/all.js');
await import('../src/components/defence-indicator/defence-indicator.js');

afterAll(() => document.body.replaceChildren());

describe('data cache', () => {
  it('parses each dataset once for a page of cards that share it', async () => {
    const ids = INDICATORS.map((i) => i.id);
    const copies = 3;
    for (let c = 0; c < copies; c++)
      for (const id of ids) document.body.insertAdjacentHTML('beforeend', `<defence-indicator indicator="${id}"></defence-indicator>`);
    const cards = [...document.querySelectorAll('defence-indicator')];
    // The cards that the embed script does not carry show their data once their module has loaded.
    // (The first dynamic import of their module is transformed by Vite: allow it time on a busy machine.)
    await vi.waitFor(() => expect(cards.filter((card) => !card.shadowRoot?.querySelector('[part="card"], [part="error"]'))).toEqual([]), { timeout: 15_000 });
    expect(cards).toHaveLength(ids.length * copies);
    // Every card loaded its data: none shows an error.
    expect(cards.filter((card) => card.shadowRoot?.querySelector('[part="error"]'))).toHaveLength(0);
    const datasets = new Set(INDICATORS.map((i) => i.dataset.name));
    expect(parses.filter((name) => datasets.has(name)).sort()).toEqual([...datasets].sort());
  });
});
