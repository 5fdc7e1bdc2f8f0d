// Rule scenarios against real nginx, part 5: upstream connections (keepalive-ineffective). The breakage is counted at
// the backend: how many TCP connections nginx opened for N sequential requests through an upstream with keepalive.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNginx, nginxConf, rawHeaderValues, request, serverBlock, startBackend, stopAll, type Backend, type NginxInstance } from './harness.js';
import {
  cleanupMaterialized, cliFix, expectFinding, expectNginxAccepts, findingsOf, lintFile, materialize, note, printMeasured, withNginx,
} from './scenario-kit.js';

const REQUESTS = 10;

afterAll(async () => {
  await stopAll();
  cleanupMaterialized();
  printMeasured('scenarios: connections');
});

describeNginx('rule scenarios: upstream connections', () => {
  let backend: Backend;
  // Idle connections stay open for a minute, so only nginx decides whether one is reused.
  beforeAll(async () => { backend = await startBackend({ keepAliveMs: 60_000 }); });

  /** Sends REQUESTS sequential requests through nginx; returns the connections the backend accepted meanwhile and the Connection headers it saw. */
  const count = async (ngx: NginxInstance): Promise<{ connections: number; connectionHeaders: string[] }> => {
    const before = backend.connections();
    const seen = backend.requests.length;
    for (let i = 0; i < REQUESTS; i++) {
      const r = await request(`${ngx.url}/api/echo?i=${i}`);
      expect(r.status).toBe(200);
    }
    const headers = backend.requests.slice(seen).map((q) => rawHeaderValues(q.rawHeaders, 'connection').join(',') || '(none)');
    return { connections: backend.connections() - before, connectionHeaders: [...new Set(headers)] };
  };

  /** Writes the repaired text where the config was and lints it: the finding must be gone. */
  const expectRepairClean = (file: string, text: string): void => {
    writeFileSync(file, text);
    expect(findingsOf(lintFile(file), 'keepalive-ineffective')).toEqual([]);
  };

  const upstream = (keepalive: string) => `upstream app {\n        server 127.0.0.1:{{BACKEND_PORT}};\n        ${keepalive}\n    }`;
  const conf = (location: string, http = '', keepalive = 'keepalive 16;') => nginxConf({
    http: `${http}\n    ${upstream(keepalive)}`,
    servers: serverBlock(`
        location /api/ {
            proxy_pass http://app/;${location}
        }`),
  });

  it('keepalive-ineffective: proxy_http_version 1.1 without Connection "" opens a connection per request; the documented repair reuses one', async () => {
    const m = await materialize(conf(`
            proxy_http_version 1.1;`), { backend });
    expectFinding(m.file, 'keepalive-ineffective', { severity: 'info', message: /Connection: close \(/ });

    const broken = await withNginx(m.text, m, count);
    expect(broken.connectionHeaders).toEqual(['close']);
    expect(broken.connections).toBe(REQUESTS);

    // No automatic fix (a proxy_set_header line drops inherited ones); the repair its docs give.
    const none = await cliFix(m.file, ['keepalive-ineffective'], { unsafe: true });
    expect(none.after).toBe(none.before);
    const repaired = none.after.replace('proxy_http_version 1.1;', 'proxy_http_version 1.1;\n            proxy_set_header Connection "";');
    expect(repaired).not.toBe(none.after);
    expectRepairClean(m.file, repaired);
    await expectNginxAccepts(repaired, m);
    const fixed = await withNginx(repaired, m, count);
    expect(fixed.connectionHeaders).toEqual(['(none)']);
    expect(fixed.connections).toBe(1);

    // Control: the same repaired location without keepalive in the upstream opens one connection per request again.
    const noKeepalive = repaired.replace('keepalive 16;', '');
    await expectNginxAccepts(noKeepalive, m);
    const control = await withNginx(noKeepalive, m, count);
    expect(control.connections).toBe(REQUESTS);
    note('keepalive-ineffective (1.1, no Connection "")', `${REQUESTS} requests: ${broken.connections} upstream connections (backend saw Connection: ${broken.connectionHeaders.join('/')}) | + proxy_set_header Connection "": ${fixed.connections} | same without keepalive: ${control.connections}`);
  });

  it('keepalive-ineffective: the pre-1.29.7 defaults (HTTP/1.0, Connection: close) defeat keepalive; both repair lines reuse one connection', async () => {
    const m = await materialize(conf(''), { backend });
    expectFinding(m.file, 'keepalive-ineffective', { severity: 'info', message: /HTTP\/1\.0 .* and Connection: close/ });

    const broken = await withNginx(m.text, m, count);
    expect(broken.connectionHeaders).toEqual(['close']);
    expect(broken.connections).toBe(REQUESTS);

    const repaired = m.text.replace('proxy_pass http://app/;', 'proxy_pass http://app/;\n            proxy_http_version 1.1;\n            proxy_set_header Connection "";');
    expectRepairClean(m.file, repaired);
    await expectNginxAccepts(repaired, m);
    const fixed = await withNginx(repaired, m, count);
    expect(fixed.connections).toBe(1);
    note('keepalive-ineffective (defaults)', `${REQUESTS} requests: ${broken.connections} upstream connections | + proxy_http_version 1.1 and Connection "": ${fixed.connections}`);
  });

  it('keepalive-ineffective: a WebSocket map whose empty value is "close" closes every ordinary request [E27]; mapping it to "" reuses one connection', async () => {
    const map = `map $http_upgrade $connection_upgrade {\n        default upgrade;\n        ''      close;\n    }`;
    const m = await materialize(conf(`
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;`, map), { backend });
    expectFinding(m.file, 'keepalive-ineffective', { severity: 'info', message: /map .*\$connection_upgrade gives "close"/ });

    const broken = await withNginx(m.text, m, count);
    expect(broken.connectionHeaders).toEqual(['close']);
    expect(broken.connections).toBe(REQUESTS);

    const repaired = m.text.replace("''      close;", "''      \"\";");
    expect(repaired).not.toBe(m.text);
    expectRepairClean(m.file, repaired);
    await expectNginxAccepts(repaired, m);
    const fixed = await withNginx(repaired, m, count);
    expect(fixed.connectionHeaders).toEqual(['(none)']);
    expect(fixed.connections).toBe(1);
    note('keepalive-ineffective (websocket map)', `${REQUESTS} requests: ${broken.connections} upstream connections | map '' -> "": ${fixed.connections}`);
  });
});
