/**
 * `npm run check:data [-- path/to/datapackage.json]`: checks every resource of a data package
 * (by default `datasets/datapackage.json`). Prints one line per problem, naming file, row,
 * column and the problem, and exits 1; prints a one-line summary and exits 0 when all is well.
 */
import { relative } from 'node:path';
import { formatProblem } from '../src/lib/datapackage.js';
import { checkPackage } from './check-package.js';

const packagePath = process.argv[2] ?? 'datasets/datapackage.json';
const { problems, resources, rows } = checkPackage(packagePath);
const name = relative(process.cwd(), packagePath);

if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`check:data: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${name}`);
  process.exitCode = 1;
} else {
  console.log(`check:data OK: ${resources} resources, ${rows} rows in ${name} pass their schemas, sources and ISO codes`);
}
