// The checks of `npm test` on org-settings/, what the install deploys org-wide: the sharing sets
// hold one access mapping per object, the Case status value set has every status the portal
// relies on, counted closed or open as the portal reads it (org-model/caseStatuses.mjs), and the
// file upload and download security makes every risky file type download-only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
    caseStatusesNamed,
    caseStatusProblems,
    readCaseStatuses,
    readCaseStatusTranslations
} from '../../org-model/caseStatuses.mjs';

const SHARING_SETS_DIR = 'org-settings/main/default/sharingSets';
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'accessMappings' });

/**
 * A sharing set's access mappings, at most one per object: Setup offers one access mapping per
 * object in a sharing set ("You can grant access to records via access mapping, which defines
 * access for each object in the sharing set", Create a Sharing Set for Experience Cloud Site Users,
 * Salesforce Help: https://help.salesforce.com/apex/HTViewHelpDoc?id=networks_setting_light_users.htm).
 * `sets` maps a file to its parsed SharingSet.
 */
export function sharingSetProblems(sets) {
    return Object.entries(sets).flatMap(([file, set]) => {
        const byObject = new Map();
        for (const mapping of set.accessMappings ?? []) {
            byObject.set(String(mapping.object), [...(byObject.get(String(mapping.object)) ?? []), mapping]);
        }
        return [...byObject]
            .filter(([, mappings]) => mappings.length > 1)
            .map(
                ([object, mappings]) =>
                    `${file}: ${object} has ${mappings.length} access mappings (${mappings
                        .map((m) => `${object}.${m.objectField} = User.${m.userField}`)
                        .join(', ')}); a sharing set holds one access mapping per object (Salesforce Help, ` +
                    '"Create a Sharing Set for Experience Cloud Site Users"): keep one'
            );
    });
}

export function checkSharingSets(project) {
    const dir = join(project.root, SHARING_SETS_DIR);
    const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.sharingSet-meta.xml')) : [];
    return sharingSetProblems(
        Object.fromEntries(
            files.map((file) => [
                `${SHARING_SETS_DIR}/${file}`,
                parser.parse(readFileSync(join(dir, file), 'utf8')).SharingSet ?? {}
            ])
        )
    );
}

/** The Case status value set, for a project that deploys org-wide settings (a fixture without org-settings/ has none to check). */
export function checkCaseStatuses(project) {
    if (!existsSync(join(project.root, 'org-settings'))) {
        return [];
    }
    return caseStatusProblems({
        values: readCaseStatuses(project.root),
        named: caseStatusesNamed(project.root),
        translations: readCaseStatusTranslations(project.root)
    });
}

// File upload and download security: what a browser does with a file downloaded from the org. The
// element names and values are FileUploadAndDownloadSecuritySettings' (Metadata API Developer
// Guide: https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_fileuploadanddownloadsecuritysettings.htm):
// `dispositions` of a `fileType`, a `behavior` (DOWNLOAD, EXECUTE or HYBRID) and the read-only
// `securityRiskFileType`. The guide names the file types a disposition takes and those that "are a
// security risk and can not have EXECUTE behavior"; the portal wants every one of those DOWNLOAD
// (HYBRID opens some in the browser), so an uploaded HTML or SVG file never runs on a Salesforce domain.
export const FILE_SECURITY_FILE = 'org-settings/main/default/settings/FileUploadAndDownloadSecurity.settings-meta.xml';
export const RISKY_FILE_TYPES = ['EXE', 'FLASH', 'HTML', 'RFC822', 'SVG', 'TXML', 'UNKNOWN', 'WEBVIEW', 'XHTML', 'XML'];
export const DISPOSITION_FILE_TYPES = [
    ...RISKY_FILE_TYPES,
    ...['AVI', 'EXCEL', 'EXCEL_X', 'INSIGHT', 'MOV', 'MP3', 'MP4', 'MPEG', 'PDF', 'POWER_POINT', 'POWER_POINT_X'],
    ...['WAV', 'WMA', 'WMV', 'WORD', 'WORD_X']
];
const BEHAVIORS = ['DOWNLOAD', 'EXECUTE', 'HYBRID'];

const settingsParser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'dispositions' });

/** The dispositions of a FileUploadAndDownloadSecuritySettings file's XML: [{ fileType, behavior, securityRiskFileType }]. */
export function parseFileSecurity(xml) {
    return (settingsParser.parse(xml).FileUploadAndDownloadSecuritySettings?.dispositions ?? []).map((d) => ({
        fileType: String(d.fileType ?? d.filetype ?? ''),
        behavior: String(d.behavior ?? ''),
        securityRiskFileType: d.securityRiskFileType === undefined ? undefined : String(d.securityRiskFileType)
    }));
}

/**
 * What is wrong with `dispositions` (parsed), in words naming `where` (a file, or "the org"): each
 * risky type DOWNLOAD, one disposition per type, only types and behaviours the Metadata API takes,
 * and securityRiskFileType as the platform has it (read-only: a wrong value does not deploy as written).
 */
export function fileSecurityProblems(dispositions, where = FILE_SECURITY_FILE) {
    const problems = [];
    const byType = new Map();
    for (const d of dispositions) {
        byType.set(d.fileType, [...(byType.get(d.fileType) ?? []), d]);
        if (!DISPOSITION_FILE_TYPES.includes(d.fileType)) {
            problems.push(
                `${where}: "${d.fileType}" is not a file type a disposition takes (${DISPOSITION_FILE_TYPES.join(', ')})`
            );
        }
        if (!BEHAVIORS.includes(d.behavior)) {
            problems.push(
                `${where}: ${d.fileType} has the behavior "${d.behavior}"; the Metadata API takes ${BEHAVIORS.join(', ')}`
            );
        }
        const risky = RISKY_FILE_TYPES.includes(d.fileType);
        if (d.securityRiskFileType !== undefined && d.securityRiskFileType !== String(risky)) {
            problems.push(
                `${where}: ${d.fileType} says securityRiskFileType ${d.securityRiskFileType}; the platform counts it ${risky ? 'a' : 'no'} security risk (the field is read-only): write ${risky}`
            );
        }
    }
    for (const [fileType, list] of byType) {
        if (list.length > 1) {
            problems.push(`${where}: ${fileType} has ${list.length} dispositions; keep one`);
        }
    }
    for (const fileType of RISKY_FILE_TYPES) {
        const behavior = byType.get(fileType)?.[0]?.behavior;
        if (behavior === undefined) {
            problems.push(
                `${where}: no disposition for ${fileType}, a file type the platform counts as a security risk: add one with <behavior>DOWNLOAD</behavior>, so such a file is downloaded, never opened in the browser`
            );
        } else if (behavior !== 'DOWNLOAD' && BEHAVIORS.includes(behavior)) {
            problems.push(
                `${where}: ${fileType} is ${behavior}, not DOWNLOAD: a ${fileType} file a customer uploads could open in the browser on a Salesforce domain`
            );
        }
    }
    return problems;
}

/** org-settings' file upload and download security, for a project that deploys org-wide settings. */
export function checkFileSecurity(project) {
    if (!existsSync(join(project.root, 'org-settings'))) {
        return [];
    }
    const file = join(project.root, FILE_SECURITY_FILE);
    if (!existsSync(file)) {
        return [
            `${FILE_SECURITY_FILE} is missing: without it a new org keeps its default file download behaviour (FileUploadAndDownloadSecuritySettings)`
        ];
    }
    return fileSecurityProblems(parseFileSecurity(readFileSync(file, 'utf8')));
}
