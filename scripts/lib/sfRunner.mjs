// Runs a list of steps against an org through the Salesforce CLI, or (dry run)
// prints every command and runs none. Shared by the scratch-org install and its
// verification so that both print, fail and dry-run the same way.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;

/** Options whose value is a secret, shown masked. */
const SECRET_OPTIONS = new Set(['--installation-key']);

/** How a command is shown: arguments with spaces or quotes are quoted, secrets masked. */
export function showCommand(shown, args) {
    const words = args.map((arg, i) =>
        SECRET_OPTIONS.has(args[i - 1]) ? '****' : /[\s'"{]/.test(arg) ? JSON.stringify(arg) : arg
    );
    return [shown, ...words].join(' ');
}

/** A failed command in words: with --json the CLI writes its error as JSON to stdout. */
export function failureMessage(error) {
    try {
        const answer = JSON.parse(error.stdout);
        if (answer?.message) {
            return `${answer.name ? `${answer.name}: ` : ''}${answer.message}`;
        }
    } catch {
        // not JSON: fall through
    }
    return error.stderr?.toString().trim() || error.message;
}

/**
 * The context every step gets: `sf(args)` and `npm(args)` run a command (its JSON parsed
 * when `--json` is among the arguments, or when `parse` is set); in a dry run they print
 * the command and answer `{}`. `log` prints a line.
 */
export function makeContext({ dryRun, log }) {
    const env = {
        ...process.env,
        SF_DISABLE_TELEMETRY: 'true',
        SF_AUTOUPDATE_DISABLE: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true'
    };
    const exec = (command, shown, args, { parse = false, quiet = false } = {}) => {
        log(`  $ ${showCommand(shown, args)}`);
        if (dryRun) {
            return {};
        }
        let output;
        try {
            output = execFileSync(command, args, {
                cwd: root,
                env,
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'inherit']
            });
        } catch (error) {
            throw new Error(failureMessage(error), { cause: error });
        }
        if (parse || args.includes('--json')) {
            return output.trim() ? JSON.parse(output) : {};
        }
        if (!quiet) {
            process.stdout.write(output);
        }
        return {};
    };
    const sfBin = join(root, 'node_modules/.bin/sf');
    return {
        dryRun,
        log,
        sf: (args, options) => exec(sfBin, 'npx sf', args, options),
        npm: (args) => exec('npm', 'npm', args),
        http: (request) => httpRequest(request, { dryRun, log })
    };
}

/**
 * An HTTPS request made directly (not through the CLI), for what the CLI cannot do: sign in as a
 * portal user and call the API with that user's session. Only the method and address are printed:
 * headers and bodies carry passwords and tokens. Answers { status, location, json } (json when the
 * body is JSON); in a dry run, prints and answers {}.
 */
export async function httpRequest({ method = 'GET', url, headers = {}, body, shown }, { dryRun, log }) {
    log(`  $ ${method} ${shown ?? url}`);
    if (dryRun) {
        return {};
    }
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    const text = await response.text();
    let json;
    try {
        json = text ? JSON.parse(text) : undefined;
    } catch {
        json = undefined;
    }
    return { status: response.status, location: response.headers.get('location') ?? undefined, json };
}

/** Runs the steps in order; the first failure stops the run with the step's number and title. */
export function runSteps(all, ctx) {
    all.forEach((step, index) => {
        ctx.log(`\n[${index + 1}/${all.length}] ${step.title}`);
        try {
            step.run(ctx);
        } catch (error) {
            const reason = error.stderr?.toString().trim() || error.message;
            throw new Error(`Step ${index + 1} (${step.title}) failed: ${reason}`, { cause: error });
        }
    });
    return ctx;
}

/** First record of a SOQL query, through the CLI. */
export function queryOne(ctx, soql, org) {
    return ctx.sf(['data', 'query', '--query', soql, ...org, '--json']).result?.records?.[0];
}

/** All records of a SOQL query, through the CLI. */
export function queryAll(ctx, soql, org) {
    return ctx.sf(['data', 'query', '--query', soql, ...org, '--json']).result?.records ?? [];
}
