import { fieldErrors, isDuplicateValue, reduceErrors } from 'c/ldsUtils';
import errors from './data/errors.json';

describe('reduceErrors', () => {
    it('reads UI API read errors', () => {
        expect(reduceErrors(errors.uiApiReadError)).toEqual(['The requested resource does not exist']);
    });

    it('reads page-level save errors rather than the generic message', () => {
        expect(reduceErrors(errors.validationError)).toEqual(['Privileged PINs are for Secret Server Cloud only.']);
    });

    it('reads field-level save errors', () => {
        expect(reduceErrors(errors.fieldError)).toEqual(['Subject: data value too large']);
    });

    it('reads a body message, a JavaScript error, a string and a status text', () => {
        expect(reduceErrors(errors.networkError)).toEqual([
            'Unable to reach the server. Check your connection and try again.'
        ]);
        expect(reduceErrors(new TypeError('Failed to fetch'))).toEqual(['Failed to fetch']);
        expect(reduceErrors('Plain words')).toEqual(['Plain words']);
        expect(reduceErrors({ statusText: 'Bad Gateway' })).toEqual(['Bad Gateway']);
    });

    it('reads GraphQL errors, a list of errors, and drops blanks and repeats', () => {
        expect(
            reduceErrors([{ message: 'Field not found' }, { message: 'Field not found' }, { message: ' ' }])
        ).toEqual(['Field not found']);
        expect(reduceErrors([errors.networkError, errors.fieldError])).toEqual([
            'Unable to reach the server. Check your connection and try again.',
            'Subject: data value too large'
        ]);
        expect(reduceErrors(undefined)).toEqual([]);
        expect(reduceErrors(null)).toEqual([]);
        expect(reduceErrors(42)).toEqual([]);
    });
});

describe('fieldErrors', () => {
    it('maps save errors to the fields they belong to', () => {
        expect(fieldErrors(errors.fieldError)).toEqual({ Subject: ['Subject: data value too large'] });
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
