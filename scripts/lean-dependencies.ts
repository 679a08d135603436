/**
 * Leaves out of the browser builds the parts of Plot's dependencies that Plot names but this
 * project never uses: every colour scheme of d3-scale-chromatic (our charts give their colours),
 * every curve of d3-shape but the straight line, and every map projection of d3-geo but Equal
 * Earth. Plot looks these up by name at run time, so the bundler cannot drop them itself (about
 * 10 kB gzip of the embed script). What is left out is a stand-in that throws an error naming it,
 * so a chart that starts to need one fails loudly in the browser tests, not silently.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** For each package, the exports to leave out. */
export const LEFT_OUT: Readonly<Record<string, (name: string) => boolean>> = {
  'd3-scale-chromatic': () => true,
  'd3-shape': (name) => /^curve(?!Linear$)/.test(name),
  'd3-geo': (name) => /^geo(Albers|AlbersUsa|AzimuthalEqualArea|AzimuthalEquidistant|Conic\w+|Equirectangular|Gnomonic|Mercator|NaturalEarth1|Orthographic|Stereographic|TransverseMercator)(Raw)?$/.test(name),
};

const PREFIX = '\0lean:';

export function leanDependencies(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'lean-dependencies',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return Object.hasOwn(LEFT_OUT, source) ? PREFIX + source : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const file = require.resolve(name);
      const module = (await import(file)) as Record<string, unknown>;
      const leaveOut = LEFT_OUT[name]!;
      const names = Object.keys(module);
      const kept = names.filter((n) => !leaveOut(n));
      const stubs = names.filter(leaveOut).map((n) => `export const ${n} = ${typeof module[n] === 'function' ? 'fn' : 'list'}(${JSON.stringify(n)});`);
      return [
        // Not even imported when nothing is kept: its top-level calls (the colour ramps) would stay.
        ...(kept.length ? [`export { ${kept.join(', ')} } from ${JSON.stringify(file)};`] : []),
        `const error = (n) => new Error(\`${name}'s \${n} is left out of this build (scripts/lean-dependencies.ts)\`);`,
        'const fn = (n) => () => { throw error(n); };',
        'const list = (n) => new Proxy([], { get() { throw error(n); } });',
        ...stubs,
      ].join('\n');
    },
  };
}
