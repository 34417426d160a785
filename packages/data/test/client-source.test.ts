// Where the client looks for a feed, which client a page's elements share, and a feed served
// from another origin than the page's (the usual case: the lab's CDN).
import { expect } from '@open-wc/testing';
import { clientFor, createClient, indexUrlOf } from '../src/client/index.js';
import { failOnUnhandledRejections, feedUrl, newSession, seen, sleep, until } from './client-helpers.js';

describe('feed source', () => {
  failOnUnhandledRejections();

  it('finds index.json from a folder, with or without its slash, or takes it as given', () => {
    expect(indexUrlOf('https://lab.example/feed')).to.equal('https://lab.example/feed/index.json');
    expect(indexUrlOf('https://lab.example/feed/')).to.equal('https://lab.example/feed/index.json');
    expect(indexUrlOf('https://lab.example/')).to.equal('https://lab.example/index.json');
    expect(indexUrlOf('https://lab.example/feed/index.json')).to.equal('https://lab.example/feed/index.json');
    expect(indexUrlOf('https://lab.example/data/lab-2025.json#top')).to.equal('https://lab.example/data/lab-2025.json');
    expect(indexUrlOf('https://lab.example/feed?v=3')).to.equal('https://lab.example/feed/index.json?v=3');
  });

  it('resolves a relative src against the document', () => {
    expect(indexUrlOf('feed')).to.equal(new URL('feed/index.json', document.baseURI).href);
    expect(indexUrlOf('/faults/ok/x/')).to.equal(`${location.origin}/faults/ok/x/index.json`);
    expect(createClient({ src: '../feed/' }).indexUrl).to.equal(new URL('../feed/index.json', document.baseURI).href);
    expect(createClient({ src: '../feed/' }).src).to.equal('../feed/');
  });

  it('shares one client per feed, however src is spelled', async () => {
    const session = newSession();
    const folder = `/faults/ok/${session}`;
    const a = clientFor(folder);
    expect(clientFor(`${folder}/`)).to.equal(a);
    expect(clientFor(`${folder}/index.json`)).to.equal(a);
    expect(clientFor(feedUrl('ok', session))).to.equal(a);
    expect(clientFor(`/faults/ok/${newSession()}/`)).to.not.equal(a);
    await Promise.all([clientFor(folder).load('projects'), clientFor(`${folder}/`).load('projects')]);
    expect((await seen(session)).files['projects.json']!.count).to.equal(1);
  });

  it('loads a feed from another origin and revalidates it without a CORS preflight', async () => {
    const session = newSession();
    const src = feedUrl('ok', session).replace('127.0.0.1', 'localhost');
    const c = createClient({ src, ttl: 100 });
    const changes: unknown[] = [];
    c.watch('projects', (s) => changes.push(s));
    const first = await c.load('projects');
    expect(first.items).to.have.length(3);
    await sleep(150);
    await c.load('projects');
    await until(async () => (await seen(session)).files['projects.json']?.count === 2, 'revalidation');
    await until(() => c.peek('projects')!.updatedAt > first.updatedAt, 'the same ETag to be recognised');
    const { files, preflights } = await seen(session);
    expect(preflights).to.equal(0);
    expect(files['projects.json']!.requests[1]!.cacheControl).to.be.oneOf(['no-cache', 'max-age=0']);
    expect(c.peek('projects')!.items, 'an unchanged document keeps its items').to.equal(first.items);
    expect(changes).to.deep.equal([]);
  });
});
