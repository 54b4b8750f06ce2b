// `npm start`: builds the preview and serves it on 127.0.0.1 (PORT, default 3000).
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPreview } from './build.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const roots = [
    { prefix: '/assets/', dir: join(here, '../node_modules/@salesforce-ux/design-system/assets') },
    { prefix: '/', dir: join(here, 'dist') }
];
const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff'
};

function resolveFile(urlPath) {
    const root = roots.find((r) => urlPath.startsWith(r.prefix));
    const relativePath = normalize(decodeURIComponent(urlPath.slice(root.prefix.length) || 'index.html'));
    if (relativePath.startsWith('..')) {
        return undefined;
    }
    const file = join(root.dir, relativePath);
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export function startServer(port = Number(process.env.PORT || 3000), host = '127.0.0.1') {
    const server = createServer((request, response) => {
        const { pathname } = new URL(request.url, 'http://localhost');
        // Any page path (a site route) gets the app; files are served as they are.
        const file = resolveFile(pathname) ?? (extname(pathname) ? undefined : resolveFile('/index.html'));
        if (!file) {
            response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
            return;
        }
        response.writeHead(200, {
            'content-type': TYPES[extname(file)] || 'application/octet-stream',
            'cache-control': 'no-store'
        });
        createReadStream(file).pipe(response);
    });
    return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
    await buildPreview();
    const server = await startServer();
    const { address, port } = server.address();
    console.log(`Support Portal preview (demo org, not a Salesforce org): http://${address}:${port}/`);
}
