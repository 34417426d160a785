// The feed builder CLI, run as users run it: `node bin/living-lab-feed.js …` in a child process,
// on content folders written here, against a real folder and a real HTTP server.
// Run: node --test packages/data/test/cli.node.test.js (it compiles packages/data first).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = join(packageDir, 'bin/living-lab-feed.js');
const tmp = mkdtempSync(join(tmpdir(), 'living-lab-feed-'));

function cli(...args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: tmp });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Writes `files` (path -> text) under a new folder in the temp dir. */
function folder(name, files) {
  const dir = join(tmp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const GOOD = {
  'lab.yaml': 'name:\n  fr: Labo vivant\n  en: Living lab\nurl: https://lab.example/\n',
  'organizations/coop.json': JSON.stringify({ name: 'Coop', kind: 'cooperative', website: 'https://coop.example/' }),
  'organizations/mairie.yaml': 'name: Mairie de Lyon\nkind: public\nterritories:\n  - insee: "69123"\n',
  'organizations/zz-secret.yaml': 'name: Pas encore\nvisibility: private\n',
  'projects/cantine.yaml': [
    'name: Cantine locale',
    'organization: coop',
    'partners:',
    '  - organization: mairie',
    '    role: public',
    'domains: [food, education]',
    'stage: pilot',
    'updatedAt: today-3d',
    'tagLine: a typo the builder warns about',
  ].join('\n'),
  'projects/atelier.yml': 'id: atelier-velo\nname: Atelier vélo\norganization: mairie\n',
  'talent/dev.yaml': 'title: Développeur·se\norganization: coop\nproject: cantine\ndeadline: today+30d\napply:\n  email: jobs@coop.example\n',
  'events/demo-day.yaml': [
    'title: Demo day',
    'start: today+3dT18:30',
    'end: today+3dT21:00',
    'timezone: Europe/Paris',
    'organizers: [coop]',
    'projects: [cantine, atelier-velo]',
    'venue:',
    '  insee: "69123"',
  ].join('\n'),
  'events/cayenne.yaml': 'title: Mapathon\nstart: todayT09:00\ntimezone: America/Cayenne\n',
  'events/README.md': 'Not an item: ignored.',
};

before(() => {
  const tsc = join(packageDir, '../../node_modules/typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', join(packageDir, 'tsconfig.build.json')], { encoding: 'utf8' });
  assert.equal(built.status, 0, `tsc failed:\n${built.stdout}${built.stderr}`);
});

after(() => rmSync(tmp, { recursive: true, force: true }));

describe('living-lab-feed build', () => {
  it('writes index.json and one file per collection from a good content folder', async () => {
    const content = folder('good', GOOD);
    const out = join(tmp, 'good-out');
    const { code, stdout, stderr } = await cli('build', content, '--out', out, '--today', '2025-03-27');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /wrote .*good-out: 2 projects, 2 organizations, 1 talent call, 2 events \(1 private item left out\)/);
    assert.match(stderr, /^warning: projects\/cantine\.yaml: tagLine: unknown field, ignored$/m);

    const index = readJson(join(out, 'index.json'));
    assert.deepEqual(
      { ...index, generatedAt: undefined },
      {
        feed: 'living-lab', version: 1, generatedAt: undefined,
        lab: { name: { fr: 'Labo vivant', en: 'Living lab' }, url: 'https://lab.example/' },
        collections: { projects: 'projects.json', organizations: 'organizations.json', talent: 'talent.json', events: 'events.json' },
      },
    );
    assert.ok(!isNaN(Date.parse(index.generatedAt)));

    const projects = readJson(join(out, 'projects.json'));
    assert.equal(projects.version, 1);
    assert.equal(projects.generatedAt, index.generatedAt);
    assert.deepEqual(projects.items.map((p) => p.id), ['atelier-velo', 'cantine'], 'sorted by id; the file name is the default id');
    assert.equal(projects.items[1].updatedAt, '2025-03-24');
    assert.equal(projects.items[1].tagLine, undefined);
    assert.deepEqual(readJson(join(out, 'organizations.json')).items.map((o) => o.id), ['coop', 'mairie']);
    assert.deepEqual(readJson(join(out, 'talent.json')).items[0].apply, { email: 'jobs@coop.example' });
    assert.equal(readJson(join(out, 'talent.json')).items[0].deadline, '2025-04-26');
  });

  it('resolves relative times with the offset of the event time zone on that day', async () => {
    const events = readJson(join(tmp, 'good-out/events.json')).items;
    const demo = events.find((e) => e.id == 'demo-day');
    // 2025-03-30 is the day Paris moves to summer time: the 27th is +01:00, the 30th +02:00.
    assert.equal(demo.start, '2025-03-30T18:30:00+02:00');
    assert.equal(demo.end, '2025-03-30T21:00:00+02:00');
    assert.equal(events.find((e) => e.id == 'cayenne').start, '2025-03-27T09:00:00-03:00');
  });

  it('reports every problem as file: field: problem, exits 1 and writes nothing', async () => {
    const content = folder('bad', {
      ...GOOD,
      'talent/dev.yaml': 'description: no title\norganization: coop\n',
      'projects/cantine.yaml': 'name: Cantine\nwebsite: " JaVaScRiPt:alert(1)"\norganization: coop\n',
      'events/demo-day.yaml': 'title: Demo\nstart: 2025-05-20T18:30:00+02:00\norganizers: [ghost]\nkind: party\n',
      'organizations/broken.yaml': 'name: [unclosed\n',
      'organizations/copy.yaml': 'id: coop\nname: Coop again\n',
      'organizations/mairie.yaml': 'name: Mairie de Lyon\nterritories:\n  - insee: 69123\n',
    });
    const out = join(tmp, 'bad-out');
    const { code, stdout, stderr } = await cli('build', content, '--out', out);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    const lines = stderr.split('\n');
    const expectLine = (pattern) => assert.ok(lines.some((l) => pattern.test(l)), `no line like ${pattern} in:\n${stderr}`);
    expectLine(/^talent\/dev\.yaml: title: missing \(item dropped\)$/);
    expectLine(/^projects\/cantine\.yaml: website: expected an absolute http\(s\) URL \(got " JaVaScRiPt:alert\(1\)"; field dropped\)$/);
    expectLine(/^events\/demo-day\.yaml: organizers\.0: no organization "ghost" in the feed$/);
    expectLine(/^events\/demo-day\.yaml: kind: "party" is not one of: meetup, hackathon/);
    expectLine(/^organizations\/broken\.yaml: cannot parse YAML: /);
    expectLine(/^organizations\/copy\.yaml: id: "coop" is already the id of organizations\/coop\.json$/);
    expectLine(/^organizations\/mairie\.yaml: territories\.0: expected \{ insee \}.*quoted in YAML.* \(got \{"insee":69123\}; field dropped\)$/);
    expectLine(/^living-lab-feed: 7 problem\(s\); nothing written$/);
    assert.equal(existsSync(out), false);
  });

  it('says what is missing: the lab, the --out option, a usable --today', async () => {
    const noLab = folder('no-lab', { 'projects/p.yaml': 'name: P\n' });
    const missing = await cli('build', noLab, '--out', join(tmp, 'no-lab-out'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^lab\.yaml: missing/m);
    assert.equal((await cli('build', noLab)).code, 2);
    const badToday = await cli('build', noLab, '--out', join(tmp, 'x'), '--today', 'tomorrow');
    assert.equal(badToday.code, 2);
    assert.match(badToday.stderr, /--today tomorrow is not a date/);
    assert.equal((await cli('publish', noLab)).code, 2);
    assert.match((await cli('--help')).stdout, /living-lab-feed build <content-dir> --out <dir>/);
  });
});

describe('living-lab-feed check', () => {
  let server;
  let origin;
  before(async () => {
    // Serves the temp folder, as a static host would.
    server = createServer((req, res) => {
      const path = join(tmp, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!existsSync(path) || !path.endsWith('.json')) return res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(path));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  it('passes the feed it just built, from the folder and over HTTP', async () => {
    for (const target of [join(tmp, 'good-out'), join(tmp, 'good-out/index.json'), `${origin}/good-out/`, `${origin}/good-out/index.json`]) {
      const { code, stdout, stderr } = await cli('check', target);
      assert.equal(code, 0, `${target}: ${stderr}`);
      assert.match(stdout, /2 projects, 2 organizations, 1 talent call, 2 events; no problems$/m, target);
    }
  });

  it('reports what a reader would drop, with the document and the item', async () => {
    const feed = join(tmp, 'tampered');
    cpSync(join(tmp, 'good-out'), feed, { recursive: true });
    const organizations = readJson(join(feed, 'organizations.json'));
    organizations.items[0].logo = 'data:image/svg+xml,<svg onload=alert(1)>';
    organizations.items.push({ id: 'no-name' });
    writeFileSync(join(feed, 'organizations.json'), JSON.stringify(organizations));
    const index = readJson(join(feed, 'index.json'));
    index.collections.events = 'https://elsewhere.example/events.json';
    writeFileSync(join(feed, 'index.json'), JSON.stringify(index));

    for (const target of [feed, `${origin}/tampered/`]) {
      const { code, stderr } = await cli('check', target);
      assert.equal(code, 1, target);
      assert.match(stderr, /^organizations\.json: coop: logo: expected an absolute http\(s\) URL \(got "data:image\/svg\+xml,<svg onload=alert\(1\)>"; field dropped\)$/m);
      assert.match(stderr, /^organizations\.json: no-name: name: missing \(item dropped\)$/m);
      assert.match(stderr, /^index\.json: collections\.events: expected items or a URL on the feed's host/m);
      assert.match(stderr, /0 events; 3 problems$/m);
    }
  });

  it('fails clearly on a missing feed, something that is not a feed, and broken JSON', async () => {
    const missing = await cli('check', `${origin}/nowhere/`);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^index\.json: HTTP 404/m);

    folder('not-a-feed', { 'index.json': '{"hello": "world"}', 'broken/index.json': '{"feed": "living-lab",' });
    const notFeed = await cli('check', `${origin}/not-a-feed/index.json`);
    assert.equal(notFeed.code, 1);
    assert.match(notFeed.stderr, /^index\.json: not-a-feed: /m);
    const broken = await cli('check', join(tmp, 'not-a-feed/broken'));
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /^index\.json: not JSON: /m);
  });
});

describe('the bin shim', () => {
  it('says to build when the compiled CLI is missing', () => {
    const lonely = join(tmp, 'unbuilt/bin');
    mkdirSync(lonely, { recursive: true });
    cpSync(bin, join(lonely, 'living-lab-feed.js'));
    const { status, stderr } = spawnSync(process.execPath, [join(lonely, 'living-lab-feed.js'), '--help'], { encoding: 'utf8' });
    assert.equal(status, 1);
    assert.match(stderr, /run npm run build/);
  });
});
