// scratch:verify's check that the engineer's case page is in the org and is what the Thycotic
// Support app opens cases on. The deploy proves the page is valid; only the org can say the
// assignment took: an app's record page assignments are its action overrides ("Represents an
// action override for an application", Metadata API Developer Guide, CustomApplication), which
// the Tooling API's CustomApplication returns in its Metadata field, one app per query.
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';

export const SUPPORT_APP = 'Thycotic_Support';

/** The record page the app opens cases on, as the project ships it (the app's actionOverrides). */
export function casePageName(metadata = readProjectMetadata()) {
    return metadata.applications[SUPPORT_APP]?.recordPages.Case;
}

function toolingQuery(ctx, soql, org) {
    return ctx.sf(['data', 'query', '--use-tooling-api', '--query', soql, ...org, '--json']).result?.records ?? [];
}

/** What is wrong with the page and its assignment, in words, from the org's answers. */
export function casePageProblems({ page, pages, apps }) {
    const [found] = pages;
    const [app] = apps;
    const overrides = app?.Metadata?.actionOverrides ?? [];
    const opensCases = overrides.filter(
        (o) =>
            /^view$/i.test(o.actionName ?? '') && o.pageOrSobjectType === 'Case' && /^large$/i.test(o.formFactor ?? '')
    );
    const assigned = opensCases.some((o) => o.content === page && /^flexipage$/i.test(o.type ?? ''));
    return [
        !found && `the Lightning page ${page} is not in the org`,
        found &&
            (found.Type !== 'RecordPage' || found.EntityDefinitionId !== 'Case') &&
            `${page} is not a Case record page (type ${found.Type}, object ${found.EntityDefinitionId ?? 'none'})`,
        !app && `no app ${SUPPORT_APP}`,
        app &&
            !assigned &&
            `the app ${SUPPORT_APP} does not open cases on ${page} (${
                opensCases.length
                    ? `it opens them on ${opensCases.map((o) => o.content).join(', ')}`
                    : 'no app default for Case'
            }): activate ${page} as the app default for ${SUPPORT_APP} in Lightning App Builder`
    ].filter(Boolean);
}

/** The check, as verify-scratch.mjs runs it. */
export function casePageCheck(org, page = casePageName()) {
    return {
        title: `The ${SUPPORT_APP} app opens cases on ${page}, where engineers answer: the page is in the org as a Case record page and is the app's default for Case on the desktop`,
        run: (ctx) => {
            const pages = toolingQuery(
                ctx,
                `SELECT Id, DeveloperName, Type, EntityDefinitionId FROM FlexiPage WHERE DeveloperName = '${page}'`,
                org
            );
            const apps = toolingQuery(
                ctx,
                `SELECT Metadata FROM CustomApplication WHERE DeveloperName = '${SUPPORT_APP}'`,
                org
            );
            return ctx.dryRun ? [] : casePageProblems({ page, pages, apps });
        }
    };
}
