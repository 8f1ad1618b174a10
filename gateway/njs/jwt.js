// Access-token check behind auth_request: answers 204 (with the subject in X-User-Id and how long
// the answer may be cached in X-Accel-Expires) or 401 (with the reason in X-Jwt-Error, which the
// gateway puts into the problem+json body).
//
// Only RS256 tokens signed with auth-service's key pass; "none", HS256 (a classic forgery that
// uses the public key as HMAC secret) and every other alg are refused before any crypto runs.
// Written for njs 0.7.9 (Debian 12) and newer: WebCrypto, Buffer, async handlers.

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const MAX_CACHE_SECONDS = 60;
const nodeCrypto = require('crypto');

// js_set $jwt_token_hash: the cache key of a check, so no token is ever written to the cache.
function tokenHash(r) {
    const header = r.headersIn['Authorization'];
    return header ? nodeCrypto.createHash('sha256').update(header).digest('hex') : 'none';
}

function refuse(r, reason) {
    r.headersOut['X-Jwt-Error'] = reason;
    r.return(401);
}

function decodeJson(part) {
    return JSON.parse(Buffer.from(part, 'base64url').toString());
}

function bearerToken(r) {
    const header = r.headersIn['Authorization'];
    if (!header) {
        return null;
    }
    const match = /^Bearer +([^ ]+) *$/i.exec(header);
    return match ? match[1] : null;
}

async function signatureValid(r, parts) {
    let key;
    try {
        key = await crypto.subtle.importKey('spki', Buffer.from(r.variables.jwt_public_key, 'base64'),
                                            RSA_SHA256, false, ['verify']);
    } catch (e) {
        // A configuration fault, not the client's: say so in the error log, answer 500.
        throw new Error('JWT public key cannot be imported (JWT_PUBLIC_KEY_SPKI): ' + e.message);
    }
    return crypto.subtle.verify(RSA_SHA256, key, Buffer.from(parts[2], 'base64url'),
                                Buffer.from(parts[0] + '.' + parts[1]));
}

function claimsProblem(r, claims) {
    const now = Math.floor(Date.now() / 1000);
    const skew = Number(r.variables.jwt_clock_skew) || 0;
    if (typeof claims.exp !== 'number') {
        return 'Token has no expiry.';
    }
    if (claims.exp + skew < now) {
        return 'Token expired.';
    }
    if (typeof claims.nbf === 'number' && claims.nbf - skew > now) {
        return 'Token not valid yet.';
    }
    if (claims.iss !== r.variables.jwt_issuer) {
        return 'Token has the wrong issuer.';
    }
    if (typeof claims.sub !== 'string' || !/^[A-Za-z0-9._@:-]{1,128}$/.test(claims.sub)) {
        return 'Token has no valid subject.';
    }
    return null;
}

async function verify(r) {
    const token = bearerToken(r);
    if (!token) {
        refuse(r, 'Bearer token required.');
        return;
    }
    const parts = token.split('.');
    if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) {
        refuse(r, 'Malformed token.');
        return;
    }
    let header;
    let claims;
    try {
        header = decodeJson(parts[0]);
        claims = decodeJson(parts[1]);
    } catch (e) {
        refuse(r, 'Malformed token.');
        return;
    }
    if (!header || header.alg !== 'RS256' || !claims || typeof claims !== 'object') {
        refuse(r, 'Token algorithm not accepted.');
        return;
    }
    try {
        if (!(await signatureValid(r, parts))) {
            refuse(r, 'Invalid token signature.');
            return;
        }
    } catch (e) {
        r.error(e.message);
        r.return(500);
        return;
    }
    const problem = claimsProblem(r, claims);
    if (problem) {
        refuse(r, problem);
        return;
    }
    r.headersOut['X-User-Id'] = claims.sub;
    // Cached until the token expires (with the same leeway), never longer than a minute.
    const now = Math.floor(Date.now() / 1000);
    const skew = Number(r.variables.jwt_clock_skew) || 0;
    const cacheSeconds = Math.min(MAX_CACHE_SECONDS, claims.exp + skew - now);
    if (cacheSeconds > 0) {
        r.headersOut['X-Accel-Expires'] = String(cacheSeconds);
    }
    r.return(204);
}

export default { verify, tokenHash };
