// Errors in the shapes the UI API gives them, so components' error handling
// (reduceErrors and friends) meets here what it will meet in an org.
export function notFound(id) {
    return {
        status: 404,
        statusText: 'Not Found',
        ok: false,
        body: [{ errorCode: 'NOT_FOUND', message: `The requested resource does not exist: ${id}` }]
    };
}

export function networkError() {
    return {
        status: 503,
        statusText: 'Service Unavailable',
        ok: false,
        body: { message: 'Unable to reach the server. Check your connection and try again.' }
    };
}

/** A validation rule's error: on its field when the rule names one, else on the page. */
export function validationError(message, field, errorCode = 'FIELD_CUSTOM_VALIDATION_EXCEPTION') {
    const detail = { errorCode, message, ...(field ? { field } : {}) };
    return {
        status: 400,
        statusText: 'Bad Request',
        ok: false,
        body: {
            message: 'An error occurred while trying to update the record. Please try again.',
            output: field ? { errors: [], fieldErrors: { [field]: [detail] } } : { errors: [detail], fieldErrors: {} }
        }
    };
}

const SAVE_FAILED = 'An error occurred while trying to update the record. Please try again.';

/** Save errors on fields (or on the page, when an error names no field), as the UI API returns a failed DML. */
export function fieldErrors(errors) {
    const output = { errors: [], fieldErrors: {} };
    for (const { field, errorCode, message } of errors) {
        if (field) {
            output.fieldErrors[field] = [...(output.fieldErrors[field] ?? []), { errorCode, field, message }];
        } else {
            output.errors.push({ errorCode, message });
        }
    }
    return { status: 400, statusText: 'Bad Request', ok: false, body: { message: SAVE_FAILED, output } };
}

/** A request the UI API refuses before any save: a field that does not exist or may not be written. */
export function invalidFields(errorCode, message) {
    return { status: 400, statusText: 'Bad Request', ok: false, body: [{ errorCode, message }] };
}

/** No object access: the UI API answers 403. */
export function insufficientAccess(message) {
    return { status: 403, statusText: 'Forbidden', ok: false, body: [{ errorCode: 'INSUFFICIENT_ACCESS', message }] };
}

/** A lookup to a record the user cannot see (or that does not exist). */
export function crossReferenceError(field, id) {
    return fieldErrors([
        {
            field,
            errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
            message: `insufficient access rights on cross-reference id: ${id}`
        }
    ]);
}

export function duplicateValue(field, existingId) {
    return {
        status: 400,
        statusText: 'Bad Request',
        ok: false,
        body: {
            message: 'An error occurred while trying to update the record. Please try again.',
            output: {
                errors: [],
                fieldErrors: {
                    [field]: [
                        {
                            errorCode: 'DUPLICATE_VALUE',
                            field,
                            message: `duplicate value found: ${field} duplicates value on record with id: ${existingId}`
                        }
                    ]
                }
            }
        }
    };
}

/** Makes a read or write fail when the preview's toolbar asked for it. */
export function injectedFault(fault, apiName) {
    if (fault === 'network') {
        return networkError();
    }
    if (fault === 'duplicate') {
        return duplicateValue(apiName === 'Support_PIN__c' ? 'PIN__c' : 'Name', 'a02DEMO0000000000AAA');
    }
    if (fault === 'validation') {
        return validationError('The demo org rejected this record (a fault injected from the preview toolbar).');
    }
    return undefined;
}

/**
 * A record-triggered flow failed without a fault path: the save is refused with the flow's label,
 * as the org words it ("We can't save this record because the … process failed").
 */
export function flowFailed(flowLabel, details) {
    return fieldErrors([
        {
            field: undefined,
            errorCode: 'CANNOT_EXECUTE_FLOW_TRIGGER',
            message: `We can't save this record because the “${flowLabel}” process failed. Give your Salesforce admin these details. ${details}`
        }
    ]);
}
