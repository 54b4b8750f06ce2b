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
