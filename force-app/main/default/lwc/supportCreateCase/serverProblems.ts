// A failed save in the customer's words: the org's errors on a Case field go to that field (on its
// step), named by the field's label; the rest to the page.
import { fieldErrors, reduceErrors } from 'c/ldsUtils';
import type { CaseDraftField, CaseProblem } from 'c/supportCaseRules';
import { CASE_FIELDS } from './draft';
import { FIELD_LABELS } from './labels';

export function serverProblems(error: unknown): { problems: CaseProblem[]; pageErrors: string[] } {
    const byField = fieldErrors(error);
    const problems: CaseProblem[] = [];
    for (const [field, apiName] of Object.entries(CASE_FIELDS) as [CaseDraftField, string][]) {
        for (const message of byField[apiName] ?? []) {
            // A validation rule may name the field itself ("Subject: …"): say it once.
            const named = message.startsWith(`${FIELD_LABELS[field]}:`);
            problems.push({ field, message: named ? message : `${FIELD_LABELS[field]}: ${message}` });
        }
    }
    return { problems, pageErrors: reduceErrors(error, Object.values(CASE_FIELDS)) };
}
