import { defineConfig } from '@playwright/test';

const port = Number(process.env.PREVIEW_PORT || 4311);

// Browser tests drive Debian's Chromium (browser downloads from npm do not work
// on these machines); `npm run test:e2e` installs it with apt when it is missing.
export default defineConfig({
    testDir: 'e2e',
    outputDir: 'test-results',
    fullyParallel: false,
    workers: 1,
    retries: 0,
    // A test walks a whole path (a PIN, a case, a reply, the customer's page): on a 2-core machine busy
    // with other work, the longest pass 30 s. Each expectation still waits 5 s at most.
    timeout: 60_000,
    reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
    use: {
        baseURL: `http://127.0.0.1:${port}`,
        browserName: 'chromium',
        screenshot: 'only-on-failure',
        trace: 'retain-on-failure',
        launchOptions: {
            executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
            args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-quic',
                '--no-first-run',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync'
            ]
        }
    },
    webServer: {
        // Exactly what a developer runs: build the components, build and serve the preview.
        command: 'npm start',
        url: `http://127.0.0.1:${port}/`,
        env: { PORT: String(port) },
        reuseExistingServer: !process.env.CI,
        timeout: 180_000,
        stdout: 'pipe'
    }
});
