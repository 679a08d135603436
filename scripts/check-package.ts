/**
 * Checks a data package on disk: every resource's CSV against its schema and sources, with
 * the same `parseResource` the element uses, plus what only a file system can tell (a
 * missing file, a CSV that the package does not describe) and ISO 3166 membership.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { DataError, type DataPackage, type DataProblem, parseResource } from '../src/lib/datapackage.js';
import { isKnownIso3 } from './iso3.js';

/** What a check found: problems (empty when the package is valid) and what it read. */
export interface PackageReport {
  problems: DataProblem[];
  resources: number;
  rows: number;
}

export interface CheckOptions {
  /** File names in problems are shown relative to this folder. */
  relativeTo?: string;
}

/** Checks the package at `packagePath` and every resource it lists. Never throws for bad data. */
export function checkPackage(packagePath: string, { relativeTo = process.cwd() }: CheckOptions = {}): PackageReport {
  const folder = dirname(resolve(packagePath));
  const shown = (name: string) => relative(relativeTo, resolve(folder, name));
  const packageFile = shown(basename(packagePath));
  const report: PackageReport = { problems: [], resources: 0, rows: 0 };

  let pkg: DataPackage;
  try {
    pkg = JSON.parse(readFileSync(packagePath, 'utf8'));
  } catch (error) {
    report.problems.push({ file: packageFile, message: `cannot be read as JSON: ${(error as Error).message}` });
    return report;
  }
  if (!Array.isArray(pkg?.resources)) {
    report.problems.push({ file: packageFile, property: 'resources', message: 'missing: a data package lists its resources' });
    return report;
  }

  for (const [i, resource] of pkg.resources.entries()) {
    if (!resource?.name || !resource.path || !Array.isArray(resource.schema?.fields)) {
      report.problems.push({ file: packageFile, property: `resources[${i}]`, message: 'needs a name, a path and a schema with fields' });
      continue;
    }
    report.resources++;
    const file = resolve(folder, resource.path);
    if (!existsSync(file)) {
      report.problems.push({ file: shown(resource.path), message: `missing file: resource "${resource.name}" in ${packageFile} points to it` });
      continue;
    }
    try {
      report.rows += parseResource(readFileSync(file, 'utf8'), resource, { isKnownIso3, packageFile }).length;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      report.problems.push(...error.problems.map((p) => ({ ...p, file: p.file === packageFile ? p.file : shown(p.file) })));
    }
  }

  const described = new Set(pkg.resources.map((r) => resolve(folder, String(r?.path))));
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.csv')).sort()) {
    if (!described.has(resolve(folder, name))) report.problems.push({ file: shown(name), message: `not described in ${packageFile}: add a resource for it or remove it` });
  }
  return report;
}
