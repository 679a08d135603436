import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { build } from 'vite';
await build({ root: process.cwd(), mode: 'embed', logLevel: 'warn', build: { outDir: '/tmp/size-m', emptyOutDir: true, copyPublicDir: false, sourcemap: true } });
const code = readFileSync('/tmp/size-m/defence-indicators.js', 'utf8');
const map = new TraceMap(readFileSync('/tmp/size-m/defence-indicators.js.map', 'utf8'));
const lines = code.split('\n');
const lineStart: number[] = []; let o = 0; for (const l of lines) { lineStart.push(o); o += l.length + 1; }
// Each generated segment → source, until the next mapping.
const segs: Array<[number, string]> = [];
eachMapping(map, (m) => { segs.push([lineStart[m.generatedLine - 1]! + m.generatedColumn, m.source ?? '']); });
segs.sort((a, b) => a[0] - b[0]);
const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const full = gz(code);
const groups: Record<string, RegExp> = JSON.parse(process.argv[2]!);
console.log('full', full);
for (const [name, re] of Object.entries(groups)) {
  const rx = new RegExp(re as unknown as string);
  const chars = code.split('');
  let n = 0;
  for (let i = 0; i < segs.length; i++) {
    if (!rx.test(segs[i]![1])) continue;
    const end = i + 1 < segs.length ? segs[i + 1]![0] : code.length;
    for (let j = segs[i]![0]; j < end; j++) if (chars[j] !== '\n') { chars[j] = ' '; n++; }
  }
  console.log(name, n, full - gz(chars.join('')));
}
