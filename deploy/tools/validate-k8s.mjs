// Checks the objects a kustomize overlay renders, offline (no API server):
//  1. schema: every built-in object against the Kubernetes OpenAPI schema shipped in the npm
//     package kubernetes-models (types, required fields, enums, formats; it does NOT reject
//     unknown fields), and the CloudNativePG Cluster against the fields this project relies on;
//  2. the project's rules: probes, requests/limits, non-root read-only pods, an HPA and a PDB per
//     stateless Deployment, selectors and references that resolve.
// Usage: node validate-k8s.mjs NAME < rendered.yaml     (exit 1 on any finding)
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const overlay = process.argv[2] ?? 'stdin';
const docs = parseAllDocuments(readFileSync(0, 'utf8')).map((d) => {
  if (d.errors.length) throw new Error(`${overlay}: YAML error ${d.errors[0].message}`);
  return d.toJS();
}).filter(Boolean);

const problems = [];
const problem = (obj, msg) => problems.push(`${obj?.kind ?? '?'}/${obj?.metadata?.name ?? '?'}: ${msg}`);

// Secrets holding key material are created outside git in every overlay (PRODUCTION.md).
const EXTERNAL_SECRETS = new Set(['macai-jwt', 'macai-gateway-tls', 'macai-ingress-tls']);
const generatesSecrets = docs.some((o) => o.kind === 'Secret');

// ---- 1. schema --------------------------------------------------------------------------------
async function modelFor(apiVersion, kind) {
  const path = apiVersion.includes('/') ? apiVersion : `v1`;
  try {
    const mod = await import(`kubernetes-models/${path}/${kind}`);
    return mod[kind];
  } catch {
    return undefined;
  }
}

function checkCnpgCluster(obj) {
  const s = obj.spec ?? {};
  if (!Number.isInteger(s.instances) || s.instances < 1) problem(obj, 'spec.instances must be an integer >= 1');
  if (typeof s.storage?.size !== 'string' || !/^\d+(Mi|Gi|Ti)$/.test(s.storage.size)) problem(obj, 'spec.storage.size must be a quantity like 10Gi');
  if (!/^[\w./-]+:15(\.\d+)?/.test(s.imageName ?? '')) problem(obj, 'spec.imageName must be a PostgreSQL 15 image');
  const initdb = s.bootstrap?.initdb;
  if (initdb?.database !== 'macai') problem(obj, 'bootstrap.initdb.database must be macai');
  const refs = initdb?.postInitApplicationSQLRefs?.configMapRefs ?? [];
  for (const ref of refs) {
    const cm = docs.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === ref.name);
    if (!cm?.data?.[ref.key]) problem(obj, `postInitApplicationSQLRefs: ConfigMap ${ref.name} has no key ${ref.key}`);
  }
  const roles = s.managed?.roles ?? [];
  const wanted = ['auth_service', 'catalog_service', 'chat_service', 'image_service', 'song_service'];
  for (const name of wanted) {
    const role = roles.find((r) => r.name === name);
    if (!role) { problem(obj, `managed.roles lacks ${name}`); continue; }
    if (role.login !== true || role.ensure !== 'present') problem(obj, `role ${name} must be present with login`);
    const secretName = role.passwordSecret?.name;
    if (!secretName) problem(obj, `role ${name} has no passwordSecret`);
    const secret = docs.find((o) => o.kind === 'Secret' && o.metadata?.name === secretName);
    if (generatesSecrets) {
      if (!secret) problem(obj, `role ${name}: secret ${secretName} is not in this overlay`);
      else if (secret.type !== 'kubernetes.io/basic-auth') problem(obj, `role ${name}: secret ${secretName} must be kubernetes.io/basic-auth`);
    }
  }
  const known = new Set(['instances', 'imageName', 'primaryUpdateStrategy', 'storage', 'resources', 'bootstrap', 'managed', 'backup', 'monitoring', 'postgresql', 'affinity', 'walStorage', 'superuserSecret', 'enableSuperuserAccess', 'description']);
  for (const key of Object.keys(s)) if (!known.has(key)) problem(obj, `unknown Cluster field spec.${key}`);
}

for (const obj of docs) {
  if (!obj.apiVersion || !obj.kind || !obj.metadata?.name) { problem(obj, 'needs apiVersion, kind and metadata.name'); continue; }
  if (obj.apiVersion === 'postgresql.cnpg.io/v1' && obj.kind === 'Cluster') { checkCnpgCluster(obj); continue; }
  const Model = await modelFor(obj.apiVersion, obj.kind);
  if (!Model) { problem(obj, `no schema for ${obj.apiVersion} ${obj.kind}`); continue; }
  try {
    new Model(obj).validate();
  } catch (e) {
    problem(obj, `schema: ${e.message}`);
  }
}

// ---- 2. project rules ---------------------------------------------------------------------------
const byKind = (kind) => docs.filter((o) => o.kind === kind);
const workloads = [...byKind('Deployment'), ...byKind('StatefulSet')];
const podLabels = workloads.map((w) => w.spec?.template?.metadata?.labels ?? {});
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);
const selects = (selector) =>
  podLabels.some((l) => matches(selector, l)) || matches(selector, { 'cnpg.io/cluster': 'macai-pg' });

for (const w of workloads) {
  const pod = w.spec.template.spec;
  if (pod.securityContext?.runAsNonRoot !== true) problem(w, 'pod must set runAsNonRoot: true');
  if (!Number.isInteger(pod.securityContext?.runAsUser) || pod.securityContext.runAsUser === 0) problem(w, 'pod must run as a numeric non-zero uid');
  if (pod.securityContext?.seccompProfile?.type !== 'RuntimeDefault') problem(w, 'pod must use the RuntimeDefault seccomp profile');
  const volumes = new Set((pod.volumes ?? []).map((v) => v.name));
  for (const c of pod.containers) {
    const sc = c.securityContext ?? {};
    if (sc.readOnlyRootFilesystem !== true) problem(w, `${c.name}: readOnlyRootFilesystem must be true`);
    if (sc.allowPrivilegeEscalation !== false) problem(w, `${c.name}: allowPrivilegeEscalation must be false`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) problem(w, `${c.name}: must drop ALL capabilities`);
    if (!c.resources?.requests?.memory || !c.resources?.requests?.cpu) problem(w, `${c.name}: needs cpu and memory requests`);
    if (!c.resources?.limits?.memory) problem(w, `${c.name}: needs a memory limit`);
    if (!c.readinessProbe || !c.livenessProbe) problem(w, `${c.name}: needs readiness and liveness probes`);
    if (w.kind === 'Deployment' && !c.startupProbe) problem(w, `${c.name}: needs a startup probe`);
    if (!/^[a-z0-9.\-/]+:[\w.\-]+$/.test(c.image)) problem(w, `${c.name}: image '${c.image}' needs a lower-case name and an explicit tag`);
    for (const m of c.volumeMounts ?? []) if (!volumes.has(m.name) && !(w.spec.volumeClaimTemplates ?? []).some((t) => t.metadata.name === m.name)) problem(w, `${c.name}: mounts unknown volume ${m.name}`);
    for (const e of c.env ?? []) {
      const cm = e.valueFrom?.configMapKeyRef;
      if (cm && !byKind('ConfigMap').some((o) => o.metadata.name === cm.name && o.data?.[cm.key] !== undefined)) problem(w, `env ${e.name}: ConfigMap ${cm.name} has no key ${cm.key}`);
      const sec = e.valueFrom?.secretKeyRef;
      if (sec && generatesSecrets && !EXTERNAL_SECRETS.has(sec.name)) {
        const s = byKind('Secret').find((o) => o.metadata.name === sec.name);
        const keys = { ...(s?.data ?? {}), ...(s?.stringData ?? {}) };
        // an optional reference may name a Secret the operator creates only when wanted
        if (!sec.optional && (!s || !(sec.key in keys))) problem(w, `env ${e.name}: Secret ${sec.name} has no key ${sec.key}`);
      }
    }
  }
  if (w.kind === 'Deployment') {
    const targets = (kind) => byKind(kind).some((h) => (h.spec.scaleTargetRef?.name ?? null) === w.metadata.name);
    if (!targets('HorizontalPodAutoscaler')) problem(w, 'stateless Deployment needs an HPA');
    if (!byKind('PodDisruptionBudget').some((p) => matches(p.spec.selector?.matchLabels, w.spec.template.metadata.labels))) problem(w, 'needs a PodDisruptionBudget');
  }
  if (!matches(w.spec.selector?.matchLabels, w.spec.template.metadata.labels)) problem(w, 'selector does not match its pod template');
}

for (const s of byKind('Service')) {
  if (s.spec.type === 'ExternalName') continue;
  if (!selects(s.spec.selector)) problem(s, 'selector matches no pod');
}
for (const h of byKind('HorizontalPodAutoscaler')) {
  if (!byKind('Deployment').some((d) => d.metadata.name === h.spec.scaleTargetRef.name)) problem(h, 'scales a Deployment that does not exist');
}
for (const np of byKind('NetworkPolicy')) {
  const sel = np.spec.podSelector?.matchLabels;
  if (sel && !selects(sel)) problem(np, 'podSelector matches no pod');
  for (const rule of [...(np.spec.ingress ?? []).flatMap((r) => r.from ?? []), ...(np.spec.egress ?? []).flatMap((r) => r.to ?? [])]) {
    if (rule.podSelector?.matchLabels && !selects(rule.podSelector.matchLabels)) problem(np, `peer ${JSON.stringify(rule.podSelector.matchLabels)} matches no pod`);
  }
}
// Provider-supplied URLs are fetched from the services: their egress must never reach the cloud's
// metadata service, whatever a hostile answer names (the services refuse it too; this is the net).
for (const np of byKind('NetworkPolicy')) {
  for (const block of (np.spec.egress ?? []).flatMap((r) => r.to ?? []).map((p) => p.ipBlock).filter(Boolean)) {
    const metadata = block.cidr.includes(':') ? 'fd00:ec2::254/128' : '169.254.0.0/16';
    const open = block.cidr === '0.0.0.0/0' || block.cidr === '::/0';
    if (open && !(block.except ?? []).includes(metadata)) problem(np, `egress to ${block.cidr} must except ${metadata} (cloud metadata)`);
  }
}
for (const ing of byKind('Ingress')) {
  for (const path of ing.spec.rules.flatMap((r) => r.http.paths)) {
    const svc = byKind('Service').find((s) => s.metadata.name === path.backend.service.name);
    if (!svc) problem(ing, `backend Service ${path.backend.service.name} does not exist`);
    else if (!svc.spec.ports.some((p) => p.name === path.backend.service.port.name || p.port === path.backend.service.port.number)) problem(ing, 'backend port not on the Service');
  }
}
const namespaces = new Set(docs.filter((o) => o.kind !== 'Namespace').map((o) => o.metadata.namespace));
if (namespaces.size !== 1 || namespaces.has(undefined)) problems.push(`every object needs the overlay's namespace, found ${[...namespaces].join(', ')}`);

if (problems.length) {
  for (const p of problems) console.error(`  ${overlay}: ${p}`);
  console.error(`k8s ${overlay}: ${problems.length} problem(s) in ${docs.length} objects`);
  process.exit(1);
}
console.log(`k8s ${overlay}: ${docs.length} objects pass the schema and project checks`);
