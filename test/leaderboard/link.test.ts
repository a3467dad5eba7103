import { describe, expect, it } from 'vitest';
import { LeaderboardLink } from '../../src/leaderboard/link';
import { createLeaderboardStore } from '../../src/leaderboard/saves';
import { Submissions } from '../../src/leaderboard/submissions';
import { MemoryStorage } from '../storage/fakes';
import { fakeFetch, json } from './fake-server';

function link(originAnswersApi: boolean, url = { value: '' }) {
  const fake = fakeFetch((a) => (a.url === '/api/health' ? (originAnswersApi ? json(200, { ok: true }) : { status: 200, body: '<!doctype html>' }) : json(200, { ok: true })));
  const l = new LeaderboardLink({ settingsUrl: () => url.value, fetch: fake.fetch, submissions: new Submissions(createLeaderboardStore(new MemoryStorage())) });
  return { l, asked: fake.asked, url };
}

describe('where the leaderboard server is', () => {
  it('the page\'s own origin when its /api/health answers JSON', async () => {
    const { l, asked } = link(true);
    expect(l.available).toBe(false); // not known before the probe
    await l.probeOrigin();
    expect(asked.map((a) => a.url)).toEqual(['/api/health']);
    expect(l.client()?.baseUrl).toBe('');
  });

  it('none when the origin answers with a page (a dev or static server): the entries stay hidden', async () => {
    const { l } = link(false);
    await l.probeOrigin();
    expect(l.client()).toBeNull();
    expect(l.available).toBe(false);
  });

  it('the URL in Settings wins, as soon as it is set; a bad one counts as none', async () => {
    const { l, url } = link(false);
    await l.probeOrigin();
    url.value = 'https://runs.example.com/';
    expect(l.client()?.baseUrl).toBe('https://runs.example.com');
    url.value = 'javascript:alert(1)';
    expect(l.client()).toBeNull();
  });
});
