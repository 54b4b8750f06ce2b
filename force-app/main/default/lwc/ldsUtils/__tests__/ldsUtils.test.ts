import { fieldErrors, isDuplicateValue, isNotFound, reduceErrors } from 'c/ldsUtils';
import errors from './data/errors.json';

const NOT_FOUND = 'It does not exist, or it is not shared with you.';
const NETWORK = "The portal's server could not be reached or could not answer. Check your connection and try again.";
const GENERIC = 'Something went wrong on our side. Try again; if it keeps happening, call Thycotic Support.';

/** A record save error as the UI API answers it: one Record Exception Error on `field`, or on the page. */
function saveError(errorCode: string, message: string, field?: string, fieldLabel?: string): unknown {
    const detail = { errorCode, message, field, fieldLabel };
    return {
        status: 400,
        body: {
            message: 'An error occurred while trying to update the record. Please try again.',
            output: field ? { errors: [], fieldErrors: { [field]: [detail] } } : { errors: [detail], fieldErrors: {} }
        }
    };
}

describe('reduceErrors', () => {
    it.each([
        ['DUPLICATE_VALUE', 'duplicate value found: Name duplicates value on record with id: a02DEMO0000000000AAA'],
        ['INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', 'insufficient access rights on cross-reference id: 500x'],
        ['INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id'],
        ['REQUIRED_FIELD_MISSING', 'Required fields are missing: [Body__c]'],
        ['STRING_TOO_LONG', 'Body: data value too large: PIN 48210937 and more… (max length=32000)'],
        ['INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', 'Action: bad value for restricted picklist field: Escalate'],
        ['CANNOT_EXECUTE_FLOW_TRIGGER', 'We can’t save this record because the “X” process failed.'],
        ['INVALID_FIELD_FOR_INSERT_UPDATE', 'Unable to create/update fields: Case.IsClosed.']
    ])('never shows the platform’s words for %s, nor a record Id', (code, platformWords) => {
        const [words] = reduceErrors(saveError(code, platformWords));
        expect(words).not.toContain(platformWords);
        expect(words).not.toMatch(/\b(a02|500)\w*/);
        expect(words).toMatch(/^[A-Z][^{}]+\.$/);
    });

    it('words each code for what the customer can do', () => {
        expect(reduceErrors(saveError('DUPLICATE_VALUE', 'duplicate value found'))).toEqual([
            'Not saved: something with the same value already exists. Try again.'
        ]);
        expect(reduceErrors(errors.crossReferenceError)).toEqual([`Case: ${NOT_FOUND}`]);
        expect(reduceErrors(saveError('INSUFFICIENT_ACCESS_OR_READONLY', 'x'))).toEqual([
            'You do not have access to do this. If you think you should, call Thycotic Support.'
        ]);
        expect(reduceErrors(saveError('REQUIRED_FIELD_MISSING', 'x', 'Body__c', 'Message'))).toEqual([
            'Message: This must be filled in.'
        ]);
        expect(reduceErrors(errors.fieldError)).toEqual(['Subject: This text is too long.']);
        expect(reduceErrors(saveError('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', 'x'))).toEqual([
            'This choice is not available. Choose another one.'
        ]);
        expect(reduceErrors(errors.flowFailedError)).toEqual([
            'Not saved, because of a problem on our side. Try again later; if it keeps happening, call Thycotic Support.'
        ]);
    });

    it('keeps a validation rule’s or a flow’s own message, in the org’s words', () => {
        expect(reduceErrors(errors.validationError)).toEqual(['Privileged PINs are for Secret Server Cloud only.']);
        expect(reduceErrors(errors.casePinNotValidError)).toEqual([
            'This PIN is not an active support PIN of your company. Get a new PIN on the portal page, or leave the PIN empty.'
        ]);
    });

    it('says a UI API read error (404 NOT_FOUND, 403) in words', () => {
        expect(reduceErrors(errors.uiApiReadError)).toEqual([NOT_FOUND]);
        expect(reduceErrors(errors.noAccessError)).toEqual([
            'You do not have access to do this. If you think you should, call Thycotic Support.'
        ]);
    });

    it('says a network error, a JavaScript error, a GraphQL error and a bare status in words', () => {
        expect(reduceErrors(errors.networkError)).toEqual([NETWORK]);
        expect(reduceErrors({ status: 0, body: { message: 'Failed to fetch' } })).toEqual([NETWORK]);
        expect(reduceErrors(new TypeError('Failed to fetch'))).toEqual([GENERIC]);
        expect(reduceErrors([{ message: "Cannot query field 'Foo' on type 'Case'" }])).toEqual([GENERIC]);
        expect(reduceErrors({ statusText: 'Bad Gateway' })).toEqual([GENERIC]);
    });

    it('takes strings as words already, and drops blanks and repeats', () => {
        expect(reduceErrors('Plain words')).toEqual(['Plain words']);
        expect(reduceErrors(['Plain words', ' ', 'Plain words'])).toEqual(['Plain words']);
        expect(reduceErrors([errors.networkError, errors.networkError, errors.fieldError])).toEqual([
            NETWORK,
            'Subject: This text is too long.'
        ]);
        expect(reduceErrors(undefined)).toEqual([]);
        expect(reduceErrors(null)).toEqual([]);
        expect(reduceErrors(42)).toEqual([]);
    });

    it('leaves out the errors of the fields a form shows at the field', () => {
        expect(reduceErrors(errors.fieldError, ['Subject'])).toEqual([]);
        expect(reduceErrors(errors.validationError, ['Subject'])).toEqual([
            'Privileged PINs are for Secret Server Cloud only.'
        ]);
    });

    it('logs the technical detail for support, with any PIN masked', () => {
        const log = console.error as jest.Mock;
        log.mockClear();
        reduceErrors([
            saveError('STRING_TOO_LONG', 'Body: data value too large: PIN 4821 0937, p7k2m9xq4rtvw', 'Body__c')
        ]);
        expect(log).toHaveBeenCalledTimes(1);
        const [first, detail] = log.mock.calls[0];
        expect(first).toBe('[Support Portal] request failed');
        expect(detail).toContain('"status":400');
        expect(detail).toContain('STRING_TOO_LONG');
        expect(detail).toContain('Body: data value too large: PIN [PIN], [PIN]');
        expect(JSON.stringify(log.mock.calls)).not.toMatch(/4821|p7k2/);
        log.mockClear();
        reduceErrors(new TypeError('PIN 48210937 failed'));
        expect(log.mock.calls[0][1]).toBe('TypeError: PIN [PIN] failed');
        log.mockClear();
        reduceErrors('That PIN cannot be used.');
        expect(log).not.toHaveBeenCalled();
    });
});

describe('fieldErrors', () => {
    it('maps save errors to the fields they belong to, in words', () => {
        expect(fieldErrors(errors.fieldError)).toEqual({ Subject: ['This text is too long.'] });
        expect(fieldErrors(errors.pinTakenError)).toEqual({
            PIN__c: ['That PIN cannot be used. Try again for a new one.']
        });
        expect(fieldErrors(errors.validationError)).toEqual({});
        expect(fieldErrors(errors.uiApiReadError)).toEqual({});
        expect(fieldErrors(new Error('x'))).toEqual({});
    });
});

describe('isDuplicateValue', () => {
    it('recognises a unique-field collision, on any field or on the one named', () => {
        expect(isDuplicateValue(errors.duplicatePinError)).toBe(true);
        expect(isDuplicateValue(errors.duplicatePinError, 'PIN__c')).toBe(true);
        expect(isDuplicateValue(errors.duplicatePinError, 'Name')).toBe(false);
    });

    it('recognises a collision reported at page level', () => {
        const pageLevel = {
            body: { output: { errors: [{ errorCode: 'DUPLICATE_VALUE', message: 'duplicate', field: 'PIN__c' }] } }
        };
        expect(isDuplicateValue(pageLevel, 'PIN__c')).toBe(true);
    });

    it('is false for every other error', () => {
        expect(isDuplicateValue(errors.validationError)).toBe(false);
        expect(isDuplicateValue(errors.networkError)).toBe(false);
        expect(isDuplicateValue(errors.uiApiReadError)).toBe(false);
        expect(isDuplicateValue(undefined)).toBe(false);
    });
});

describe('isNotFound', () => {
    it('is true when a read finds no record, or none the reader may see', () => {
        expect(isNotFound(errors.uiApiReadError)).toBe(true);
        expect(isNotFound(errors.noAccessError)).toBe(true);
        expect(isNotFound({ body: [{ errorCode: 'NOT_FOUND', message: 'x' }] })).toBe(true);
    });

    it('is false for a failure that says nothing about the record', () => {
        expect(isNotFound(errors.networkError)).toBe(false);
        expect(isNotFound(errors.fieldError)).toBe(false);
        expect(isNotFound(new Error('x'))).toBe(false);
        expect(isNotFound(undefined)).toBe(false);
    });
});
