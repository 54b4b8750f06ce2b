// The checks of `npm test` on org-settings/, what the install deploys org-wide: the sharing sets
// hold one access mapping per object, and the Case status value set has every status the portal
// relies on, counted closed or open as the portal reads it (org-model/caseStatuses.mjs).
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
