// scratch:verify's checks of what only an org proves about files on a case:
// - the org's file upload and download security is org-settings' (every risky type DOWNLOAD), read
//   back with a Metadata API retrieve of Settings:FileUploadAndDownloadSecurity (the Tooling API has
//   no object for it; the Metadata API Developer Guide documents it as a Settings type:
//   https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_fileuploadanddownloadsecuritysettings.htm);
// - the validation rule No_Active_File_Type runs for the demo customer's upload: a ContentVersion
//   named .html, published to her case through the REST API with her session, is refused in the
//   rule's words, and the same upload of a .log file is stored (then deleted by the admin). Portal
//   users "must also supply the NetworkId of the Experience Cloud site in the request" (Object
//   Reference, ContentVersion: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contentversion.htm).
// What lightning-file-upload itself sends is the platform's; docs/scratch-org.md says how to try it by eye.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSecurityProblems, parseFileSecurity } from './orgSettingsChecks.mjs';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { API_VERSION } from './portalSetup.mjs';

const SETTINGS_FILE = 'FileUploadAndDownloadSecurity.settings';
const RULE = 'No_Active_File_Type';

/** The retrieved settings file anywhere under `dir` (the CLI unzips into a folder of its own). */
function findFile(dir, name) {
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
        const path = join(dir, entry.name);
        const found = entry.isDirectory() ? findFile(path, name) : entry.name === name ? path : undefined;
        if (found) {
            return found;
        }
    }
    return undefined;
}

export function fileSecuritySettingsCheck(org) {
    return {
        title: 'The org’s file upload and download security is org-settings’: every file type the platform counts as a security risk (HTML, SVG, XHTML, XML …) is download-only',
        run: (ctx) => {
            const dir = ctx.dryRun
                ? '<temporary folder>'
                : mkdtempSync(join(tmpdir(), 'support-portal-file-security-'));
            try {
                ctx.sf([
                    'project',
                    'retrieve',
                    'start',
                    '--metadata',
                    'Settings:FileUploadAndDownloadSecurity',
                    '--target-metadata-dir',
                    dir,
                    '--unzip',
                    ...org,
                    '--json'
                ]);
                if (ctx.dryRun) {
                    return [];
                }
                const file = findFile(dir, SETTINGS_FILE);
                return file
                    ? fileSecurityProblems(parseFileSecurity(readFileSync(file, 'utf8')), 'the org')
                    : [`the retrieve of Settings:FileUploadAndDownloadSecurity brought no ${SETTINGS_FILE}`];
            } finally {
                if (!ctx.dryRun) {
                    rmSync(dir, { recursive: true, force: true });
                }
            }
        }
    };
}

const codesOf = (json) => (Array.isArray(json) ? json.map((error) => error.errorCode) : []);

/**
 * What is wrong with the org's answers to the customer's .html upload (`refused`) and .log upload
 * (`accepted`), in words. `message` is the rule's English error message.
 */
export function fileTypeRuleProblems(refused, accepted, message) {
    const refusedCodes = codesOf(refused.json);
    const refusedByRule =
        refused.status >= 400 &&
        refusedCodes.includes('FIELD_CUSTOM_VALIDATION_EXCEPTION') &&
        refused.json.some((error) => error.message === message);
    return [
        refused.status < 400 &&
            `the org stored the demo customer's .html file: the validation rule ${RULE} on ContentVersion did not run for her upload`,
        refused.status >= 400 &&
            !refusedByRule &&
            `the demo customer's .html file was refused with ${refused.status} ${refusedCodes.join(', ') || 'no error code'}, not by ${RULE} ("${message}")`,
        accepted.status >= 400 &&
            `the control failed: the demo customer's .log file was refused too (${accepted.status} ${codesOf(accepted.json).join(', ') || 'no error code'}): check her access to files on her case`
    ].filter(Boolean);
}

/**
 * The customer's uploads (`asCustomer` calls the REST API with her session on the site; `notSignedIn`
 * is what a check says when she could not sign in). Needs the demo case (ctx.demoCaseId).
 */
export function fileTypeRuleCheck(org, asCustomer, notSignedIn, siteName) {
    const message = readProjectMetadata().objects.ContentVersion.validationRules.find(
        (r) => r.name === RULE
    )?.errorMessage;
    const upload = (ctx, networkId, name) =>
        asCustomer(ctx, {
            method: 'POST',
            path: '/sobjects/ContentVersion',
            body: JSON.stringify({
                Title: 'scratch-verify',
                PathOnClient: name,
                VersionData: Buffer.from('scratch:verify\n').toString('base64'),
                FirstPublishLocationId: ctx.demoCaseId ?? '<demo case id>',
                NetworkId: networkId ?? '<network id>'
            }),
            shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/sobjects/ContentVersion <${name} on the demo case>`
        });
    /** A file the check stored: deleted again by the admin (its ContentDocument, and so every version). */
    const remove = (ctx, answer) => {
        const versionId = answer.json?.id;
        if (ctx.dryRun || !versionId) {
            return;
        }
        const documentId = ctx.sf([
            'data',
            'query',
            '--query',
            `SELECT ContentDocumentId FROM ContentVersion WHERE Id = '${versionId}'`,
            ...org,
            '--json'
        ]).result?.records?.[0]?.ContentDocumentId;
        if (documentId) {
            ctx.sf([
                'data',
                'delete',
                'record',
                '--sobject',
                'ContentDocument',
                '--record-id',
                documentId,
                ...org,
                '--json'
            ]);
        }
    };
    return {
        title: `As the demo customer: a file named .html published to her case is refused by the validation rule ${RULE}; the same upload of a .log file is stored (and deleted again)`,
        run: async (ctx) => {
            if (!ctx.customer) {
                return [notSignedIn];
            }
            const networkId = ctx.sf([
                'data',
                'query',
                '--query',
                `SELECT Id FROM Network WHERE Name = '${siteName}'`,
                ...org,
                '--json'
            ]).result?.records?.[0]?.Id;
            const refused = await upload(ctx, networkId, 'scratch-verify.html');
            const accepted = await upload(ctx, networkId, 'scratch-verify.log');
            remove(ctx, refused);
            remove(ctx, accepted);
            return ctx.dryRun ? [] : fileTypeRuleProblems(refused, accepted, message);
        }
    };
}
