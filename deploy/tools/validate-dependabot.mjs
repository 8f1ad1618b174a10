// action-validator covers workflows and actions, not dependabot.yml: check its shape here.
// Usage: node validate-dependabot.mjs .github/dependabot.yml
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const file = process.argv[2];
const repo = join(dirname(file), '..');
const config = parse(readFileSync(file, 'utf8'));
const ecosystems = new Set(['bundler', 'cargo', 'composer', 'docker', 'elm', 'github-actions', 'gitsubmodule', 'gomod', 'gradle', 'maven', 'mix', 'npm', 'nuget', 'pip', 'pub', 'swift', 'terraform']);
const intervals = new Set(['daily', 'weekly', 'monthly']);
const problems = [];
if (config.version !== 2) problems.push('version must be 2');
for (const [i, u] of (config.updates ?? []).entries()) {
  if (!ecosystems.has(u['package-ecosystem'])) problems.push(`updates[${i}]: unknown package-ecosystem ${u['package-ecosystem']}`);
  if (typeof u.directory !== 'string' || !u.directory.startsWith('/')) problems.push(`updates[${i}]: directory must start with /`);
  if (!intervals.has(u.schedule?.interval)) problems.push(`updates[${i}]: schedule.interval must be daily, weekly or monthly`);
}
for (const eco of ['maven', 'npm', 'github-actions']) {
  if (!(config.updates ?? []).some((u) => u['package-ecosystem'] === eco)) problems.push(`no updates for ${eco}`);
}
// A directory that does not exist yet (e.g. webui before it is merged) is only a warning.
for (const u of config.updates ?? []) {
  if (!existsSync(join(repo, u.directory))) console.warn(`  dependabot: ${u.directory} does not exist (yet)`);
}
if (problems.length) {
  problems.forEach((p) => console.error(`  dependabot: ${p}`));
  process.exit(1);
}
console.log(`dependabot: ${config.updates.length} update entries valid`);
