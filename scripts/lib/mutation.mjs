// What `npm run test:mutation` mutates and the score each bundle must keep. The lists come from the
// folders on every run, never by hand: a bundle added, split or renamed is measured as it is.
//
// - Rule modules: bundles that are not exposed (`<isExposed>false</isExposed>`) and have no
//   template: pure TypeScript the components import. Every .ts of the bundle; at least 90 %.
// - Components' logic: the .ts files beside a component other than the component class itself
//   (labels.ts, view.ts, choices.ts, ...). At least 75 %.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const LWC_DIR = 'force-app/main/default/lwc';
export const THRESHOLDS = { rules: 90, logic: 75 };
// Stryker's incremental report of the last full `rules` run, tracked so that CI starts from it.
export const RULES_BASELINE = 'mutation/rules-incremental.json';

/**
 * Where a run reads and writes Stryker's incremental report: the tracked baseline for the run CI
 * makes (`rules`, every rule module); a file under reports/ for anything else (a run of some
 * bundles is measured against their tests only, so its results are not the baseline's).
 */
export function incrementalFile(run, bundles) {
    if (run === 'rules' && !bundles.length) {
        return RULES_BASELINE;
    }
    return `reports/stryker-incremental-${[run, ...bundles].join('-')}.json`;
}

/**
 * Where a rules run keeps, beside Stryker's report, the fingerprints of what it read: `inputs`
 * (what Stryker does not track; when one changed every mutant is tested again) and `sources` (the
 * mutated and test files, which Stryker diffs itself; named in the hint when they changed).
 */
export function fingerprintsFile(incremental) {
    return incremental.replace(/\.json$/, '.fingerprints.json');
}

// What decides a rules run's results besides the mutated files and the test files, which Stryker
// diffs itself: the tools and their versions, the options given to Stryker, jest's setup and mocks.
const TOOLING = ['package-lock.json', 'stryker.config.mjs', 'jest.config.js', 'scripts/mutation.mjs'];
const TOOLING_DIRS = ['jest/mocks'];
const JEST_SETUP = /^jest\/[^/]+\.(js|mjs)$/;

function filesUnder(root, path) {
    const full = join(root, path);
    if (!existsSync(full)) {
        return [];
    }
    if (!statSync(full).isDirectory()) {
        return [path];
    }
    return readdirSync(full)
        .sort()
        .flatMap((name) => filesUnder(root, `${path}/${name}`));
}

// A module name jest resolves (jest.config.js) to a file Stryker does not track.
function mappedFile(specifier) {
    const label = /^@salesforce\/label\/(.+)$/.exec(specifier);
    if (label) {
        return `.build/jest-labels/${label[1]}.js`;
    }
    const metadata = /^@metadata\/(.+)$/.exec(specifier);
    if (metadata) {
        return `.build/jest-metadata/${metadata[1]}.json`;
    }
    if (specifier === 'test-helpers') {
        return 'jest/helpers.ts';
    }
    const language = /^test-language\/(.+)$/.exec(specifier);
    return language ? `jest/language/${language[1]}.ts` : undefined;
}

/** The bundles' own tests: the .test.ts files under their __tests__ folders, as a rules run's jest finds them. */
export function testFiles(root, scopes) {
    return scopes.flatMap(({ bundle }) =>
        filesUnder(root, `${LWC_DIR}/${bundle}/__tests__`).filter((file) => file.endsWith('.test.ts'))
    );
}

/**
 * The files a rules run depends on that Stryker's incremental mode cannot see ("Stryker will not
 * detect any changes you've made in files other than mutated files and test files",
 * https://stryker-mutator.io/docs/stryker-js/incremental): the tooling, and what a rule module or
 * its tests name (a label, the metadata, a fixture, a file read with a relative path).
 */
export function rulesInputs(root, scopes) {
    const mutated = new Set(scopes.flatMap(({ files }) => files));
    const tests = testFiles(root, scopes);
    const inputs = new Set([
        ...TOOLING.filter((file) => existsSync(join(root, file))),
        ...TOOLING_DIRS.flatMap((dir) => filesUnder(root, dir)),
        ...filesUnder(root, 'jest').filter((file) => JEST_SETUP.test(file))
    ]);
    for (const file of [...mutated, ...tests]) {
        const text = readFileSync(join(root, file), 'utf8');
        for (const [, quoted] of text.matchAll(/['"]([^'"\s]+)['"]/g)) {
            const mapped = mappedFile(quoted);
            if (mapped) {
                inputs.add(mapped);
                continue;
            }
            if (!/^\.\.?\//.test(quoted)) {
                continue;
            }
            const path = relative(root, resolve(root, dirname(file), quoted))
                .split(sep)
                .join('/');
            const found = ['', '.ts', '.js', '.json']
                .map((ext) => `${path}${ext}`)
                .find((candidate) => existsSync(join(root, candidate)));
            for (const input of found ? filesUnder(root, found) : []) {
                inputs.add(input);
            }
        }
    }
    return [...inputs].filter((file) => !mutated.has(file) && !tests.includes(file)).sort();
}

/** { path: sha256 of its content, or null when it does not exist }. */
export function fingerprint(root, paths) {
    return Object.fromEntries(
        paths.map((path) => {
            const full = join(root, path);
            return [path, existsSync(full) ? createHash('sha256').update(readFileSync(full)).digest('hex') : null];
        })
    );
}

/** The paths whose fingerprint differs, in either direction. */
export function changedInputs(before, now) {
    return [...new Set([...Object.keys(before), ...Object.keys(now)])]
        .filter((path) => (before[path] ?? null) !== (now[path] ?? null))
        .sort();
}

function listed(files) {
    const names = files.map((file) => file.split('/').pop());
    return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

/**
 * One line when the baseline a run started from was missing or out of date (the run was slower
 * for it), saying what to commit; undefined when it was current.
 */
export function baselineHint(file, { report, changed, stale }) {
    const commit = `run \`npm run test:mutation -- rules\` and commit ${dirname(file)}/ so the next run reuses it.`;
    if (!report) {
        return `${file} was missing: every mutant was tested; ${commit}`;
    }
    if (changed.length) {
        return `${file} is out of date (${listed(changed)} changed since): every mutant was tested again; ${commit}`;
    }
    if (stale.length) {
        return `${file} is out of date (${listed(stale)} changed since): their changed mutants were tested again; ${commit}`;
    }
    return undefined;
}

const place = (a, b) =>
    (a.location?.start.line ?? 0) - (b.location?.start.line ?? 0) ||
    (a.location?.start.column ?? 0) - (b.location?.start.column ?? 0) ||
    (a.location?.end?.line ?? 0) - (b.location?.end?.line ?? 0) ||
    (a.location?.end?.column ?? 0) - (b.location?.end?.column ?? 0);
const text = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function sortedKeys(value) {
    if (Array.isArray(value)) {
        return value.map(sortedKeys);
    }
    if (value && typeof value === 'object') {
        return Object.fromEntries(
            Object.keys(value)
                .sort()
                .map((key) => [key, sortedKeys(value[key])])
        );
    }
    return value;
}

/**
 * Stryker's report as the tracked baseline keeps it: without what belongs to one machine's run (the
 * absolute project root, the options, the stack traces in a killed mutant's reason: its first line
 * says what failed), and in one order (files, tests and mutants by place, numbered in that order,
 * keys sorted), so that a run that changed nothing writes the same file. Stryker reads back the
 * files and tests, and each mutant's place, status and covering and killing tests.
 */
export function portableReport(report) {
    const { projectRoot, config, ...rest } = report;
    void config;
    const local = projectRoot ? new RegExp(`${projectRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, 'g') : undefined;
    const reason = (why) => (local ? why.split('\n')[0].replace(local, '') : why.split('\n')[0]);
    const testId = new Map();
    const testFiles = Object.fromEntries(
        Object.keys(report.testFiles ?? {})
            .sort()
            .map((file) => {
                const tests = [...report.testFiles[file].tests]
                    .sort((a, b) => place(a, b) || text(a.name, b.name))
                    .map((test) => {
                        testId.set(test.id, String(testId.size));
                        return { ...test, id: testId.get(test.id) };
                    });
                return [file, { ...report.testFiles[file], tests }];
            })
    );
    const tests = (ids) =>
        ids && [...new Set(ids.map((id) => testId.get(id) ?? id))].sort((a, b) => Number(a) - Number(b) || text(a, b));
    let mutantId = 0;
    const files = Object.fromEntries(
        Object.keys(report.files)
            .sort()
            .map((file) => {
                const mutants = [...report.files[file].mutants]
                    .sort(
                        (a, b) =>
                            place(a, b) || text(a.mutatorName, b.mutatorName) || text(a.replacement, b.replacement)
                    )
                    .map((mutant) => ({
                        ...mutant,
                        id: String(++mutantId),
                        ...(mutant.statusReason === undefined ? {} : { statusReason: reason(mutant.statusReason) }),
                        ...(mutant.coveredBy ? { coveredBy: tests(mutant.coveredBy) } : {}),
                        ...(mutant.killedBy ? { killedBy: tests(mutant.killedBy) } : {})
                    }));
                return [file, { ...report.files[file], mutants }];
            })
    );
    return sortedKeys({ ...rest, files, ...(report.testFiles ? { testFiles } : {}) });
}

function sources(root, bundle) {
    return readdirSync(join(root, LWC_DIR, bundle))
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
        .sort()
        .map((file) => `${LWC_DIR}/${bundle}/${file}`);
}

/** Each bundle with what is mutated in it: { bundle, scope: 'rules' | 'logic', files }. */
export function mutationScopes(root) {
    const scopes = [];
    for (const bundle of readdirSync(join(root, LWC_DIR)).sort()) {
        const dir = join(root, LWC_DIR, bundle);
        const meta = join(dir, `${bundle}.js-meta.xml`);
        if (!existsSync(meta)) {
            continue;
        }
        const exposed = /<isExposed>\s*true\s*<\/isExposed>/.test(readFileSync(meta, 'utf8'));
        const template = readdirSync(dir).some((file) => file.endsWith('.html'));
        if (!exposed && !template) {
            scopes.push({ bundle, scope: 'rules', files: sources(root, bundle) });
        } else {
            const logic = sources(root, bundle).filter((file) => !file.endsWith(`/${bundle}.ts`));
            if (logic.length) {
                scopes.push({ bundle, scope: 'logic', files: logic });
            }
        }
    }
    return scopes;
}

// A crash of the test process (a mutant that made a component throw while rendering) is a bug the
// tests caught: counted with the killed. Ignored (static) mutants and ones that do not compile are
// not counted at all, as in Stryker's own score.
const DETECTED = new Set(['Killed', 'Timeout', 'RuntimeError']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/**
 * Each bundle's score from Stryker's results ({ fileName, status }[], file names absolute or
 * relative to root): { bundle, scope, detected, undetected, score, threshold, files }.
 */
export function bundleScores(root, scopes, results) {
    return scopes.map(({ bundle, scope, files }) => {
        const mine = results.filter((result) => {
            const file = relative(root, resolve(root, result.fileName)).split(sep).join('/');
            return files.includes(file);
        });
        const detected = mine.filter((result) => DETECTED.has(result.status)).length;
        const undetected = mine.filter((result) => UNDETECTED.has(result.status)).length;
        const total = detected + undetected;
        return {
            bundle,
            scope,
            files,
            detected,
            undetected,
            score: total ? Math.floor((1000 * detected) / total) / 10 : undefined,
            threshold: THRESHOLDS[scope]
        };
    });
}

/** One line per bundle under its threshold, naming it, its score and the threshold. */
export function shortfalls(scores) {
    return scores
        .filter(({ score, threshold }) => score !== undefined && score < threshold)
        .map(
            ({ bundle, scope, score, threshold, undetected }) =>
                `${bundle}: ${score} % of mutants caught, under the ${threshold} % ${scope === 'rules' ? 'a rule module' : "a component's logic"} needs (${undetected} not caught)`
        );
}
