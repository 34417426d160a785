// A feed host that misbehaves on purpose, mounted in the test runner's dev server (a Koa
// middleware). Browser tests reach it on the same 127.0.0.1 origin, so what they exercise is the
// real network path: fetch, HTTP caching headers, sockets closing, bodies cut short.
//
//   GET /faults/<scenario>/<session>/<file>   a feed document (index.json, projects.json, …)
//   GET /faults/_count/<session>              what this session's requests were, per file
//   GET /faults/_set/<session>?scenario=…[&file=…][&n=…]   change behaviour mid-test; ?reset=1
//
// <session> is a token each test makes up, so tests running in parallel never share counters.
// Scenarios (see SCENARIOS below) apply to every file of the session unless _set narrows them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const COLLECTIONS = ['projects', 'organizations', 'talent', 'events'];
const BASE_TIME = Date.UTC(2025, 2, 10, 7, 30);
/** A hanging request is cut after this long so a forgotten test cannot hold the server open. */
const HANG_LIMIT_MS = 60_000;

const fixtureCache = new Map();
function fixture(file) {
  if (!fixtureCache.has(file)) {
    fixtureCache.set(file, JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')));
  }
  // A deep copy: scenarios edit documents per request.
  return structuredClone(fixtureCache.get(file));
}

/** @type {Map<string, { requests: Record<string, object[]>, aborted: Record<string, number>, preflights: number, set: { all?: string, files: Record<string, string>, n?: number } }>} */
const sessions = new Map();
function session(id) {
  let s = sessions.get(id);
  if (!s) {
    s = { requests: {}, aborted: {}, preflights: 0, set: { files: {} } };
    sessions.set(id, s);
  }
  return s;
}

/**
 * What each scenario does to one request. `req` carries the file, how many earlier requests
 * that file got in this session (`seen`), the query, and the origin the page used.
 */
const SCENARIOS = {
  ok: (req) => serveDocument(document(req)),
  // The browser may not keep a copy, so only the client itself can make requests conditional.
  'no-store': (req) => ({ ...serveDocument(document(req)), cacheControl: 'no-store' }),
  'status-500': () => ({ status: 500, text: 'Internal Server Error' }),
  'status-503': () => ({ status: 503, text: 'Service Unavailable' }),
  'status-500-then-ok': (req) =>
    req.seen < req.n ? { status: 500, text: 'Internal Server Error' } : serveDocument(document(req)),
  404: () => ({ status: 404, text: 'Not Found' }),
  // index.json passes its ?delay= on to the collection links, as a CDN with a slow origin would.
  slow: (req) => {
    const delay = Number(req.query.get('delay') ?? 400);
    const doc = document(req);
    if (req.file === 'index.json') {
      for (const name of COLLECTIONS) doc.collections[name] = `${name}.json?delay=${delay}`;
      return serveDocument(doc);
    }
    return { ...serveDocument(doc), delay };
  },
  hang: () => ({ hang: true }),
  // A new revision each time (the lab just republished), so its ETag never matches a cached one.
  'drop-mid-body': (req) => ({ ...serveDocument(document({ ...req, rev: req.seen + 1 }), req.seen + 1), drop: true }),
  'invalid-json': (req) => {
    const res = serveDocument(document(req));
    // What a CDN error page or a half-saved edit looks like: JSON-ish, then garbage.
    return { ...res, text: res.text.slice(0, 60) + '\n<<<<<<< HEAD\n', etag: undefined };
  },
  'wrong-version': (req) => {
    const doc = document(req);
    if (req.file === 'index.json') doc.version = 2;
    return serveDocument(doc);
  },
  'not-a-feed': (req) =>
    req.file === 'index.json'
      ? serveDocument({ name: 'living-lab-site', version: '1.4.2', private: true, scripts: {} })
      : serveDocument(document(req)),
  // Every request sees a new revision of the collections, as if the lab published between them.
  'etag-change': (req) => {
    const rev = req.file === 'index.json' ? 0 : req.seen;
    return serveDocument(document({ ...req, rev }), rev);
  },
  // After the first look, index.json sends projects to a new address (a republished file).
  moved: (req) => {
    if (req.file === 'index.json') {
      const doc = document(req);
      if (req.seen > 0) doc.collections.projects = 'projects.json?v=2';
      return serveDocument(doc, Math.min(req.seen, 1));
    }
    const rev = req.query.get('v') === '2' ? 1 : 0;
    return serveDocument(document({ ...req, rev }), rev);
  },
  inline: (req) => {
    if (req.file !== 'index.json') return { status: 404, text: 'Not Found' };
    const doc = document(req);
    for (const name of COLLECTIONS) doc.collections[name] = fixture(`${name}.json`).items;
    return serveDocument(doc);
  },
  // The same server under another origin (localhost vs 127.0.0.1): a request that slipped
  // through would still show in the counters.
  'cross-origin': (req) => {
    const doc = document(req);
    if (req.file === 'index.json') {
      const port = new URL(req.origin).port;
      doc.collections.projects = `http://localhost:${port}/faults/ok/${req.sessionId}/projects.json`;
    }
    return serveDocument(doc);
  },
  // People edit feeds: one project lost its name, another has a link that must not survive,
  // and a draft marked private sits in the public file.
  // What an attacker who got write access to the feed would publish: markup and script in every
  // text, script URLs in every link, wrong types everywhere; the first project stays valid.
  hostile: (req) => {
    const doc = document(req);
    if (req.file === 'projects.json') {
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const [first, second] = doc.items;
      Object.assign(second, {
        name: { fr: evil, en: evil },
        tagline: evil,
        description: { fr: evil },
        website: 'javascript:window.__pwned=1',
        logo: 'data:image/svg+xml,<svg onload="window.__pwned=1"/>',
        image: ' vbscript:msgbox(1)',
        domains: 'health',
        stage: { $gt: '' },
        territories: [null, { insee: evil, name: evil }],
        metrics: [{ id: 'm', label: evil, value: 'NaN', unit: evil }, { id: 'n', label: evil, value: 7, unit: evil }],
        tags: [evil, 42, null],
        sdgs: 'all',
      });
      doc.items = [first, second, null, 42, 'text', { id: { toString: null } }, { id: 'x'.repeat(1_000_000) }];
    }
    return serveDocument(doc);
  },
  'bad-items': (req) => {
    const doc = document(req);
    if (req.file === 'projects.json') {
      doc.items.push({ id: 'sans-nom', domains: ['other'] });
      doc.items.push({ id: 'brouillon', name: 'Projet en préparation', visibility: 'private' });
      doc.items[0].website = 'javascript:alert(1)';
    }
    return serveDocument(doc);
  },
};

/** The fixture for the requested file, at a revision (0 = as on disk). */
function document({ file, rev = 0 }) {
  if (!/^[a-z]+\.json$/.test(file)) return undefined;
  let doc;
  try {
    doc = fixture(file);
  } catch {
    return undefined;
  }
  if (rev > 0) {
    doc.generatedAt = new Date(BASE_TIME + rev * 60_000).toISOString();
    if (Array.isArray(doc.items) && doc.items[0]) doc.items[0].updatedAt = doc.generatedAt;
  }
  return doc;
}

function serveDocument(doc, rev = 0) {
  if (!doc) return { status: 404, text: 'Not Found' };
  const text = JSON.stringify(doc, null, 2);
  return {
    status: 200,
    text,
    etag: `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`,
    lastModified: new Date(BASE_TIME + rev * 60_000).toUTCString(),
  };
}

function notModified(headers, res) {
  const inm = headers['if-none-match'];
  if (inm !== undefined) {
    return res.etag !== undefined && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === res.etag);
  }
  const ims = Date.parse(headers['if-modified-since'] ?? '');
  return res.lastModified !== undefined && ims >= Date.parse(res.lastModified);
}

const CORS = {
  'access-control-allow-origin': '*',
  // Last-Modified is readable cross-origin by default; ETag is not.
  'access-control-expose-headers': 'ETag',
};

/** Resolves true when the client went away before the response was finished. */
function clientGone(res) {
  return new Promise((resolve) => {
    if (res.destroyed) resolve(true);
    res.once('close', () => resolve(!res.writableFinished));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function respond(ctx, plan, abandoned) {
  // Written straight to the socket: the test runner's own middleware would otherwise stamp a
  // one-year Cache-Control on anything ending in .json, and faults need the raw socket anyway.
  ctx.respond = false;
  const res = ctx.res;
  const gone = clientGone(res);

  if (plan.hang) {
    const cut = sleep(HANG_LIMIT_MS).then(() => 'limit');
    if ((await Promise.race([gone, cut])) === 'limit') res.destroy();
    else abandoned();
    return;
  }
  if (plan.delay) {
    if ((await Promise.race([gone, sleep(plan.delay).then(() => 'waited')])) !== 'waited') {
      abandoned();
      return;
    }
  }

  const headers = {
    ...CORS,
    'cache-control': plan.cacheControl ?? 'no-cache',
    'content-type': plan.status === 200 ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
  };
  if (plan.etag) headers.etag = plan.etag;
  if (plan.lastModified) headers['last-modified'] = plan.lastModified;

  // A dropping server drops whatever was asked: a 304 would have no body to cut.
  if (plan.status === 200 && !plan.drop && notModified(ctx.req.headers, plan)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body = Buffer.from(plan.text);
  if (plan.drop) {
    res.writeHead(plan.status, { ...headers, 'content-length': String(body.length) });
    res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => res.socket?.destroy(), 20));
    await gone;
    return;
  }
  res.writeHead(plan.status, { ...headers, 'content-length': String(body.length) });
  res.end(body);
  if (await gone) abandoned();
}

function json(ctx, value) {
  ctx.respond = false;
  ctx.res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  ctx.res.end(JSON.stringify(value));
}

export function feedServer() {
  return async (ctx, next) => {
    const m = /^\/faults\/([^/]+)\/([^/]+)(?:\/([^/]*))?$/.exec(ctx.path);
    if (!m) return next();
    const [, scenario, sessionId, file = ''] = m;
    const s = session(sessionId);

    if (scenario === '_count') {
      const files = {};
      for (const [f, list] of Object.entries(s.requests)) {
        files[f] = {
          count: list.length,
          requests: list,
          aborted: s.aborted[f] ?? 0,
        };
      }
      return json(ctx, { files, preflights: s.preflights });
    }
    if (scenario === '_set') {
      const q = ctx.URL.searchParams;
      if (q.has('reset')) s.set = { files: {} };
      const to = q.get('scenario');
      if (to && !(to in SCENARIOS)) ctx.throw(400, `unknown scenario ${to}`);
      if (to && q.get('file')) s.set.files[q.get('file')] = to;
      else if (to) s.set.all = to;
      if (q.has('n')) s.set.n = Number(q.get('n'));
      return json(ctx, s.set);
    }

    if (ctx.method === 'OPTIONS') {
      s.preflights++;
      ctx.respond = false;
      ctx.res.writeHead(204, {
        ...CORS,
        'access-control-allow-methods': 'GET',
        'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
        'access-control-max-age': '600',
      });
      ctx.res.end();
      return;
    }

    const effective = s.set.files[file] ?? s.set.all ?? scenario;
    const run = SCENARIOS[effective];
    if (!run) ctx.throw(404, `unknown scenario ${effective}`);

    const list = (s.requests[file] ??= []);
    const h = ctx.req.headers;
    list.push({
      scenario: effective,
      query: ctx.URL.search,
      ifNoneMatch: h['if-none-match'] ?? null,
      ifModifiedSince: h['if-modified-since'] ?? null,
      cacheControl: h['cache-control'] ?? null,
      cookie: h.cookie ?? null,
      referer: h.referer ?? null,
    });
    const plan = run({
      file,
      seen: list.length - 1,
      n: s.set.n ?? 2,
      query: ctx.URL.searchParams,
      origin: ctx.origin,
      sessionId,
    });
    await respond(ctx, plan, () => {
      s.aborted[file] = (s.aborted[file] ?? 0) + 1;
    });
  };
}
