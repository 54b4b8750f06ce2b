import {
    EMPTY_CASE_DRAFT,
    caseDetailProblems,
    caseFieldLimits,
    caseStage,
    isCaseNumber,
    productAndSeverityProblems
} from 'c/supportCaseRules';

describe('cases', () => {
    const draft = {
        ...EMPTY_CASE_DRAFT,
        product: 'Secret Server',
        severity: 'Severity 3',
        subject: 'Stopped',
        description: 'Details'
    };

    it('needs a product and a severity in step one', () => {
        expect(productAndSeverityProblems(draft)).toEqual([]);
        expect(productAndSeverityProblems(EMPTY_CASE_DRAFT)).toEqual([
            { field: 'product', message: 'Product: this field is required.' },
            { field: 'severity', message: 'Severity: this field is required.' }
        ]);
    });

    it('needs a subject and a description that fit the Case fields', () => {
        expect(caseDetailProblems(draft)).toEqual([]);
        expect(caseDetailProblems({ ...draft, subject: '   ', description: '' }).map((p) => p.field)).toEqual([
            'subject',
            'description'
        ]);
        const limits = { subject: 255, description: 32000, contactName: 121 };
        expect(caseDetailProblems({ ...draft, subject: 'x'.repeat(255) }, limits)).toEqual([]);
        expect(caseDetailProblems({ ...draft, subject: 'x'.repeat(256) }, limits)).toEqual([
            { field: 'subject', message: 'Subject: use at most 255 characters (now 256).' }
        ]);
        expect(caseDetailProblems({ ...draft, description: 'y'.repeat(32001) }, limits)[0].message).toBe(
            'Symptoms and details: use at most 32,000 characters (now 32,001). Paste a short excerpt of a log here, and attach the whole log as a file on the case page once the case is created.'
        );
        expect(
            caseDetailProblems({ ...draft, contactName: 'z'.repeat(122) }, limits, {
                contactName: 'Technical contact name'
            })
        ).toEqual([{ field: 'contactName', message: 'Technical contact name: use at most 121 characters (now 122).' }]);
        // No length known yet (object info still loading): only the org holds the field to its length.
        expect(caseDetailProblems({ ...draft, subject: 'x'.repeat(300) })).toEqual([]);
    });

    it('reads the Case fields’ lengths from object info', () => {
        const fields = {
            Subject: { length: 255 },
            Description: { length: 32000 },
            Technical_Contact_Name__c: { length: 121 },
            Severity__c: { length: 0 }
        };
        expect(
            caseFieldLimits(fields, {
                product: 'Product__c',
                severity: 'Severity__c',
                subject: 'Subject',
                description: 'Description',
                contactName: 'Technical_Contact_Name__c',
                contactPhone: 'Technical_Contact_Phone__c',
                contactHours: 'Technical_Contact_Hours__c'
            })
        ).toEqual({ subject: 255, description: 32000, contactName: 121 });
        expect(caseFieldLimits(undefined, { subject: 'Subject' } as never)).toEqual({});
    });

    it('tells where a case stands for the customer', () => {
        expect(caseStage('New', false)).toBe('open');
        expect(caseStage('Working', false)).toBe('open');
        expect(caseStage('Waiting on Customer', false)).toBe('waiting');
        expect(caseStage('Closed', undefined)).toBe('closed');
        expect(caseStage('Resolved', true)).toBe('closed');
        expect(caseStage(undefined, undefined)).toBe('open');
    });

    it('reads a status whatever its case and spaces, and a closed flag only when it says true', () => {
        expect(caseStage(' CLOSED ', false)).toBe('closed');
        expect(caseStage('waiting for customer reply', false)).toBe('waiting');
        expect(caseStage(null, true)).toBe('closed');
        // Without the flag only the status Closed is closed, not one that begins or ends with the word;
        // the flag is a boolean, not text.
        expect(caseStage('Reopened after closed in error', false)).toBe('open');
        expect(caseStage('Closed in error, reopened', false)).toBe('open');
        expect(caseStage('Not closed', false)).toBe('open');
        expect(caseStage('Working', 'true')).toBe('open');
    });

    it('tells a case number as the customer knows it from a record Id', () => {
        expect(isCaseNumber('00001026')).toBe(true);
        expect(isCaseNumber(1026)).toBe(true);
        expect(isCaseNumber('1'.repeat(14))).toBe(true);
        expect(isCaseNumber('1'.repeat(15))).toBe(false);
        expect(isCaseNumber('500DEMO0000000001AAA')).toBe(false);
        expect(isCaseNumber('1026a')).toBe(false);
        expect(isCaseNumber('a1026')).toBe(false);
        expect(isCaseNumber('')).toBe(false);
        expect(isCaseNumber(undefined)).toBe(false);
    });
});
