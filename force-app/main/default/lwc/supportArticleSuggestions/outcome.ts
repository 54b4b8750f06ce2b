/**
 * The customer's answer as an Article_Suggestion__c record, for the admin's reports on deflected
 * cases: which articles were on screen, how many of them the customer opened, and the answer. The
 * record's validation rules hold the same shape on the server (1 to 5 shown, opened within shown,
 * an answering article only with Answered and only one that was shown).
 */
import SUGGESTION_OBJECT from '@salesforce/schema/Article_Suggestion__c';
import OUTCOME_FIELD from '@salesforce/schema/Article_Suggestion__c.Outcome__c';
import WHERE_FIELD from '@salesforce/schema/Article_Suggestion__c.Where__c';
import SUGGESTED_FIELD from '@salesforce/schema/Article_Suggestion__c.Suggested_Articles__c';
import SHOWN_FIELD from '@salesforce/schema/Article_Suggestion__c.Suggestions_Shown__c';
import OPENED_FIELD from '@salesforce/schema/Article_Suggestion__c.Articles_Opened__c';
import ANSWERING_FIELD from '@salesforce/schema/Article_Suggestion__c.Answering_Article__c';
import PRODUCT_FIELD from '@salesforce/schema/Article_Suggestion__c.Product__c';
import type { RecordInput } from 'lightning/uiRecordApi';

export type Outcome = 'Answered' | 'Not_Answered' | 'Skipped';
export type Where = 'Create_a_Case' | 'Contact_Support';

export interface SuggestionSession {
    where: Where;
    product?: string;
    /** Article numbers on screen, in order. */
    shown: readonly string[];
    /** Article numbers the customer opened, last opened last. */
    opened: readonly string[];
}

/** The article that answered: the one opened last among those shown, if the customer opened one. */
export function answeringArticle(session: SuggestionSession): string {
    return [...session.opened].reverse().find((number) => session.shown.includes(number)) ?? '';
}

export function outcomeRecord(session: SuggestionSession, outcome: Outcome): RecordInput {
    const answering = outcome === 'Answered' ? answeringArticle(session) : '';
    const fields: Record<string, unknown> = {
        [OUTCOME_FIELD.fieldApiName]: outcome,
        [WHERE_FIELD.fieldApiName]: session.where,
        [SUGGESTED_FIELD.fieldApiName]: session.shown.join(' '),
        [SHOWN_FIELD.fieldApiName]: session.shown.length,
        [OPENED_FIELD.fieldApiName]: session.shown.filter((number) => session.opened.includes(number)).length
    };
    if (answering) {
        fields[ANSWERING_FIELD.fieldApiName] = answering;
    }
    if (session.product) {
        fields[PRODUCT_FIELD.fieldApiName] = session.product;
    }
    return { apiName: SUGGESTION_OBJECT.objectApiName, fields };
}
