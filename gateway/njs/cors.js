// CORS_ALLOWED_ORIGINS: an exact, comma-separated list of origins (scheme://host[:port], e.g.
// "https://studio.example.com,http://localhost:4200"). The request's Origin header must equal one
// of them character for character: no pattern, prefix or suffix matching, so neither
// https://studio.example.com.attacker.net nor https://studio.example.co passes.
// Written for njs 0.7.9 (Debian 12) and newer.

const ORIGIN = /^https?:\/\/([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:[0-9]{1,5})?$/;

// The configured origins, lower-cased (hosts are case-insensitive; browsers send them in lower
// case). An entry that is not an origin (a regex from before, a path, a wildcard) never matches.
function configuredOrigins(r) {
    const origins = [];
    const invalid = [];
    (r.variables.cors_allowed_origins || '').split(',').forEach((entry) => {
        const origin = entry.trim().toLowerCase();
        if (origin === '') {
            return;
        }
        if (ORIGIN.test(origin)) {
            origins.push(origin);
        } else {
            invalid.push(entry.trim());
        }
    });
    if (invalid.length > 0) {
        r.error('CORS_ALLOWED_ORIGINS: ignored, not an origin (scheme://host[:port]): '
                + invalid.join(', '));
    }
    return origins;
}

// js_set $cors_listed_origin: the request's Origin when it is one of the configured ones, else "".
function listedOrigin(r) {
    const origin = r.headersIn['Origin'];
    if (!origin || !ORIGIN.test(origin)) {
        return '';
    }
    return configuredOrigins(r).indexOf(origin) >= 0 ? origin : '';
}

export default { listedOrigin };
