// The benchmark's generated config tree: servers spread over site files (10 per file), a shared snippet, 100
// upstreams with keepalive, included from one nginx.conf. Used by `npm run bench` and the output-identity test.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Servers per site file. */
export const SERVERS_PER_FILE = 10;

function site(k) {
  return `server {
    listen 127.0.0.1:${20000 + (k % 100)};
    server_name app${k}.example.com www.app${k}.example.com;
    root /srv/app${k}/public;
    include snippets/proxy-headers.conf;
    add_header X-Frame-Options SAMEORIGIN;
    location / {
        try_files $uri $uri/ /index.html;
    }
    location /api/ {
        proxy_pass http://backend_${k % 100};
        proxy_read_timeout 30s;
    }
    location /api/events {
        proxy_pass http://backend_${k % 100};
        proxy_buffering off;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_read_timeout 1h;
    }
    # Uploads go straight to the storage service; large bodies are streamed.
    location /upload {
        client_max_body_size 512m;
        proxy_request_buffering off;
        proxy_pass http://backend_${k % 100};
    }
    location = /healthz {
        access_log off;
        return 200 "ok";
    }
    location ~* \\.(png|jpg|css|js)$ {
        expires 7d;
        add_header Cache-Control "public";
    }
}
`;
}

/**
 * Writes a tree of `servers` servers into `dir` (created if missing) and returns the bytes of its site files.
 * `runtimeDir` is where nginx -t may write its pid, error log and temp folders (default: `dir` itself); a fixed
 * value keeps the tree's text independent of where it is written.
 */
export function writeBenchTree(dir, servers, { runtimeDir = dir } = {}) {
  mkdirSync(path.join(dir, 'sites'), { recursive: true });
  mkdirSync(path.join(dir, 'snippets'), { recursive: true });
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  writeFileSync(path.join(dir, 'snippets/proxy-headers.conf'), 'proxy_set_header Host $host;\nproxy_set_header X-Real-IP $remote_addr;\n');
  let upstreams = '';
  for (let u = 0; u < 100; u++) upstreams += `    upstream backend_${u} { server 127.0.0.1:${9000 + u}; keepalive 8; }\n`;
  writeFileSync(path.join(dir, 'nginx.conf'), `pid ${runtimeDir}/nginx.pid;
error_log ${runtimeDir}/error.log;
worker_rlimit_nofile 65536;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path ${runtimeDir}/tmp/body;
    proxy_temp_path ${runtimeDir}/tmp/proxy;
    fastcgi_temp_path ${runtimeDir}/tmp/fastcgi;
    uwsgi_temp_path ${runtimeDir}/tmp/uwsgi;
    scgi_temp_path ${runtimeDir}/tmp/scgi;
    server_names_hash_bucket_size 128;
    server_names_hash_max_size 65536;
${upstreams}    include sites/*.conf;
}
`);
  let bytes = 0;
  for (let f = 0; f < Math.ceil(servers / SERVERS_PER_FILE); f++) {
    let text = '';
    for (let k = f * SERVERS_PER_FILE; k < Math.min(servers, (f + 1) * SERVERS_PER_FILE); k++) text += site(k);
    writeFileSync(path.join(dir, 'sites', `site-${String(f).padStart(4, '0')}.conf`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
