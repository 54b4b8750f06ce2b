// npm run test:metadata (second half): the offline metadata checks over the
// whole project. Each problem names the file and what is wrong.
import { checkProject } from './lib/metadataChecks.mjs';

const root = new URL('..', import.meta.url).pathname;
let failed = 0;
for (const { name, problems } of checkProject(root)) {
    console.log(`${problems.length ? '✗' : '✓'} ${name}`);
    for (const problem of problems) {
        console.log(`    ${problem}`);
    }
    failed += problems.length;
}
if (failed) {
    console.error(`\n${failed} metadata problem(s).`);
    process.exit(1);
}
