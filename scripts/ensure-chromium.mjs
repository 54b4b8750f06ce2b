// The browser tests drive Debian's Chromium (npm's browser downloads do not
// work on these machines). Installs it with apt-get when it is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(chromium)) {
    const isRoot = process.getuid?.() === 0;
    const sudo = isRoot ? '' : 'sudo ';
    console.log(`Chromium not found at ${chromium}; installing Debian's chromium with apt-get...`);
    try {
        execSync(
            `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core`,
            {
                stdio: 'inherit'
            }
        );
    } catch {
        console.error(
            `Could not install Chromium. Install it yourself (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`
        );
        process.exit(1);
    }
}
