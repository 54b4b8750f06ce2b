// A failed save in the customer's words: the org's errors on a Case field go to that field (on its
// step), the rest to the page.
import { fieldErrors, reduceErrors } from 'c/ldsUtils';
import type { CaseDraftField, CaseProblem } from 'c/supportCaseRules';
import { CASE_FIELDS } from './draft';
import { FIELD_LABELS } from './labels';

export function serverProblems(error: unknown): { problems: CaseProblem[]; pageErrors: string[] } {
    const byField = fieldErrors(error);
    const problems: CaseProblem[] = [];
    for (const [field, apiName] of Object.entries(CASE_FIELDS) as [CaseDraftField, string][]) {
        for (const message of byField[apiName] ?? []) {
            // The org often names the field itself ("Subject: data value too large"): say it once.
            const named = message.startsWith(`${FIELD_LABELS[field]}:`);
            problems.push({ field, message: named ? message : `${FIELD_LABELS[field]}: ${message}` });
        }
    }
    const placed = new Set((Object.values(CASE_FIELDS) as string[]).flatMap((apiName) => byField[apiName] ?? []));
    return { problems, pageErrors: reduceErrors(error).filter((message) => !placed.has(message)) };
}
