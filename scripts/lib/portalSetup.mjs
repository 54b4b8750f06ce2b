// The steps that turn an org with the Support Portal's components in it (deployed from
// source by the scratch install, or installed as a package) into a working portal: the
// site, the engineers' access, the org-wide sharing, the admin's Knowledge authoring (and the
// demo articles), and, when asked, the demo customer.
// Shared by `scratch:install` and `package:install` so both set up an org the same way.
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { seedRecords } from '../../org-model/demoData.mjs';
import { queryAll, queryOne } from './sfRunner.mjs';
import {
    CASE_STATUS_QUERY,
    mergedCaseStatusXml,
    orgCaseStatusProblems,
    readCaseStatuses
} from '../../org-model/caseStatuses.mjs';

const projectRoot = new URL('../..', import.meta.url).pathname;

export const SITE_NAME = 'Support Portal';
export const SITE_PATH = 'support';
export const API_VERSION = '64.0';

/**
 * Licenses a portal customer can hold, best first. Each is one of the high-volume
 * (Customer Community) licenses that sharing sets work with ("SharingSet", Metadata
 * API Developer Guide: "Sharing sets are available with these licenses: ...").
 */
export const CUSTOMER_LICENSES = [
    'Customer Community',
    'Customer Community Login',
    'Customer Community Plus',
    'Customer Community Plus Login'
];
const PREFERRED_PROFILE = 'Customer Community User';

/**
 * The profile the demo customer gets: one whose license the org has and has room on,
 * the standard Customer Community User profile first. Throws, naming what is missing,
 * when the org has none.
 */
export function chooseCustomerProfile(profiles, licenses) {
    const free = new Map(
        licenses.map((license) => [license.Name, Number(license.TotalLicenses) - Number(license.UsedLicenses)])
    );
    const usable = profiles
        .filter((profile) => (free.get(profile.UserLicense?.Name) ?? 0) > 0)
        .sort(
            (a, b) =>
                Number(b.Name === PREFERRED_PROFILE) - Number(a.Name === PREFERRED_PROFILE) ||
                CUSTOMER_LICENSES.indexOf(a.UserLicense.Name) - CUSTOMER_LICENSES.indexOf(b.UserLicense.Name)
        );
    if (usable.length) {
        return usable[0];
    }
    const held = licenses.map((l) => `${l.Name} (${l.UsedLicenses} of ${l.TotalLicenses} used)`).join(', ');
    throw new Error(
        `The org has no free customer community license for the portal user. It needs one of: ${CUSTOMER_LICENSES.join(', ')}, ` +
            `with a profile on it${held ? `; it has ${held}` : '; it has none of them'}. ` +
            'Scratch orgs get Customer Community licenses from the "Communities" feature in config/project-scratch-def.json; ' +
            'in another org, buy or free a license, or create a profile on one.'
    );
}

/** The sharing set's profiles, in a converted copy of org-settings: the profile the portal user has. */
export function sharingSetForProfile(dir, profileName) {
    for (const file of existsSync(dir) ? readdirSync(dir) : []) {
        const path = join(dir, file);
        const xml = readFileSync(path, 'utf8').replace(
            /(\s*<profiles>[^<]*<\/profiles>)+/,
            `\n    <profiles>${profileName.toLowerCase()}</profiles>`
        );
        writeFileSync(path, xml);
    }
}

/**
 * A password that meets Salesforce's default policy (8+ characters, letters and numbers)
 * and any stricter one: 20 characters with upper, lower, digits and a symbol, from the OS's CSPRNG.
 */
export function generatePassword(length = 20) {
    const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#%+=?@'];
    const all = sets.join('');
    const chars = sets.map((set) => set[randomInt(set.length)]);
    while (chars.length < length) {
        chars.push(all[randomInt(all.length)]);
    }
    for (let i = chars.length - 1; i > 0; i--) {
        const j = randomInt(i + 1);
        [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    return chars.join('');
}

/**
 * The demo customer as `sf data import tree` files: the preview's seed, with
 * support licenses dated from today so the customer is covered.
 */
export function sampleDataFiles(today = new Date()) {
    const seed = seedRecords(today);
    // Lookups point at other records of the tree by reference ID (@Ref<seed id>).
    const tree = (type, records, fields, lookups = []) => ({
        records: records.map((record) => ({
            attributes: { type, referenceId: `Ref${record.Id}` },
            ...Object.fromEntries(
                fields
                    .filter((field) => record[field] !== undefined && record[field] !== null)
                    .map((field) => [field, record[field]])
            ),
            ...Object.fromEntries(lookups.map((field) => [field, `@Ref${record[field]}`]))
        }))
    });
    return {
        'Account.json': tree('Account', seed.Account, ['Name', 'Phone', 'Support_Product__c', 'User_Licenses__c']),
        'Contact.json': tree(
            'Contact',
            seed.Contact,
            ['FirstName', 'LastName', 'Email', 'Phone', 'Privileged_Access__c'],
            ['AccountId']
        ),
        'Support_License__c.json': tree(
            'Support_License__c',
            seed.Support_License__c,
            ['Quantity__c', 'Issued_On__c'],
            ['Account__c']
        ),
        'Case.json': tree(
            'Case',
            seed.Case,
            ['Subject', 'Status', 'Severity__c', 'Product__c', 'Origin'],
            ['AccountId', 'ContactId']
        ),
        'plan.json': [
            { sobject: 'Account', saveRefs: true, resolveRefs: false, files: ['Account.json'] },
            { sobject: 'Contact', saveRefs: true, resolveRefs: true, files: ['Contact.json'] },
            { sobject: 'Support_License__c', saveRefs: false, resolveRefs: true, files: ['Support_License__c.json'] },
            { sobject: 'Case', saveRefs: false, resolveRefs: true, files: ['Case.json'] }
        ]
    };
}

const recordValues = (values) =>
    Object.entries(values)
        .map(([field, value]) => `${field}='${value}'`)
        .join(' ');

/** Creates a record through the CLI unless `existing` found one; answers its Id. */
function ensureRecord(ctx, { sobject, existing, values, org }) {
    if (existing?.Id) {
        ctx.log(`  (${sobject} already there: kept)`);
        return existing.Id;
    }
    const created = ctx.sf([
        'data',
        'create',
        'record',
        '--sobject',
        sobject,
        '--values',
        recordValues(values),
        ...org,
        '--json'
    ]);
    return created.result?.id ?? `<${sobject} id>`;
}

/** A record's Id; in a real run, a missing record stops the install, named. */
function idOf(ctx, record, what) {
    if (record?.Id) {
        return record.Id;
    }
    if (ctx.dryRun) {
        return `<${what.split(' ').at(-1)} id>`;
    }
    throw new Error(`${what} is not in the org: the components (force-app or the package) did not install completely.`);
}

/** The running admin: `ctx.admin` = { id, username }. */
function findAdmin(ctx, org) {
    if (!ctx.admin) {
        const admin = ctx.sf(['org', 'display', 'user', ...org, '--json']).result;
        ctx.admin = { id: admin?.id ?? '<admin id>', username: admin?.username };
    }
    return ctx.admin;
}

export function deploySiteStep(org) {
    return {
        title: 'Deploy the Support Portal site (site)',
        run: (ctx) => ctx.sf(['project', 'deploy', 'start', '--source-dir', 'site', ...org, '--wait', '30'])
    };
}

/** Portal users need their account's owner to have a role; the demo account is owned by the admin. */
export function adminRoleStep(org) {
    return {
        title: 'Give the admin a role if it has none (the demo account’s owner needs one for its portal user)',
        run: (ctx) => {
            const admin = findAdmin(ctx, org);
            const user = queryOne(ctx, `SELECT UserRoleId FROM User WHERE Id = '${admin.id}'`, org);
            if (user?.UserRoleId) {
                ctx.log('  (the admin has a role: kept)');
                return;
            }
            const roleId = ensureRecord(ctx, {
                sobject: 'UserRole',
                existing: queryOne(ctx, "SELECT Id FROM UserRole WHERE Name = 'Support Portal Owner'", org),
                values: { Name: 'Support Portal Owner' },
                org
            });
            ctx.sf([
                'data',
                'update',
                'record',
                '--sobject',
                'User',
                '--record-id',
                admin.id,
                '--values',
                `UserRoleId='${roleId}'`,
                ...org
            ]);
        }
    };
}

/** Idempotent, so that running the install again (an upgrade) does not fail on what is there. */
export function engineerAccessStep(org) {
    return {
        title: 'Make the admin a support engineer: the Support Engineer permission set and the Support Engineers group',
        run: (ctx) => {
            const admin = findAdmin(ctx, org);
            const permissionSetId = idOf(
                ctx,
                queryOne(ctx, "SELECT Id FROM PermissionSet WHERE Name = 'Support_Engineer'", org),
                'The permission set Support_Engineer'
            );
            ensureRecord(ctx, {
                sobject: 'PermissionSetAssignment',
                existing: queryOne(
                    ctx,
                    `SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = '${admin.id}' AND PermissionSetId = '${permissionSetId}'`,
                    org
                ),
                values: { AssigneeId: admin.id, PermissionSetId: permissionSetId },
                org
            });
            // The group: the sharing rule that lets engineers revoke PINs, the Active PINs list view.
            const groupId = idOf(
                ctx,
                queryOne(ctx, "SELECT Id FROM Group WHERE DeveloperName = 'Support_Engineers'", org),
                'The group Support_Engineers'
            );
            ensureRecord(ctx, {
                sobject: 'GroupMember',
                existing: queryOne(
                    ctx,
                    `SELECT Id FROM GroupMember WHERE GroupId = '${groupId}' AND UserOrGroupId = '${admin.id}'`,
                    org
                ),
                values: { GroupId: groupId, UserOrGroupId: admin.id },
                org
            });
        }
    };
}

export function demoDataStep(org) {
    return {
        title: 'Load the demo customer: Acme Corp, Dana Scully, support licenses, cases',
        run: (ctx) => {
            const dir = ctx.dryRun ? '<temporary folder>' : mkdtempSync(join(tmpdir(), 'support-portal-data-'));
            if (!ctx.dryRun) {
                for (const [file, content] of Object.entries(sampleDataFiles())) {
                    writeFileSync(join(dir, file), JSON.stringify(content, null, 2));
                }
            }
            try {
                ctx.sf(['data', 'import', 'tree', '--plan', join(dir, 'plan.json'), ...org]);
            } finally {
                if (!ctx.dryRun) {
                    rmSync(dir, { recursive: true, force: true });
                }
            }
        }
    };
}

export function customerProfileStep(org) {
    return {
        title: 'Find a customer community profile the org has free licenses for',
        run: (ctx) => {
            const names = CUSTOMER_LICENSES.map((name) => `'${name}'`).join(', ');
            const licenses = queryAll(
                ctx,
                `SELECT Name, TotalLicenses, UsedLicenses FROM UserLicense WHERE Name IN (${names})`,
                org
            );
            const profiles = queryAll(
                ctx,
                `SELECT Id, Name, UserLicense.Name FROM Profile WHERE UserLicense.Name IN (${names})`,
                org
            );
            ctx.customerProfile = ctx.dryRun
                ? { Id: '<profile id>', Name: PREFERRED_PROFILE }
                : chooseCustomerProfile(profiles, licenses);
            ctx.log(`  Using the profile ${ctx.customerProfile.Name}.`);
        }
    };
}

export function orgSettingsStep(org) {
    return {
        title: "Deploy the org-wide settings (org-settings): external defaults Private, the sharing set for that profile, the engineers' sharing rule, the Case statuses the portal relies on (the org's own kept), every risky file type download-only",
        run: (ctx) => {
            // A deployed value set is the whole list: the org's own statuses go into it too.
            const statuses = queryAll(ctx, CASE_STATUS_QUERY, org);
            const dir = ctx.dryRun ? '<temporary folder>' : mkdtempSync(join(tmpdir(), 'support-portal-settings-'));
            try {
                ctx.sf(['project', 'convert', 'source', '--source-dir', 'org-settings', '--output-dir', dir]);
                if (!ctx.dryRun) {
                    sharingSetForProfile(join(dir, 'sharingSets'), ctx.customerProfile.Name);
                    mkdirSync(join(dir, 'standardValueSets'), { recursive: true });
                    writeFileSync(
                        join(dir, 'standardValueSets', 'CaseStatus.standardValueSet'),
                        mergedCaseStatusXml(readCaseStatuses(projectRoot), statuses)
                    );
                }
                ctx.sf(['project', 'deploy', 'start', '--metadata-dir', dir, ...org, '--wait', '30']);
            } finally {
                if (!ctx.dryRun) {
                    rmSync(dir, { recursive: true, force: true });
                }
            }
        }
    };
}

/**
 * The org's Case statuses after the deploy: every status of org-settings' value set there, closed or
 * open as deployed (the flows and the case page rely on them). Stops the install, in words, if not.
 */
export function caseStatusStep(org) {
    return {
        title: 'Check the Case statuses in the org: each one the portal relies on is there, closed or open as the portal reads it',
        run: (ctx) => {
            const records = queryAll(ctx, CASE_STATUS_QUERY, org);
            if (ctx.dryRun) {
                return;
            }
            const problems = orgCaseStatusProblems(records, readCaseStatuses(projectRoot));
            if (problems.length) {
                throw new Error(`${problems.join('; ')}.`);
            }
        }
    };
}

// Not `sf org create user`: it sets ContactId in an update after creating the user,
// and a portal user's ContactId can only be set when the user is created.
export function demoCustomerStep(org) {
    return {
        title: "Create the demo customer's portal user, give it the Support Portal Customer permission set and a password",
        run: (ctx) => {
            const contact = queryOne(ctx, "SELECT Id FROM Contact WHERE Email = 'dana.scully@acme.example'", org);
            if (!ctx.dryRun && !contact) {
                throw new Error('The demo contact Dana Scully was not loaded.');
            }
            ctx.customerUsername = `dana.scully.${Date.now()}@acme.example.portal`;
            const user = ctx.sf([
                'data',
                'create',
                'record',
                '--sobject',
                'User',
                ...org,
                '--values',
                recordValues({
                    Username: ctx.customerUsername,
                    Email: 'dana.scully@acme.example',
                    FirstName: 'Dana',
                    LastName: 'Scully',
                    Alias: 'dscully',
                    ProfileId: ctx.customerProfile.Id,
                    ContactId: contact?.Id ?? '<contact id>',
                    TimeZoneSidKey: 'America/New_York',
                    LocaleSidKey: 'en_US',
                    LanguageLocaleKey: 'en_US',
                    EmailEncodingKey: 'UTF-8'
                }),
                '--json'
            ]);
            ctx.customerId = user.result?.id ?? '<user id>';
            const permissionSet = queryOne(
                ctx,
                "SELECT Id FROM PermissionSet WHERE Name = 'Support_Portal_Customer'",
                org
            );
            // The permission set also makes the user a member of the site (the network's member groups).
            ctx.sf([
                'data',
                'create',
                'record',
                '--sobject',
                'PermissionSetAssignment',
                '--values',
                recordValues({
                    AssigneeId: ctx.customerId,
                    PermissionSetId: permissionSet?.Id ?? '<permission set id>'
                }),
                ...org
            ]);
            // The REST "Set User Password" resource (REST API Developer Guide) works for any user
            // the admin manages; the scratch definition's EnableSetPasswordInApi allows it.
            ctx.customerPassword = ctx.dryRun ? '<generated password>' : generatePassword();
            // The body goes through a private temporary file, so the password is in no command line.
            const dir = ctx.dryRun ? '<temporary folder>' : mkdtempSync(join(tmpdir(), 'support-portal-user-'));
            const body = join(dir, 'password.json');
            if (!ctx.dryRun) {
                writeFileSync(body, JSON.stringify({ NewPassword: ctx.customerPassword }), { mode: 0o600 });
            }
            try {
                ctx.sf(
                    [
                        'api',
                        'request',
                        'rest',
                        `/services/data/v${API_VERSION}/sobjects/User/${ctx.customerId}/password`,
                        '--method',
                        'POST',
                        '--body',
                        `@${body}`,
                        ...org
                    ],
                    { quiet: true }
                );
            } finally {
                if (!ctx.dryRun) {
                    rmSync(dir, { recursive: true, force: true });
                }
            }
        }
    };
}

/** The permission set of whoever writes the portal's articles (and of the admin, for the demo articles). */
export const KNOWLEDGE_AUTHOR = 'Support_Knowledge_Author';
/** The demo articles: [{ urlName, product, en: { title, summary, body }, de: { … } }]. */
export const DEMO_ARTICLES_FILE = 'data/knowledge-articles.json';
export const KNOWLEDGE_REQUIRED =
    'Turn on Lightning Knowledge (Setup → Knowledge Settings) before installing the Support Portal: its article suggestions read Knowledge articles';

/**
 * Knowledge is a prerequisite of the package: the platform validates the components' GraphQL
 * (which names Knowledge__kav) against the org's schema when they deploy, so the package cannot
 * install where Knowledge is off. Describing Knowledge__kav fails there ("Lightning Knowledge must
 * be enabled in your org", Object Reference, Knowledge__kav): stop before installing, in words.
 */
export function knowledgeRequiredStep(org) {
    return {
        title: 'Check that the org has Lightning Knowledge (the package needs it)',
        run: (ctx) => {
            try {
                ctx.sf(['sobject', 'describe', '--sobject', 'Knowledge__kav', ...org, '--json']);
            } catch (error) {
                throw new Error(`${KNOWLEDGE_REQUIRED}. (Knowledge__kav: ${error.message})`, { cause: error });
            }
        }
    };
}

/**
 * Authoring articles needs the Knowledge User feature license ("Salesforce Knowledge users,
 * unlike customer and partner users, must also be granted the Knowledge User feature license",
 * Object Reference, Knowledge__kav): the User's UserPermissionsKnowledgeUser checkbox. Needed for
 * the demo articles; elsewhere a missing free license is reported, not fatal.
 */
export function knowledgeUserStep(org, { demoData }) {
    return {
        title: 'Make the admin a Knowledge user (to write and publish articles)',
        run: (ctx) => {
            const admin = findAdmin(ctx, org);
            const user = queryOne(ctx, `SELECT UserPermissionsKnowledgeUser FROM User WHERE Id = '${admin.id}'`, org);
            if (user?.UserPermissionsKnowledgeUser) {
                ctx.log('  (the admin is a Knowledge user: kept)');
                return;
            }
            try {
                ctx.sf([
                    'data',
                    'update',
                    'record',
                    '--sobject',
                    'User',
                    '--record-id',
                    admin.id,
                    '--values',
                    'UserPermissionsKnowledgeUser=true',
                    ...org
                ]);
            } catch (error) {
                if (demoData) {
                    throw error;
                }
                ctx.log(`  (not done: ${error.message}; give an article author the Knowledge User license in Setup)`);
            }
        }
    };
}

/**
 * The admin writes articles (the demo articles among them): a deploy grants field access to no
 * profile, so Body__c and Product__c are writable only through a permission set ("After creating
 * your scratch org and deploying the source, you must sometimes give your users access to your
 * application", Salesforce DX Developer Guide, Assign a Permission Set:
 * https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_assign_permset.htm).
 */
export function knowledgeAuthorStep(org) {
    return {
        title: `Give the admin the ${KNOWLEDGE_AUTHOR} permission set (to write articles with their Body and Product)`,
        run: (ctx) => {
            const admin = findAdmin(ctx, org);
            const permissionSetId = idOf(
                ctx,
                queryOne(ctx, `SELECT Id FROM PermissionSet WHERE Name = '${KNOWLEDGE_AUTHOR}'`, org),
                `The permission set ${KNOWLEDGE_AUTHOR}`
            );
            ensureRecord(ctx, {
                sobject: 'PermissionSetAssignment',
                existing: queryOne(
                    ctx,
                    `SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = '${admin.id}' AND PermissionSetId = '${permissionSetId}'`,
                    org
                ),
                values: { AssigneeId: admin.id, PermissionSetId: permissionSetId },
                org
            });
        }
    };
}

/** The demo articles, or none when the file is missing. */
export function demoArticles(file = join(projectRoot, DEMO_ARTICLES_FILE)) {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
}

const quote = (text) => String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'");

/** A REST call through the CLI; `body` (an object) goes through a private file in `dir`, never the command line. */
function rest(ctx, org, dir, { path, method = 'GET', body, name = 'body' }) {
    const args = ['api', 'request', 'rest', `/services/data/v${API_VERSION}${path}`, '--method', method];
    if (body !== undefined) {
        const file = join(dir, `${name}.json`);
        if (!ctx.dryRun) {
            writeFileSync(file, JSON.stringify(body), { mode: 0o600 });
        }
        args.push('--body', `@${file}`);
    }
    return ctx.sf([...args, ...org], { parse: true });
}

/**
 * An invocable Knowledge action ("Knowledge Actions", Actions Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.api_action.meta/api_action/actions_obj_knowledge.htm):
 * POST { inputs: [...] } to /actions/standard/<action>; it answers [{ isSuccess, errors, outputValues }].
 */
function knowledgeAction(ctx, org, dir, action, input, name) {
    const answer = rest(ctx, org, dir, {
        path: `/actions/standard/${action}`,
        method: 'POST',
        body: { inputs: [input] },
        name
    });
    const result = [answer].flat()[0];
    if (!ctx.dryRun && result?.isSuccess === false) {
        const outputs = Object.values(result.outputValues ?? {}).filter((value) => value !== 'Success');
        const errors = (result.errors ?? []).map((error) => error.message ?? JSON.stringify(error));
        throw new Error(`${action} failed: ${[...errors, ...outputs].join('; ') || 'no reason given'}`);
    }
    return result;
}

/** A Knowledge__kav version of the article in a language and status, if any (SOQL on article versions filters on PublishStatus). */
function articleVersion(ctx, org, where, language, status) {
    return queryOne(
        ctx,
        `SELECT Id, KnowledgeArticleId FROM Knowledge__kav WHERE ${where} AND Language = '${language}' AND PublishStatus = '${status}' LIMIT 1`,
        org
    );
}

/**
 * One demo article: the English version created and published, then the German translation
 * submitted, filled in and published. An article already online in a language is kept, so the
 * step runs again safely.
 */
function loadArticle(ctx, org, dir, article, index) {
    const admin = findAdmin(ctx, org);
    const byUrl = `UrlName = '${quote(article.urlName)}'`;
    const content = (language) => ({
        Title: article[language].title,
        Summary: article[language].summary,
        Body__c: article[language].body
    });
    let english = articleVersion(ctx, org, byUrl, 'en_US', 'Online');
    if (english) {
        ctx.log(`  (${article.urlName}: online in English: kept)`);
    } else {
        const draft = articleVersion(ctx, org, byUrl, 'en_US', 'Draft');
        // Lightning Knowledge creates article versions through Knowledge__kav (Object Reference).
        const id =
            draft?.Id ??
            rest(ctx, org, dir, {
                path: '/sobjects/Knowledge__kav',
                method: 'POST',
                name: `${index}-en`,
                body: {
                    ...content('en'),
                    UrlName: article.urlName,
                    Product__c: article.product,
                    Language: 'en_US',
                    IsVisibleInCsp: true,
                    IsVisibleInPkb: false
                }
            }).id ??
            `<${article.urlName} en_US version id>`;
        knowledgeAction(
            ctx,
            org,
            dir,
            'publishKnowledgeArticles',
            { articleVersionIdList: [id], pubAction: 'PUBLISH_ARTICLE' },
            `${index}-publish-en`
        );
        english = queryOne(ctx, `SELECT Id, KnowledgeArticleId FROM Knowledge__kav WHERE Id = '${id}'`, org) ?? {
            Id: id,
            KnowledgeArticleId: `<${article.urlName} article id>`
        };
    }
    const byArticle = `KnowledgeArticleId = '${english.KnowledgeArticleId}'`;
    for (const language of translationsOf(article)) {
        if (articleVersion(ctx, org, byArticle, language, 'Online')) {
            ctx.log(`  (${article.urlName}: online in ${language}: kept)`);
            continue;
        }
        let translation = articleVersion(ctx, org, byArticle, language, 'Draft');
        if (!translation) {
            knowledgeAction(
                ctx,
                org,
                dir,
                'submitKnowledgeArticleForTranslation',
                { articleId: english.KnowledgeArticleId, language, assigneeId: admin.id },
                `${index}-translate-${language}`
            );
            // The action answers the article and language, not the draft translation's Id.
            translation = articleVersion(ctx, org, byArticle, language, 'Draft') ?? {
                Id: `<${article.urlName} ${language} version id>`
            };
        }
        rest(ctx, org, dir, {
            path: `/sobjects/Knowledge__kav/${translation.Id}`,
            method: 'PATCH',
            name: `${index}-${language}`,
            body: content(language)
        });
        knowledgeAction(
            ctx,
            org,
            dir,
            'publishKnowledgeArticles',
            { articleVersionIdList: [translation.Id], pubAction: 'PUBLISH_TRANSLATION' },
            `${index}-publish-${language}`
        );
    }
}

/** The languages a demo article is translated into: every version but English ('en'), by its code. */
export function translationsOf(article) {
    return Object.keys(article).filter((key) => !['urlName', 'product', 'en'].includes(key));
}

export function demoArticlesStep(org, { file } = {}) {
    return {
        title: `Load the demo Knowledge articles (${DEMO_ARTICLES_FILE}): each published in English and every translation it has, for customers`,
        run: (ctx) => {
            const articles = demoArticles(file);
            if (!articles.length) {
                ctx.log(`  (no articles in ${DEMO_ARTICLES_FILE}: none loaded)`);
                return;
            }
            // Bodies go through private temporary files, never the command line.
            const dir = ctx.dryRun ? '<temporary folder>' : mkdtempSync(join(tmpdir(), 'support-portal-articles-'));
            try {
                articles.forEach((article, index) => loadArticle(ctx, org, dir, article, index + 1));
            } finally {
                if (!ctx.dryRun) {
                    rmSync(dir, { recursive: true, force: true });
                }
            }
        }
    };
}

export function publishSiteStep(org) {
    return {
        title: `Publish the ${SITE_NAME} site`,
        run: (ctx) => ctx.sf(['community', 'publish', '--name', SITE_NAME, ...org])
    };
}

/** The external client app scratch:verify signs in through, as the demo customer. */
export const CHECKS_APP = 'Support_Portal_Checks';

/** Where the install keeps the demo customer's sign-in for scratch:verify: the project's .sf folder (git-ignored), readable by you only. */
export function customerSignInFile(alias) {
    return join(projectRoot, '.sf', 'support-portal', `${alias}-customer.json`);
}

/** The site's address, https://<domain>/<path>, or a stand-in in a dry run. */
function siteUrlOf(ctx, org) {
    const domain = queryOne(ctx, `SELECT Domain.Domain FROM DomainSite WHERE PathPrefix = '/${SITE_PATH}'`, org)?.Domain
        ?.Domain;
    if (!domain && !ctx.dryRun) {
        throw new Error(`The ${SITE_NAME} site has no domain (DomainSite with the path /${SITE_PATH})`);
    }
    return `https://${domain ?? '<site domain>'}/${SITE_PATH}`;
}

const xmlText = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const metadataXml = (type, fields) =>
    [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<${type} xmlns="http://soap.sforce.com/2006/04/metadata">`,
        ...Object.entries(fields).map(([name, value]) => `    <${name}>${xmlText(value)}</${name}>`),
        `</${type}>`,
        ''
    ].join('\n');

/**
 * The metadata (Metadata API format: file → text) that lets scratch:verify sign in as the demo
 * customer with headless login, the Authorization Code and Credentials Flow ("Headless Identity
 * APIs: Authorization Code and Credentials Flow for Private Clients", Salesforce Help:
 * https://help.salesforce.com/apex/HTViewHelpDoc?id=remoteaccess_authorization_code_credentials_flow.htm).
 * Not the username-password flow: "The OAuth 2.0 username-password flow isn't supported for
 * Experience Cloud sites" ("OAuth 2.0 Username-Password Flow for Special Scenarios",
 * https://help.salesforce.com/apex/HTViewHelpDoc?id=remoteaccess_oauth_username_password_flow.htm).
 * - the org allows the flow: OauthOidcSettings.oAuthCdCrdtFlowEnable ("Allow Authorization Code and
 *   Credentials Flows", https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_oauthoidcsettings.htm);
 * - an external client app ("Connected apps creation is restricted as of Spring '26 ... we recommend
 *   using external client apps", OAuth Authorization Flows, Salesforce Help:
 *   https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_flows_ca.htm) for a private
 *   client: a secret, PKCE, the flow on, callback the site's OAuth echo endpoint, users of the
 *   customer permission set pre-authorized ("OAuth 2.0 for First-Party Applications: Configure an
 *   External Client App for Headless Identity Flows",
 *   https://help.salesforce.com/apex/HTViewHelpDoc?id=xcloud.remoteaccess_eca_auth_challenge.htm;
 *   "Create an OAuth-Enabled External Client App", Headless Identity Implementation Guide,
 *   https://developer.salesforce.com/docs/atlas.en-us.headless_identity.meta/headless_identity/headless_identity_create_connected_app.htm).
 *   The consumer key and secret are the install's (optional fields of the global OAuth settings,
 *   "Configure the External Client App Global OAuth Settings",
 *   https://help.salesforce.com/apex/HTViewHelpDoc?id=xcloud.meta_configure_external_client_app_global_oauth_settings.htm),
 *   so the install knows them without reading secrets back.
 */
export function customerSignInMetadata({ siteUrl, permissionSetId, clientId, clientSecret, contactEmail }) {
    const app = CHECKS_APP;
    const names = {
        oauth: `${app}_oauth`,
        global: `${app}_glbloauth`,
        oauthPolicy: `${app}_oauthPlcy`,
        policy: `${app}_plcy`
    };
    const types = {
        Settings: ['ExternalClientApp', 'OauthOidc'],
        ExternalClientApplication: [app],
        ExtlClntAppOauthSettings: [names.oauth],
        ExtlClntAppGlobalOauthSettings: [names.global],
        ExtlClntAppOauthConfigurablePolicies: [names.oauthPolicy],
        ExtlClntAppConfigurablePolicies: [names.policy]
    };
    const packageXml = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Package xmlns="http://soap.sforce.com/2006/04/metadata">',
        ...Object.entries(types).flatMap(([type, members]) => [
            '    <types>',
            ...members.map((member) => `        <members>${member}</members>`),
            `        <name>${type}</name>`,
            '    </types>'
        ]),
        `    <version>${API_VERSION}</version>`,
        '</Package>',
        ''
    ].join('\n');
    return {
        'package.xml': packageXml,
        'settings/ExternalClientApp.settings': metadataXml('ExternalClientAppSettings', {
            enableConsumerSecretApiAccess: true,
            enableExternalClientApps: true
        }),
        'settings/OauthOidc.settings': metadataXml('OauthOidcSettings', { oAuthCdCrdtFlowEnable: true }),
        [`externalClientApps/${app}.eca`]: metadataXml('ExternalClientApplication', {
            contactEmail,
            description:
                'Lets npm run scratch:verify sign in to the Support Portal site as the demo customer (headless login) to run the customer’s queries. Made by the install with --demo-data; delete it with the demo customer.',
            distributionState: 'Local',
            isProtected: false,
            label: 'Support Portal Checks'
        }),
        [`extlClntAppOauthSettings/${names.oauth}.ecaOauth`]: metadataXml('ExtlClntAppOauthSettings', {
            commaSeparatedOauthScopes: 'Api',
            externalClientApplication: app,
            label: names.oauth
        }),
        [`extlClntAppGlobalOauthSets/${names.global}.ecaGlblOauth`]: metadataXml('ExtlClntAppGlobalOauthSettings', {
            callbackUrl: `${siteUrl}/services/oauth2/echo`,
            consumerKey: clientId,
            consumerSecret: clientSecret,
            externalClientApplication: app,
            isCodeCredFlowEnabled: true,
            isCodeCredPostOnly: false,
            isConsumerSecretOptional: false,
            isPkceRequired: true,
            label: names.global
        }),
        [`extlClntAppOauthPolicies/${names.oauthPolicy}.ecaOauthPlcy`]: metadataXml(
            'ExtlClntAppOauthConfigurablePolicies',
            {
                commaSeparatedPermissionSet: permissionSetId,
                externalClientApplication: app,
                label: names.oauthPolicy,
                permittedUsersPolicyType: 'AdminApprovedPreAuthorized'
            }
        ),
        [`extlClntAppPolicies/${names.policy}.ecaPlcy`]: metadataXml('ExtlClntAppConfigurablePolicies', {
            externalClientApplication: app,
            isEnabled: true,
            isOauthPluginEnabled: true,
            label: names.policy
        })
    };
}

/**
 * The demo customer's sign-in for scratch:verify, which checks what the customer can read with the
 * customer's own session: the external client app and the org setting above, deployed from a private
 * temporary folder, and the sign-in (site address, username, password, client Id and secret) kept in
 * customerSignInFile(alias). Not fatal: the portal works without it; scratch:verify then says the
 * customer cannot sign in, and why.
 */
export function customerSignInStep(org, { alias }) {
    return {
        title: `Let scratch:verify sign in as the demo customer: the Authorization Code and Credentials Flow allowed, the external client app ${CHECKS_APP} for the customer permission set`,
        run: (ctx) => {
            const dir = ctx.dryRun ? '<temporary folder>' : mkdtempSync(join(tmpdir(), 'support-portal-signin-'));
            try {
                const siteUrl = siteUrlOf(ctx, org);
                const permissionSetId = idOf(
                    ctx,
                    queryOne(ctx, "SELECT Id FROM PermissionSet WHERE Name = 'Support_Portal_Customer'", org),
                    'The permission set Support_Portal_Customer'
                );
                const sign = {
                    siteUrl,
                    username: ctx.customerUsername,
                    password: ctx.customerPassword,
                    clientId: `SupportPortalChecks${randomBytes(24).toString('hex')}`,
                    clientSecret: randomBytes(32).toString('hex')
                };
                const admin = findAdmin(ctx, org);
                if (!ctx.dryRun) {
                    const files = customerSignInMetadata({
                        siteUrl,
                        permissionSetId,
                        clientId: sign.clientId,
                        clientSecret: sign.clientSecret,
                        contactEmail: admin.username ?? 'admin@example.com'
                    });
                    for (const [file, text] of Object.entries(files)) {
                        mkdirSync(dirname(join(dir, file)), { recursive: true, mode: 0o700 });
                        writeFileSync(join(dir, file), text, { mode: 0o600 });
                    }
                }
                ctx.sf(['project', 'deploy', 'start', '--metadata-dir', dir, ...org, '--wait', '30']);
                const file = customerSignInFile(alias);
                ctx.log(`  (the demo customer's sign-in for scratch:verify: ${file}, readable by you only)`);
                if (!ctx.dryRun) {
                    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
                    writeFileSync(file, `${JSON.stringify(sign, null, 2)}\n`, { mode: 0o600 });
                }
            } catch (error) {
                ctx.log(
                    `  (not done: ${error.message}. scratch:verify will say the demo customer cannot sign in; docs/scratch-org.md says what to set up by hand)`
                );
            } finally {
                if (!ctx.dryRun) {
                    rmSync(dir, { recursive: true, force: true });
                }
            }
        }
    };
}

/**
 * The Support Portal Setting's Default record as the project ships it
 * (force-app/main/default/customMetadata), with the emails' links set: Site URL (the site, which
 * emails to customers link under) and App URL (the org, which emails to Thycotic link under).
 */
export function settingWithLinks(xml, { siteUrl, appUrl }) {
    const set = (text, field, value) => {
        const pattern = new RegExp(`(<field>${field}</field>\\s*<value[^>]*>)[^<]*(</value>)`);
        if (!pattern.test(text)) {
            throw new Error(`the Support Portal Setting's Default record has no ${field}`);
        }
        return text.replace(pattern, (_, open, close) => `${open}${xmlText(value)}${close}`);
    };
    return set(set(xml, 'Site_Url__c', siteUrl), 'App_Url__c', appUrl);
}

/**
 * Points the emails' links at this org: the setting's Site URL at the site, its App URL at the
 * org's address (a record page under it opens in Lightning). Deployed as metadata (a custom
 * metadata record), from a temporary folder. Not fatal: the emails still go, with the links the
 * package ships, and the admin sets both in Setup.
 */
export function emailLinksStep(org) {
    return {
        title: "Point the emails' links at this org: the Support Portal Setting's Site URL (the site) and App URL (the org)",
        run: (ctx) => {
            const dir = ctx.dryRun ? '<temporary folder>' : mkdtempSync(join(tmpdir(), 'support-portal-links-'));
            try {
                const siteUrl = siteUrlOf(ctx, org);
                const appUrl = ctx.sf(['org', 'display', ...org, '--json'])?.result?.instanceUrl ?? '<org address>';
                if (!ctx.dryRun) {
                    const source = readFileSync(
                        join(
                            projectRoot,
                            'force-app/main/default/customMetadata/Support_Portal_Setting.Default.md-meta.xml'
                        ),
                        'utf8'
                    );
                    mkdirSync(join(dir, 'customMetadata'), { recursive: true });
                    writeFileSync(
                        join(dir, 'customMetadata', 'Support_Portal_Setting.Default.md'),
                        settingWithLinks(source, { siteUrl, appUrl })
                    );
                    writeFileSync(
                        join(dir, 'package.xml'),
                        [
                            '<?xml version="1.0" encoding="UTF-8"?>',
                            '<Package xmlns="http://soap.sforce.com/2006/04/metadata">',
                            '    <types>',
                            '        <members>Support_Portal_Setting.Default</members>',
                            '        <name>CustomMetadata</name>',
                            '    </types>',
                            '    <version>64.0</version>',
                            '</Package>',
                            ''
                        ].join('\n')
                    );
                }
                ctx.sf(['project', 'deploy', 'start', '--metadata-dir', dir, ...org, '--wait', '30']);
                ctx.log(`  (emails link to the site at ${siteUrl} and to cases in the app at ${appUrl})`);
            } catch (error) {
                ctx.log(
                    `  (not done: ${error.message}. Set Site URL and App URL in Setup, Custom Metadata Types, Support Portal Setting, Default)`
                );
            } finally {
                if (!ctx.dryRun) {
                    rmSync(dir, { recursive: true, force: true });
                }
            }
        }
    };
}

export function printAccessStep(org, { alias, demoData }) {
    return {
        title: "Print the site's address and how to log in",
        run: (ctx) => {
            const domain = queryOne(ctx, `SELECT Domain.Domain FROM DomainSite WHERE PathPrefix = '/${SITE_PATH}'`, org)
                ?.Domain?.Domain;
            ctx.log(`\nSupport Portal: https://${domain ?? '<your site domain>'}/${SITE_PATH}/`);
            if (demoData) {
                ctx.log(`Log in as the demo customer, Dana Scully of Acme Corp:`);
                ctx.log(`  username ${ctx.customerUsername ?? '<customer username>'}`);
                ctx.log(`  password ${ctx.customerPassword ?? '<generated password>'}`);
            } else {
                ctx.log(
                    'Give each customer contact a portal user on a customer community profile and the Support Portal Customer permission set, which also reads the articles the portal suggests (docs/security-model.md).'
                );
            }
            ctx.log(
                `Article authors need the Knowledge User license and the ${KNOWLEDGE_AUTHOR} permission set. ` +
                    'The portal suggests only published articles visible to customers (Visible to Customer); ' +
                    "where articles have data categories, a customer sees those their account manager's role may see."
            );
            ctx.log(`Setup and data as the admin: npx sf org open --target-org ${alias}`);
            if (demoData) {
                ctx.log(`Check the install: npm run scratch:verify -- --alias ${alias}`);
            }
        }
    };
}

/**
 * Everything after the components are in the org, in order. The org has Knowledge (a
 * prerequisite: the scratch definition turns it on, package:install checks it first). The demo
 * customer (its data, the admin's role its portal user needs, the user itself, the demo articles)
 * only when `demoData` is set.
 */
export function postInstallSteps({ alias, demoData }) {
    const org = ['--target-org', alias];
    return [
        deploySiteStep(org),
        ...(demoData ? [adminRoleStep(org)] : []),
        engineerAccessStep(org),
        knowledgeUserStep(org, { demoData }),
        knowledgeAuthorStep(org),
        ...(demoData ? [demoDataStep(org), demoArticlesStep(org)] : []),
        customerProfileStep(org),
        orgSettingsStep(org),
        caseStatusStep(org),
        ...(demoData ? [demoCustomerStep(org)] : []),
        publishSiteStep(org),
        emailLinksStep(org),
        ...(demoData ? [customerSignInStep(org, { alias })] : []),
        printAccessStep(org, { alias, demoData })
    ];
}
