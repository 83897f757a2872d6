import { startServer } from '@fulcrum/server';
const t0 = Date.now();
const server = await startServer({ port: 0, database: 'memory', demo: true, webDistDir: '/work/main/web/dist' });
console.log('started', server.url, Date.now() - t0);
const base = server.url;
let res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'demo@fulcrum.test', password: 'fulcrum-demo-2026' }) });
const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
const session = await res.json() as any;
console.log(JSON.stringify(session));
const h = { cookie, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
res = await fetch(`${base}/api/accounts?limit=2`, { headers: h });
const accounts = await res.json() as any;
console.log(res.status, JSON.stringify(accounts).slice(0, 800));
const acc = accounts.data[0];
const body = { name: 'X Y', title: 'Head', email: null, buyingRole: 'champion', seniority: 'senior', status: 'active', leftOn: null, notes: null };
res = await fetch(`${base}/api/accounts/${acc.id}/stakeholders`, { method: 'POST', headers: h, body: JSON.stringify(body), signal: AbortSignal.timeout(8000) }).catch((e) => { console.log('ERR', String(e)); return new Response('timeout', {status: 599}); });
console.log('create stakeholder', res.status, await res.text());
for (const p of [`/api/accounts/${acc.id}/stakeholders?limit=1`, `/api/accounts/${acc.id}/relationships?limit=1`, `/api/accounts/${acc.id}/opportunities?limit=1`, `/api/team-members?limit=1`]) {
  res = await fetch(`${base}${p}`, { headers: h, signal: AbortSignal.timeout(8000) }).catch((e) => { console.log('ERR', String(e)); return new Response('timeout', {status: 599}); });
  console.log(p, res.status, (await res.text()).slice(0, 700));
}
const t1 = Date.now();
await server.close();
console.log('closed', Date.now() - t1);
