// What `npm run test:mutation` mutates and the score each bundle must keep. The lists come from the
// folders on every run, never by hand: a bundle added, split or renamed is measured as it is.
//
// - Rule modules: bundles that are not exposed (`<isExposed>false</isExposed>`) and have no
//   template: pure TypeScript the components import. Every .ts of the bundle; at least 90 %.
// - Components' logic: the .ts files beside a component other than the component class itself
//   (labels.ts, view.ts, choices.ts, ...). At least 75 %.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const LWC_DIR = 'force-app/main/default/lwc';
export const THRESHOLDS = { rules: 90, logic: 75 };

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
