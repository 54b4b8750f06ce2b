// The package checks of `npm test`: the package definition in sfdx-project.json, and the
// upgrade safety of the source against the last released version's manifest.
import { lastReleased, manifestFromSource, packageDefinition, upgradeProblems } from './packageManifest.mjs';

// Kept out of the package, each for a documented reason (docs/package.md):
// - site: "ExperienceBundle for Experience Builder Sites" lists "Managed packages aren't
//   supported", "LWR Template Limitations" lists "Template, page, and theme export" as
//   unavailable, and the site's Network needs org-specific members (the customer profile);
// - org-settings: org-wide defaults and sharing sets are org settings an admin owns, and
//   the sharing set names the org's customer profile, which only the install can find; the
//   Case statuses are a standard value set, which a package cannot carry (caseStatuses.mjs).
export const UNPACKAGED_DIRECTORIES = ['site', 'org-settings'];

/** sfdx-project.json: force-app is the one unlocked package, numbered major.minor.patch.NEXT. */
export function checkPackageDefinition(project) {
    const problems = [];
    let definition;
    try {
        definition = packageDefinition(project.root);
    } catch (error) {
        return [error.message];
    }
    if (definition.path !== 'force-app') {
        problems.push(`the package directory is ${definition.path}; it must be force-app`);
    }
    if (!/^\d+\.\d+\.\d+\.NEXT$/.test(definition.versionNumber ?? '')) {
        problems.push(
            `versionNumber "${definition.versionNumber}" must be major.minor.patch.NEXT (Unlocked Packaging Keywords: NEXT takes the next build number)`
        );
    }
    for (const key of ['versionName', 'versionDescription']) {
        if (!definition[key]) {
            problems.push(`the package directory needs a ${key}`);
        }
    }
    // Ancestors (ancestorId, ancestorVersion) define upgrade paths of second-generation
    // *managed* packages; an unlocked package has none.
    for (const key of ['ancestorId', 'ancestorVersion']) {
        if (definition[key]) {
            problems.push(`${key} is for managed packages; an unlocked package upgrades from any version`);
        }
    }
    for (const dir of project.sfdxProject?.packageDirectories ?? []) {
        if (UNPACKAGED_DIRECTORIES.includes(dir.path) && dir.package) {
            problems.push(`${dir.path} must stay out of the package (see scripts/lib/packageChecks.mjs for why)`);
        }
    }
    const released = lastReleased(project.root);
    if (released && compare(definition.versionNumber, released.version) <= 0) {
        problems.push(
            `versionNumber ${definition.versionNumber} is not above the last released version ${released.version}: ` +
                'a promoted major.minor.patch cannot be promoted again; raise the patch, minor or major number'
        );
    }
    return problems;
}

function compare(versionNumber, released) {
    const a = versionNumber.split('.').slice(0, 3).map(Number);
    const b = released.split('.').map(Number);
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The source against the last released manifest: no change an upgrade cannot carry. */
export function checkUpgradeSafety(project) {
    const released = lastReleased(project.root);
    if (!released) {
        return [];
    }
    return upgradeProblems(released, manifestFromSource(project.root));
}
