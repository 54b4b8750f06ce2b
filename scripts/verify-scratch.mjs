#!/usr/bin/env node
// After `npm run scratch:install`, checks the org as deployed: as the admin through the CLI, and
// as the demo customer (signed in to the site with the sign-in the install kept) over HTTPS:
//   npm run scratch:verify -- [--alias support-portal] [--dry-run]
// Prints a pass/fail line per check and exits non-zero when any fails.
// --dry-run prints each check and its commands and runs nothing.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { makeContext, queryAll, queryOne } from './lib/sfRunner.mjs';
import { componentAudience, componentQueries } from './lib/componentQueries.mjs';
import { CUSTOMER_PERMISSION_SETS } from '../org-model/access.mjs';
import {
    CASE_STATUS_QUERY,
    orgCaseStatusProblems,
    readCaseStatusTranslations,
    readCaseStatuses
} from '../org-model/caseStatuses.mjs';
import { MASTER_RECORD_TYPE_ID } from '../org-model/objectInfo.mjs';
import {
    API_VERSION,
    KNOWLEDGE_AUTHOR,
    SITE_NAME,
    SITE_PATH,
    customerSignInFile,
    demoArticles
} from './lib/portalSetup.mjs';
import { readProjectMetadata } from '../org-model/projectMetadata.mjs';
import { casePageCheck } from './lib/casePageCheck.mjs';
import { flowTestsCheck } from './lib/flowTests.mjs';
import { profileCheck } from './lib/profileCheck.mjs';
import { errorShapesCheck } from './lib/errorShapesCheck.mjs';
import { fileSecuritySettingsCheck, fileTypeRuleCheck } from './lib/fileSecurityCheck.mjs';
import { pinRefusalCheck } from './lib/pinRefusalCheck.mjs';
import { pinRevocationCheck } from './lib/pinRevocationCheck.mjs';
import { privilegedAccessChangeCheck } from './lib/privilegedAccessChangeCheck.mjs';

/** The project's record-triggered flows: each must be active in the org. */
const POLICY_FLOWS = Object.entries(readProjectMetadata().flows)
    .filter(([, flow]) => flow.triggerType)
    .map(([name]) => name)
    .sort();

const DEMO_EMAIL = 'dana.scully@acme.example';
const root = new URL('..', import.meta.url).pathname;

export function parseOptions(argv) {
    const { values } = parseArgs({
        args: argv,
        options: {
            alias: { type: 'string', default: 'support-portal' },
            'dry-run': { type: 'boolean', default: false },
            help: { type: 'boolean', default: false }
        }
    });
    return { alias: values.alias, dryRun: values['dry-run'], help: values.help };
}

/** Whether a component query reads Knowledge (Knowledge__kav): it gets the demo article's variables. */
export const readsKnowledge = (query) => /\b\w+__kav\b/.test(query);

/**
 * Values for a component query's variables, as the component would send them for the demo
 * customer: `userId`, `now`, a demo case's `caseId` and `caseNumber`, the Cases tab's All view (the empty
 * Case_Filter `{}`: a variable is never undefined), and for Knowledge queries the filter the portal
 * sends (published, visible to customers, English), `first`, `language` and a demo article's `urlName`.
 */
export function variablesFor(query, { userId, now, urlName, caseId, caseNumber }) {
    const declared = Object.fromEntries(
        [...query.matchAll(/\$(\w+)\s*:\s*([\w[\]!]+)/g)].map((match) => [match[1], match[2].replace(/!$/, '')])
    );
    const known = {
        userId,
        now,
        caseId,
        caseNumber,
        ...(readsKnowledge(query) ? { urlName, language: 'en_US', first: 5 } : {})
    };
    const byType = {
        Case_Filter: {},
        // The Support access page: every PIN and verification the customer reads (the sharing set decides).
        Support_PIN__c_Filter: {},
        Support_PIN_Verification__c_Filter: {},
        Knowledge__kav_Filter: {
            and: [{ PublishStatus: { eq: 'Online' } }, { Language: { eq: 'en_US' } }, { IsVisibleInCsp: { eq: true } }]
        }
    };
    return Object.fromEntries(
        Object.entries(declared)
            .map(([name, type]) => [name, byType[type] ?? known[name]])
            .filter(([, value]) => value !== undefined)
    );
}

/**
 * The Support access CSV's reading (supportAccessLedger/ledgerQuery.ts, csvVariables): the ledger query
 * with a date range over two DateTime fields joined by `or`, an upper bound that moves down, 2,000
 * rows, and `Id = null` for a list read to its end. The page's own variables are the query check's.
 */
export function accessCsvVariables(now) {
    const to = new Date(now).toISOString();
    const from = new Date(new Date(now).getTime() - 30 * 24 * 60 * 60 * 1000).toISOString();
    const between = (field) => ({ [field]: { gte: { value: from }, lt: { value: to } } });
    return {
        pinWhere: {
            and: [{ or: [between('Issued_At__c'), between('Revoked_At__c')] }, { Issued_At__c: { lte: { value: to } } }]
        },
        pinFirst: 2000,
        verificationWhere: { Id: { eq: null } },
        verificationFirst: 2000
    };
}

function accessCsvReadingCheck(asCustomer) {
    return {
        title: "As the demo customer: the Support access CSV's date-range reading of the ledger query runs without errors",
        run: async (ctx) => {
            const ledger = componentQueries().find(({ name }) => name === 'supportAccessLedger');
            if (!ledger) {
                return ['supportAccessLedger has no query supportAccessLedger'];
            }
            if (!ctx.customer) {
                return [NOT_SIGNED_IN];
            }
            const answer = await asCustomer(ctx, {
                method: 'POST',
                path: '/graphql',
                body: JSON.stringify({ query: ledger.query, variables: accessCsvVariables(Date.now()) }),
                shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/graphql <supportAccessLedger, a CSV range>`
            });
            return ctx.dryRun ? [] : answer.json ? graphqlProblems(answer.json) : restProblems(answer);
        }
    };
}

/**
 * The Cases tab's scopes as its own code builds them (supportCaseList/casesView.ts, compiled by `npm
 * run build`): My cases and Cases I follow are semi-joins (on User, and on Case_Follower__c), which
 * only the org's UI API can say it accepts for a customer.
 */
function casesScopesCheck(asCustomer) {
    return {
        title: "As the demo customer: the Cases tab's query runs with each scope's filter, My cases (a semi-join on the user's contact) and Cases I follow (a semi-join on Case_Follower__c.Follower__c)",
        run: async (ctx) => {
            const cases = componentQueries().find(({ name }) => name === 'supportCases');
            const built = new URL('../force-app/main/default/lwc/supportCaseList/casesView.js', import.meta.url);
            if (!cases) {
                return ['supportCaseList has no query supportCases'];
            }
            if (!existsSync(built)) {
                return ["the Cases tab's filters are read from its built casesView.js: run npm run build first"];
            }
            if (!ctx.customer) {
                return [NOT_SIGNED_IN];
            }
            const { DEFAULT_VIEW, pageVariables, FIRST_PAGE } = await import(built.href);
            const problems = [];
            for (const scope of ['MINE', 'FOLLOWING']) {
                const variables = pageVariables(
                    { ...DEFAULT_VIEW, scope },
                    FIRST_PAGE,
                    ctx.customerUserId ?? '<portal user id>'
                );
                const answer = await asCustomer(ctx, {
                    method: 'POST',
                    path: '/graphql',
                    body: JSON.stringify({ query: cases.query, variables }),
                    shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/graphql <supportCases, scope ${scope}>`
                });
                if (!ctx.dryRun) {
                    problems.push(
                        ...(answer.json ? graphqlProblems(answer.json) : restProblems(answer)).map(
                            (problem) => `scope ${scope}: ${problem}`
                        )
                    );
                }
            }
            return problems;
        }
    };
}

/** The running admin ({ id, username }), asked once. */
function adminOf(ctx, org) {
    ctx.admin ??= ctx.sf(['org', 'display', 'user', ...org, '--json']).result;
    return ctx.admin;
}

/** Whether the portal's customers run a component's query (its audience is the customer's permission set). */
const runByCustomer = (component) =>
    componentAudience(undefined, component).some((set) => CUSTOMER_PERMISSION_SETS.includes(set));

const base64url = (bytes) => Buffer.from(bytes).toString('base64url');
const form = (fields) => new URLSearchParams(fields).toString();

/** The install's record of the demo customer's sign-in, or why there is none. */
export function readSignIn(file) {
    if (!existsSync(file)) {
        return {
            problem: `${file} is missing: the install (scratch:install, or package:install --demo-data) writes it when it sets up the demo customer's sign-in`
        };
    }
    const sign = JSON.parse(readFileSync(file, 'utf8'));
    const missing = ['siteUrl', 'username', 'password', 'clientId', 'clientSecret'].filter((key) => !sign[key]);
    return missing.length ? { problem: `${file} has no ${missing.join(', ')}` } : { sign };
}

/** The authorization code of the authorize answer (the 302 to the echo endpoint, or its JSON), or the error in words. */
export function authorizationCode(answer) {
    const params = answer.location ? new URL(answer.location).searchParams : undefined;
    const code = params?.get('code') ?? answer.json?.code;
    if (code) {
        return { code };
    }
    const error =
        params?.get('error_description') ??
        params?.get('error') ??
        answer.json?.error_description ??
        answer.json?.error ??
        `HTTP ${answer.status}`;
    return { error };
}

/**
 * Signs in as the demo customer with headless login, the Authorization Code and Credentials Flow
 * for private clients, on the site: POST /services/oauth2/authorize with the header
 * Auth-Request-Type: Named-User and the username and password as Basic credentials, PKCE, then the
 * code for a token at /services/oauth2/token ("Headless Identity APIs: Authorization Code and
 * Credentials Flow for Private Clients", Salesforce Help:
 * https://help.salesforce.com/apex/HTViewHelpDoc?id=remoteaccess_authorization_code_credentials_flow.htm;
 * "Headless Login: Send an Authorization Request", Headless Identity Implementation Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.headless_identity.meta/headless_identity/headless_identity_postman_login_authorize.htm).
 * The site's URL is the OAuth host for its users ("To use OAuth to connect to an Experience Cloud
 * site, use the full path to the site URL", Connect REST API Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.chatterapi.meta/chatterapi/quickstart_communities.htm).
 * Answers { session: { accessToken, baseUrl } } or { problem } in words.
 */
export async function signInAsCustomer(ctx, sign) {
    const verifier = base64url(randomBytes(32));
    const challenge = base64url(createHash('sha256').update(verifier).digest());
    const redirectUri = `${sign.siteUrl}/services/oauth2/echo`;
    const formType = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const authorize = await ctx.http({
        method: 'POST',
        url: `${sign.siteUrl}/services/oauth2/authorize`,
        headers: {
            ...formType,
            'Auth-Request-Type': 'Named-User',
            Authorization: `Basic ${Buffer.from(`${sign.username}:${sign.password}`).toString('base64')}`
        },
        body: form({
            response_type: 'code_credentials',
            client_id: sign.clientId,
            redirect_uri: redirectUri,
            code_challenge: challenge,
            code_challenge_method: 'S256'
        })
    });
    const { code, error } = ctx.dryRun ? { code: '<code>' } : authorizationCode(authorize);
    if (!code) {
        return { problem: `the site refused the demo customer's sign-in (authorize): ${error}` };
    }
    const token = await ctx.http({
        method: 'POST',
        url: `${sign.siteUrl}/services/oauth2/token`,
        headers: formType,
        body: form({
            grant_type: 'authorization_code',
            code,
            client_id: sign.clientId,
            client_secret: sign.clientSecret,
            redirect_uri: redirectUri,
            code_verifier: verifier
        })
    });
    if (ctx.dryRun) {
        return { session: { accessToken: '<access token>', baseUrl: sign.siteUrl } };
    }
    if (!token.json?.access_token) {
        const why = token.json?.error_description ?? token.json?.error ?? `HTTP ${token.status}`;
        return { problem: `the site gave the demo customer no session (token): ${why}` };
    }
    return {
        session: { accessToken: token.json.access_token, baseUrl: token.json.sfdc_community_url ?? sign.siteUrl }
    };
}

/** A REST call with the demo customer's session (`ctx.customer`), on the site. */
function asCustomer(ctx, { method = 'GET', path, body, shown }) {
    const url = `${ctx.customer.baseUrl}/services/data/v${API_VERSION}${path}`;
    return ctx.http({
        method,
        url,
        headers: { Authorization: `Bearer ${ctx.customer.accessToken}`, 'Content-Type': 'application/json' },
        body,
        shown: `${shown ?? url} (as the demo customer)`
    });
}

/** Problems in a REST answer: its errors ([{ errorCode, message }]) or its HTTP status, in words. */
export function restProblems(answer) {
    if (Array.isArray(answer.json)) {
        return answer.json.map((error) => [error.errorCode, error.message].filter(Boolean).join(': '));
    }
    return answer.status >= 400 ? [`HTTP ${answer.status}`] : [];
}

const NOT_SIGNED_IN = 'not run: the demo customer did not sign in (see the sign-in check above)';

/** Problems in a GraphQL response: its errors, in words. */
export function graphqlProblems(response) {
    if (!response || typeof response !== 'object') {
        return ['no response'];
    }
    const errors = Array.isArray(response) ? response : (response.errors ?? []);
    return errors.map((error) => error.message ?? error.errorCode ?? JSON.stringify(error));
}

/**
 * What the UI API's Case Status picklist values (`{ values: [{ value, label }] }`) say to a German-speaking
 * customer against org-settings' German translations (`{ 'Waiting on Customer': 'Wartet auf Kunden' }`):
 * each translated status with its translation, as the case page's status path shows it. In words.
 */
export function translatedStatusProblems(picklist, translations) {
    const values = picklist?.values ?? [];
    return Object.entries(translations).flatMap(([english, german]) => {
        const shown = values.find((option) => option.value === english)?.label;
        if (shown === undefined) {
            return [`the UI API lists no Case status "${english}" for the demo customer`];
        }
        return shown === german
            ? []
            : [
                  `a German-speaking customer reads the Case status "${english}" as "${shown}", not "${german}": deploy org-settings/ (standardValueSetTranslations/CaseStatus-de) and activate German in the Translation Workbench`
              ];
    });
}

/**
 * The checks, in order. Each `run` answers the problems it found (none = pass); in a dry run
 * the commands are printed and answer nothing, so every check "passes" without an org.
 */
export function checks(options) {
    const org = ['--target-org', options.alias];
    return [
        {
            title: 'The demo customer exists: Acme Corp with user licenses, support licenses, cases and a portal user',
            run: (ctx) => {
                const contact = queryOne(
                    ctx,
                    `SELECT Id, AccountId, Account.User_Licenses__c FROM Contact WHERE Email = '${DEMO_EMAIL}'`,
                    org
                );
                const user = queryOne(
                    ctx,
                    `SELECT Id, Username, IsActive FROM User WHERE ContactId != null AND Email = '${DEMO_EMAIL}' ORDER BY CreatedDate DESC LIMIT 1`,
                    org
                );
                const licenses = queryAll(
                    ctx,
                    `SELECT Id FROM Support_License__c WHERE Account__r.Name = 'Acme Corp'`,
                    org
                );
                const cases = queryAll(ctx, `SELECT Id, CaseNumber FROM Case WHERE Account.Name = 'Acme Corp'`, org);
                ctx.customerUserId = user?.Id;
                ctx.demoCaseId = cases[0]?.Id;
                ctx.demoCaseNumber = cases[0]?.CaseNumber;
                if (ctx.dryRun) {
                    return [];
                }
                return [
                    !contact && 'no contact Dana Scully (dana.scully@acme.example)',
                    contact && !(contact.Account?.User_Licenses__c > 0) && 'Acme Corp has no user licenses',
                    !licenses.length && 'Acme Corp has no support licenses',
                    !cases.length && 'Acme Corp has no cases',
                    !user?.IsActive && 'no active portal user for Dana Scully'
                ].filter(Boolean);
            }
        },
        {
            title: 'The permission sets are assigned: Support Engineer to the admin, Support Portal Customer to the portal user',
            run: (ctx) => {
                const admin = adminOf(ctx, org);
                const assigned = (name) =>
                    queryAll(
                        ctx,
                        `SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name = '${name}'`,
                        org
                    ).map((row) => row.AssigneeId);
                const engineers = assigned('Support_Engineer');
                const customers = assigned('Support_Portal_Customer');
                if (ctx.dryRun) {
                    return [];
                }
                return [
                    !engineers.includes(admin?.id) && 'the admin does not have Support_Engineer',
                    !customers.includes(ctx.customerUserId) && 'the portal user does not have Support_Portal_Customer'
                ].filter(Boolean);
            }
        },
        {
            title: `The org holds the support policy: the record-triggered flows (${POLICY_FLOWS.join(', ')}) active, external sharing Private (Contact by its account)`,
            run: (ctx) => {
                const flows = queryAll(
                    ctx,
                    `SELECT ApiName, IsActive FROM FlowDefinitionView WHERE ApiName IN (${POLICY_FLOWS.map((name) => `'${name}'`).join(', ')})`,
                    org
                );
                const sharing = queryAll(
                    ctx,
                    "SELECT QualifiedApiName, ExternalSharingModel FROM EntityDefinition WHERE QualifiedApiName IN ('Account', 'Contact', 'Case', 'Support_PIN__c')",
                    org
                );
                if (ctx.dryRun) {
                    return [];
                }
                const expected = {
                    Account: 'Private',
                    Contact: 'ControlledByParent',
                    Case: 'Private',
                    Support_PIN__c: 'Private'
                };
                return [
                    ...POLICY_FLOWS.filter((name) => !flows.some((flow) => flow.ApiName === name && flow.IsActive)).map(
                        (name) => `the flow ${name} is not active`
                    ),
                    ...Object.entries(expected)
                        .filter(
                            ([object, model]) =>
                                sharing.find((e) => e.QualifiedApiName === object)?.ExternalSharingModel !== model
                        )
                        .map(([object, model]) => `${object}'s external sharing is not ${model}`)
                ];
            }
        },
        {
            title: 'The Case statuses the portal relies on are in the org, each closed or open as the portal reads it',
            run: (ctx) => {
                const records = queryAll(ctx, CASE_STATUS_QUERY, org);
                return ctx.dryRun ? [] : orgCaseStatusProblems(records, readCaseStatuses(root));
            }
        },
        fileSecuritySettingsCheck(org),
        {
            title: `Knowledge: the UI API serves Knowledge__kav with Body and Product, the admin holds ${KNOWLEDGE_AUTHOR}, and demo articles are published for customers in English and German`,
            run: (ctx) => {
                // "To check if a specific object is supported, use the /ui-api/object-info/{objectApiName}
                // resource" (https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_all_supported_objects.htm:
                // the list names KnowledgeArticleVersion, not Knowledge__kav). Asked as the admin here; what
                // the customer reads is asked as the customer below.
                const info = ctx.sf(
                    [
                        'api',
                        'request',
                        'rest',
                        `/services/data/v${API_VERSION}/ui-api/object-info/Knowledge__kav`,
                        '--method',
                        'GET',
                        ...org
                    ],
                    { parse: true }
                );
                const admin = adminOf(ctx, org);
                const authors = queryAll(
                    ctx,
                    `SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name = '${KNOWLEDGE_AUTHOR}'`,
                    org
                ).map((row) => row.AssigneeId);
                const published = Object.fromEntries(
                    ['en_US', 'de'].map((language) => [
                        language,
                        queryAll(
                            ctx,
                            `SELECT Id, UrlName FROM Knowledge__kav WHERE PublishStatus = 'Online' AND Language = '${language}' AND IsVisibleInCsp = true LIMIT 200`,
                            org
                        )
                    ])
                );
                const demo = demoArticles().map((article) => article.urlName);
                ctx.demoUrlName = published.en_US.find((row) => demo.includes(row.UrlName))?.UrlName ?? demo[0];
                ctx.publishedDemo = Object.fromEntries(
                    Object.entries(published).map(([language, rows]) => [
                        language,
                        rows.map((row) => row.UrlName).filter((urlName) => demo.includes(urlName))
                    ])
                );
                if (ctx.dryRun) {
                    return [];
                }
                const fields = Object.keys(info?.fields ?? {});
                return [
                    info?.apiName !== 'Knowledge__kav' && 'the UI API does not serve Knowledge__kav (object-info)',
                    info?.apiName === 'Knowledge__kav' &&
                        ['Body__c', 'Product__c'].some((field) => !fields.includes(field)) &&
                        'Knowledge__kav has no Body__c or Product__c for the admin',
                    !authors.includes(admin?.id) && `the admin does not have ${KNOWLEDGE_AUTHOR}`,
                    ...Object.entries(published)
                        .filter(([, rows]) => !rows.some((row) => demo.includes(row.UrlName)))
                        .map(([language]) => `no demo article is published for customers in ${language}`)
                ].filter(Boolean);
            }
        },
        casePageCheck(org),
        {
            title: 'The demo customer signs in to the site (headless login: the Authorization Code and Credentials Flow, through the install’s external client app)',
            run: async (ctx) => {
                const { sign, problem } = ctx.dryRun
                    ? { sign: { siteUrl: `https://<site domain>/${SITE_PATH}` } }
                    : readSignIn(options.signInFile ?? customerSignInFile(options.alias));
                if (problem) {
                    return [problem];
                }
                const answer = await signInAsCustomer(ctx, sign);
                ctx.customer = answer.session;
                return answer.problem ? [answer.problem] : [];
            }
        },
        {
            title: 'As the demo customer: Knowledge__kav with Body and Product, and the published demo articles (Online, Visible to Customer) in English and German',
            run: async (ctx) => {
                if (!ctx.customer) {
                    return [NOT_SIGNED_IN];
                }
                const info = await asCustomer(ctx, { path: '/ui-api/object-info/Knowledge__kav' });
                const read = {};
                const problems = [...restProblems(info)];
                for (const language of ['en_US', 'de']) {
                    const soql = `SELECT Id, UrlName FROM Knowledge__kav WHERE PublishStatus = 'Online' AND Language = '${language}' AND IsVisibleInCsp = true LIMIT 200`;
                    const answer = await asCustomer(ctx, {
                        path: `/query?q=${encodeURIComponent(soql)}`,
                        shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/query?q=${soql}`
                    });
                    problems.push(...restProblems(answer));
                    read[language] = (answer.json?.records ?? []).map((row) => row.UrlName);
                }
                if (ctx.dryRun) {
                    return [];
                }
                const fields = Object.keys(info.json?.fields ?? {});
                const unreadable = ['Body__c', 'Product__c'].filter((field) => !fields.includes(field));
                if (!problems.length && unreadable.length) {
                    problems.push(
                        `the demo customer cannot read Knowledge__kav's ${unreadable.join(' and ')} (object-info): check Support_Portal_Customer's field access`
                    );
                }
                for (const [language, urlNames] of Object.entries(ctx.publishedDemo ?? {})) {
                    const unseen = urlNames.filter((urlName) => !read[language]?.includes(urlName));
                    if (unseen.length) {
                        problems.push(
                            `the demo customer cannot read the published article${unseen.length > 1 ? 's' : ''} ${unseen.join(', ')} ` +
                                `(Online, Visible to Customer, ${language}) that the admin sees: check Support_Portal_Customer's read access to Knowledge__kav and the articles' data category visibility`
                        );
                    }
                }
                return problems;
            }
        },
        {
            title: 'As the demo customer in German: the UI API labels the Case statuses as org-settings translates them ("Waiting on Customer": "Wartet auf Kunden"), as the case page\'s status path shows them',
            run: async (ctx) => {
                if (!ctx.customer) {
                    return [NOT_SIGNED_IN];
                }
                // The customer's own language, set as the header's language switch sets it (LDS
                // updateRecord on their User), then put back as it was.
                const user = `/ui-api/records/${ctx.customerUserId ?? '<portal user id>'}`;
                const before = await asCustomer(ctx, { path: `${user}?fields=User.LanguageLocaleKey` });
                const language = (code) =>
                    asCustomer(ctx, {
                        method: 'PATCH',
                        path: user,
                        body: JSON.stringify({ fields: { LanguageLocaleKey: code } }),
                        shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}${user} <LanguageLocaleKey ${code}>`
                    });
                const set = await language('de');
                try {
                    const answer = await asCustomer(ctx, {
                        path: `/ui-api/object-info/Case/picklist-values/${MASTER_RECORD_TYPE_ID}/Status`
                    });
                    if (ctx.dryRun) {
                        return [];
                    }
                    const problems = [...restProblems(before), ...restProblems(set), ...restProblems(answer)];
                    return problems.length
                        ? problems
                        : translatedStatusProblems(answer.json, readCaseStatusTranslations(root).de ?? {});
                } finally {
                    await language(before.json?.fields?.LanguageLocaleKey?.value ?? 'en_US');
                }
            }
        },
        {
            title: "As the demo customer: their own email choices (User.No_Reply_Emails__c, No_Waiting_Emails__c, No_Closed_Emails__c) save through the UI API as the Email notifications page saves them, and the admin's User record refuses the same request",
            run: async (ctx) => {
                if (!ctx.customer) {
                    return [NOT_SIGNED_IN];
                }
                const FIELDS = ['No_Reply_Emails__c', 'No_Waiting_Emails__c', 'No_Closed_Emails__c'];
                const own = `/ui-api/records/${ctx.customerUserId ?? '<portal user id>'}`;
                const admin = `/ui-api/records/${adminOf(ctx, org)?.id ?? '<admin user id>'}`;
                const patch = (path, value) =>
                    asCustomer(ctx, {
                        method: 'PATCH',
                        path,
                        body: JSON.stringify({ fields: Object.fromEntries(FIELDS.map((f) => [f, value])) }),
                        shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}${path} <${FIELDS.join(', ')} ${value}>`
                    });
                const fields = FIELDS.map((f) => `User.${f}`).join(',');
                const before = await asCustomer(ctx, { path: `${own}?fields=${fields}` });
                const set = await patch(own, true);
                try {
                    const after = await asCustomer(ctx, { path: `${own}?fields=${fields}` });
                    const foreign = await patch(admin, true);
                    if (ctx.dryRun) {
                        return [];
                    }
                    return [
                        ...restProblems(before),
                        ...restProblems(set),
                        ...restProblems(after),
                        ...FIELDS.filter((f) => after.json?.fields?.[f]?.value !== true).map(
                            (f) => `the customer's own ${f} did not save`
                        ),
                        ...(foreign.status < 400 ? ["the customer changed the admin's email choices"] : [])
                    ];
                } finally {
                    await asCustomer(ctx, {
                        method: 'PATCH',
                        path: own,
                        body: JSON.stringify({
                            fields: Object.fromEntries(FIELDS.map((f) => [f, before.json?.fields?.[f]?.value === true]))
                        })
                    });
                }
            }
        },
        {
            title: "As the demo customer: adding a follower to her case runs the follower rules in the org. Naming herself is refused by Not_The_Case_Contact (its cross-object reference to the case's contact reads as in the preview); naming her colleague Walter Skinner, whose contact has no portal user in the scratch org, is refused by Follower_Signs_In (the before-save flow Support_Case_Follower_Stamp ran and found no active user). Neither row is saved",
            run: async (ctx) => {
                if (!ctx.customer) {
                    return [NOT_SIGNED_IN];
                }
                const walter = queryOne(ctx, "SELECT Id FROM Contact WHERE Email = 'walter.skinner@acme.example'", org);
                const dana = queryOne(ctx, `SELECT Id FROM Contact WHERE Email = '${DEMO_EMAIL}'`, org);
                const add = (contactId, who) =>
                    asCustomer(ctx, {
                        method: 'POST',
                        path: '/ui-api/records',
                        body: JSON.stringify({
                            apiName: 'Case_Follower__c',
                            fields: { Case__c: ctx.demoCaseId ?? '<case id>', Contact__c: contactId ?? '<contact id>' }
                        }),
                        shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/ui-api/records <Case_Follower__c: ${who}>`
                    });
                const herself = await add(dana?.Id, 'Dana herself');
                const noLogin = await add(walter?.Id, 'Walter, no portal user');
                if (ctx.dryRun) {
                    return [];
                }
                const refusedWith = (answer, words, what) =>
                    answer.status >= 400 && JSON.stringify(answer.json ?? '').includes(words)
                        ? []
                        : [
                              `${what}: expected a refusal with "${words}", got ${answer.status} ${JSON.stringify(answer.json)}`
                          ];
                return [
                    ...refusedWith(
                        herself,
                        "The case's contact already gets its emails.",
                        'Dana following her own case'
                    ),
                    ...refusedWith(
                        noLogin,
                        'This colleague does not sign in to the Support Portal',
                        'Walter (no portal user) following the case'
                    )
                ];
            }
        },
        errorShapesCheck(asCustomer, NOT_SIGNED_IN),
        fileTypeRuleCheck(org, asCustomer, NOT_SIGNED_IN, SITE_NAME),
        pinRefusalCheck(org, asCustomer, NOT_SIGNED_IN),
        pinRevocationCheck(org, asCustomer, NOT_SIGNED_IN, DEMO_EMAIL),
        privilegedAccessChangeCheck(org, asCustomer, NOT_SIGNED_IN, DEMO_EMAIL),
        flowTestsCheck(org),
        profileCheck(org, readProjectMetadata()),
        accessCsvReadingCheck(asCustomer),
        casesScopesCheck(asCustomer),
        ...componentQueries().map(({ component, name, query }) => ({
            title: runByCustomer(component)
                ? `${component}'s GraphQL query ${name} runs without errors as the demo customer`
                : `${component}'s GraphQL query ${name} runs without errors (as the admin, a support engineer)`,
            run: async (ctx) => {
                const body = JSON.stringify({
                    query,
                    variables: variablesFor(query, {
                        userId: ctx.customerUserId ?? '<portal user id>',
                        now: new Date().toISOString(),
                        urlName: ctx.demoUrlName,
                        caseId: ctx.demoCaseId,
                        caseNumber: ctx.demoCaseNumber
                    })
                });
                if (runByCustomer(component)) {
                    if (!ctx.customer) {
                        return [NOT_SIGNED_IN];
                    }
                    const answer = await asCustomer(ctx, {
                        method: 'POST',
                        path: '/graphql',
                        body,
                        shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/graphql <${name} and its variables>`
                    });
                    return ctx.dryRun ? [] : answer.json ? graphqlProblems(answer.json) : restProblems(answer);
                }
                const response = ctx.sf(
                    [
                        'api',
                        'request',
                        'rest',
                        `/services/data/v${API_VERSION}/graphql`,
                        '--method',
                        'POST',
                        '--body',
                        ctx.dryRun ? `<${name} and its variables>` : body,
                        ...org
                    ],
                    { parse: true }
                );
                return ctx.dryRun ? [] : graphqlProblems(response);
            }
        })),
        {
            title: `The ${SITE_NAME} site is published and answers`,
            run: async (ctx) => {
                const network = queryOne(ctx, `SELECT Id, Status FROM Network WHERE Name = '${SITE_NAME}'`, org);
                const domain = queryOne(
                    ctx,
                    `SELECT Domain.Domain FROM DomainSite WHERE PathPrefix = '/${SITE_PATH}'`,
                    org
                )?.Domain?.Domain;
                const url = `https://${domain ?? '<site domain>'}/${SITE_PATH}/`;
                ctx.log(`  $ GET ${url}`);
                if (ctx.dryRun) {
                    return [];
                }
                if (network?.Status !== 'Live') {
                    return [`the network's status is ${network?.Status ?? 'missing'}, not Live`];
                }
                const response = await fetch(url, { redirect: 'manual' });
                // A signed-out visitor is sent to the login page: any answer below 400 means the site is up.
                return response.status < 400 ? [] : [`${url} answered ${response.status}`];
            }
        }
    ];
}

/** Runs every check (a failure does not stop the others); answers the number of failures. */
export async function verify(options, log = console.log, ctx = makeContext({ dryRun: options.dryRun, log })) {
    let failures = 0;
    for (const check of checks(options)) {
        log(`\n${check.title}`);
        let problems;
        try {
            problems = await check.run(ctx);
        } catch (error) {
            problems = [error.stderr?.toString().trim() || error.message];
        }
        failures += problems.length ? 1 : 0;
        log(problems.length ? `✗ FAIL: ${problems.join('; ')}` : options.dryRun ? '- (dry run)' : '✓ pass');
    }
    return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const options = parseOptions(process.argv.slice(2));
    if (options.help) {
        console.log('Usage: npm run scratch:verify -- [--alias support-portal] [--dry-run]');
        process.exit(0);
    }
    const failures = await verify(options);
    console.log(
        options.dryRun
            ? '\nDry run: nothing was run.'
            : failures
              ? `\n${failures} check(s) failed.`
              : '\nAll checks passed.'
    );
    process.exit(failures ? 1 : 0);
}
