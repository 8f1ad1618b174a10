// Every environment variable compose or Kubernetes hands to a service must mean something to that
// service: either its application.properties reads it (${NAME...}) or it is the environment form
// of one of its properties (MicroProfile Config maps FOO_BAR_BAZ to foo.bar-baz), or a Quarkus
// variable. Catches a renamed variable before it silently falls back to a default in production.
// Usage: node validate-env.mjs REPO COMPOSE_RENDER K8S_RENDER...
//   MODULE_ROOTS (space-separated checkouts, default REPO) is where <service>/src/main/resources lives.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const [repo, composeFile, ...k8sFiles] = process.argv.slice(2);
const roots = (process.env.MODULE_ROOTS ?? repo).split(/\s+/).filter(Boolean);
const envForm = (property) => property.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();

function knownVariables(service) {
  const root = roots.find((r) => existsSync(join(r, service, 'src/main/resources/application.properties')));
  if (!root) return null;
  const text = readFileSync(join(root, service, 'src/main/resources/application.properties'), 'utf8');
  const known = new Set();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const key = trimmed.split('=')[0].trim().replace(/^%[\w-]+\./, '');
    known.add(envForm(key));
    for (const m of trimmed.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)) known.add(m[1]);
  }
  return known;
}

const uses = []; // {where, service, name}
const compose = parse(readFileSync(composeFile, 'utf8'));
for (const [svc, def] of Object.entries(compose.services ?? {})) {
  if (!svc.endsWith('-service')) continue;
  for (const name of Object.keys(def.environment ?? {})) uses.push({ where: 'compose', service: svc, name });
}
for (const file of k8sFiles) {
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS())) {
    if (doc?.kind !== 'Deployment' || !doc.metadata.name.endsWith('-service')) continue;
    for (const c of doc.spec.template.spec.containers) {
      for (const e of c.env ?? []) uses.push({ where: `k8s ${file.split('/').slice(-1)[0]}`, service: doc.metadata.name, name: e.name });
    }
  }
}

const problems = [];
const skipped = new Set();
let checked = 0;
for (const { where, service, name } of uses) {
  if (name.startsWith('QUARKUS_')) continue;
  const known = knownVariables(service);
  if (!known) { skipped.add(service); continue; }
  checked++;
  if (!known.has(name)) problems.push(`${where}: ${service} gets ${name}, which its application.properties never reads`);
}
for (const s of skipped) console.log(`  env: ${s} is not in this tree, its variables are not checked`);
if (problems.length) {
  [...new Set(problems)].forEach((p) => console.error(`  env: ${p}`));
  process.exit(1);
}
console.log(`env: ${checked} variables handed to services are all read by them`);
