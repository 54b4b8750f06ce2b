/**
 * ldsUtils — Lightning Data Service errors in words a customer can act on, in their language.
 *
 * LDS reports errors in several shapes ("Handle Errors in Lightning Data Service", LWC Developer
 * Guide, https://developer.salesforce.com/docs/platform/lwc/guide/data-error.html): UI API read
 * errors (`body` is a list of { errorCode, message }), record save errors (`body.output.errors` and
 * `body.output.fieldErrors`, each a Record Exception Error with errorCode, field and fieldLabel:
 * "Error with Output" and "Record Exception Error", User Interface API Developer Guide,
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_error_with_output.htm),
 * network errors (`body` an object with a message), GraphQL `errors`, and JavaScript `Error`s.
 *
 * `reduceErrors` turns any of them into custom labels by the UI API's error code: the platform's
 * own wording ("duplicate value found: … with id: a02…") and record Ids never reach the customer.
 * A validation rule's or a flow's Custom Error (FIELD_CUSTOM_VALIDATION_EXCEPTION) keeps the org's
 * message, which is the admin's label, already in the customer's language. The technical detail
 * goes to console.error for support, with anything shaped like a PIN masked.
 */
import NETWORK from '@salesforce/label/c.Support_Error_Network';
import NOT_FOUND from '@salesforce/label/c.Support_Error_Not_Found';
import NO_ACCESS from '@salesforce/label/c.Support_Error_No_Access';
import DUPLICATE from '@salesforce/label/c.Support_Error_Duplicate';
import REQUIRED from '@salesforce/label/c.Support_Error_Required';
import TOO_LONG from '@salesforce/label/c.Support_Error_Too_Long';
import BAD_CHOICE from '@salesforce/label/c.Support_Error_Bad_Choice';
import NOT_SAVED from '@salesforce/label/c.Support_Error_Not_Saved';
import GENERIC from '@salesforce/label/c.Support_Error_Generic';
import { maskPins } from 'c/supportPinFormat';

interface ErrorDetail {
    errorCode?: string;
    message?: string;
    field?: string;
    fieldLabel?: string;
}

interface LdsErrorBody {
    message?: string;
    output?: {
        errors?: ErrorDetail[];
        fieldErrors?: Record<string, ErrorDetail[]>;
    };
}

type LdsError = {
    body?: LdsErrorBody | ErrorDetail[];
    message?: string;
    status?: number;
};

/** The first words of each line the portal logs for support (the jest setup keeps them off the output). */
const SUPPORT_LOG = '[Support Portal] request failed';

/** The org's own words (a validation rule's or a flow's Custom Error): shown as the org says them. */
const ORG_WORDS = 'FIELD_CUSTOM_VALIDATION_EXCEPTION';

/** The UI API's error codes, each in the customer's words. Anything else: GENERIC. */
const WORDS: Record<string, string> = {
    DUPLICATE_VALUE: DUPLICATE,
    NOT_FOUND,
    INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: NOT_FOUND,
    INSUFFICIENT_ACCESS: NO_ACCESS,
    INSUFFICIENT_ACCESS_OR_READONLY: NO_ACCESS,
    REQUIRED_FIELD_MISSING: REQUIRED,
    STRING_TOO_LONG: TOO_LONG,
    INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: BAD_CHOICE,
    CANNOT_EXECUTE_FLOW_TRIGGER: NOT_SAVED
};

function asLdsError(error: unknown): LdsError {
    return typeof error === 'object' && error !== null ? (error as LdsError) : {};
}

/** One detail in words: the org's words kept, a known code's label, or GENERIC. */
function wordsOf(detail: ErrorDetail): string {
    if (detail.errorCode === ORG_WORDS && detail.message?.trim()) {
        return detail.message.trim();
    }
    return WORDS[detail.errorCode ?? ''] ?? GENERIC;
}

/** The save errors of an error, page ones first, each field error with its field. */
function saveDetails(error: unknown): ErrorDetail[] | undefined {
    const { body } = asLdsError(error);
    if (Array.isArray(body) || !body?.output) {
        return undefined;
    }
    return [
        ...(body.output.errors ?? []),
        ...Object.entries(body.output.fieldErrors ?? {}).flatMap(([name, list]) =>
            list.map((detail) => ({ ...detail, field: detail.field ?? name }))
        )
    ];
}

function messagesOf(error: unknown, exceptFields: readonly string[]): string[] {
    if (typeof error === 'string') {
        return [error];
    }
    const { body, status } = asLdsError(error);
    const details = Array.isArray(body) ? body : saveDetails(error);
    if (details) {
        return details
            .filter((detail) => !detail.field || !exceptFields.includes(detail.field))
            .map((detail) => (detail.fieldLabel ? `${detail.fieldLabel}: ${wordsOf(detail)}` : wordsOf(detail)));
    }
    // No answer from the server, or an answer without a record error: unreachable or failing.
    return [status === 0 || (status ?? 0) >= 500 ? NETWORK : GENERIC];
}

/** The error as the platform gave it, for support (status, codes, fields, its words), any PIN masked. */
function logForSupport(error: unknown): void {
    if (typeof error === 'object') {
        console.error(SUPPORT_LOG, maskPins(error instanceof Error ? String(error) : JSON.stringify(error)));
    }
}

/**
 * Every distinct, non-empty message in one error or a list of errors, in the customer's words;
 * the save errors of `exceptFields` are left out (a form shows those at their fields). Strings are
 * messages already in words. Each error's technical detail is logged once, here.
 */
export function reduceErrors(errors: unknown, exceptFields: readonly string[] = []): string[] {
    const list = (Array.isArray(errors) ? errors : [errors]).filter(
        (error) => error !== null && (typeof error === 'string' || typeof error === 'object')
    );
    list.forEach(logForSupport);
    const messages = list.flatMap((error) => messagesOf(error, exceptFields));
    return [...new Set(messages.map((message) => message.trim()).filter(Boolean))];
}

/** Field API name → messages in the customer's words, for save errors the server tied to a field. */
export function fieldErrors(error: unknown): Record<string, string[]> {
    const byField: Record<string, string[]> = {};
    for (const detail of saveDetails(error) ?? []) {
        if (detail.field) {
            (byField[detail.field] ??= []).push(wordsOf(detail));
        }
    }
    return byField;
}

/** True when a save failed because a unique field (optionally `field`) already holds the value. */
export function isDuplicateValue(error: unknown, field?: string): boolean {
    return (saveDetails(error) ?? []).some(
        (detail) => detail.errorCode === 'DUPLICATE_VALUE' && (field === undefined || detail.field === field)
    );
}

/**
 * True when a read failed because the record does not exist or is not the reader's to see: the UI
 * API answers 404 NOT_FOUND (or 403 INSUFFICIENT_ACCESS) for both, and says no more.
 */
export function isNotFound(error: unknown): boolean {
    const { body, status } = asLdsError(error);
    const codes = Array.isArray(body) ? body.map((detail) => detail.errorCode) : [];
    return status === 404 || codes.includes('NOT_FOUND') || codes.includes('INSUFFICIENT_ACCESS');
}
