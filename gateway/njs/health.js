// GET /api/v1/health: every service's readiness (/q/health/ready) asked in parallel through the
// internal /_health/<name> locations; one JSON answer, 200 when all are UP, 503 otherwise.

const SERVICES = ['auth', 'catalog', 'chat', 'image', 'song'];

function reasonFor(status) {
    if (status === 502) {
        return 'unreachable';
    }
    if (status === 504) {
        return 'timed out';
    }
    return 'not ready';
}

async function probe(r, name) {
    const started = Date.now();
    let status;
    try {
        const reply = await r.subrequest('/_health/' + name);
        status = reply.status;
    } catch (e) {
        status = 500;
    }
    const result = { status: status === 200 ? 'UP' : 'DOWN', latency_ms: Date.now() - started };
    if (status !== 200) {
        result.http_status = status;
        result.detail = reasonFor(status);
    }
    return [name + '-service', result];
}

async function aggregate(r) {
    const results = await Promise.all(SERVICES.map((name) => probe(r, name)));
    const services = {};
    let allUp = true;
    // No destructuring: njs 0.7 does not support it.
    results.forEach((entry) => {
        services[entry[0]] = entry[1];
        allUp = allUp && entry[1].status === 'UP';
    });
    r.headersOut['Content-Type'] = 'application/json';
    r.headersOut['Cache-Control'] = 'no-store';
    r.return(allUp ? 200 : 503, JSON.stringify({ status: allUp ? 'UP' : 'DOWN', services }));
}

export default { aggregate };
