/**
 * ldsUtils — turning Lightning Data Service errors into words.
 *
 * LDS reports errors in several shapes: UI API read errors (a list in `body`),
 * record save errors (`body.output.errors` and `body.output.fieldErrors`),
 * a plain `body.message`, GraphQL `errors`, and JavaScript `Error`s.
 * `reduceErrors` flattens any of them, or a list of them, into readable strings.
 */

interface ErrorDetail {
    errorCode?: string;
    message?: string;
    field?: string;
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
    statusText?: string;
};

function asLdsError(error: unknown): LdsError {
    return typeof error === 'object' && error !== null ? (error as LdsError) : {};
}

function messagesOf(error: unknown): string[] {
    if (typeof error === 'string') {
        return [error];
    }
    const { body, message, statusText } = asLdsError(error);
    if (Array.isArray(body)) {
        return body.map((detail) => detail.message ?? '');
    }
    const fieldMessages = Object.values(body?.output?.fieldErrors ?? {}).flatMap((details) =>
        details.map((detail) => detail.message ?? '')
    );
    const pageMessages = (body?.output?.errors ?? []).map((detail) => detail.message ?? '');
    if (pageMessages.length || fieldMessages.length) {
        return [...pageMessages, ...fieldMessages];
    }
    return [body?.message ?? message ?? statusText ?? ''];
}

/** Every distinct, non-empty message in one error or a list of errors. */
export function reduceErrors(errors: unknown): string[] {
    const list = Array.isArray(errors) ? errors : [errors];
    const messages = list.filter((error) => error !== undefined && error !== null).flatMap(messagesOf);
    return [...new Set(messages.map((message) => message.trim()).filter(Boolean))];
}

/** Field API name → messages, for save errors the server tied to a field. */
export function fieldErrors(error: unknown): Record<string, string[]> {
    const { body } = asLdsError(error);
    const byField = Array.isArray(body) ? {} : (body?.output?.fieldErrors ?? {});
    return Object.fromEntries(
        Object.entries(byField).map(([field, details]) => [field, details.map((detail) => detail.message ?? '')])
    );
}

/** True when a save failed because a unique field (optionally `field`) already holds the value. */
export function isDuplicateValue(error: unknown, field?: string): boolean {
    const { body } = asLdsError(error);
    if (Array.isArray(body) || !body?.output) {
        return false;
    }
    const details = [
        ...(body.output.errors ?? []),
        ...Object.entries(body.output.fieldErrors ?? {}).flatMap(([name, list]) =>
            list.map((detail) => ({ ...detail, field: detail.field ?? name }))
        )
    ];
    return details.some(
        (detail) => detail.errorCode === 'DUPLICATE_VALUE' && (field === undefined || detail.field === field)
    );
}
