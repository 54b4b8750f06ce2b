import { publish } from 'lightning/messageService';
import { createRecord } from 'lightning/uiRecordApi';
import { writeOwn } from 'c/supportSessionStore';
import { EMPTY_CASE_DRAFT } from 'c/supportCaseRules';
import { severityChoices } from '../choices';
import { DRAFT_KEY, caseRecordFields, draftProblems, readStoredDraft, stepOf } from '../draft';
import { prefilled, prefilledFromFile, reviewItems, stepView } from '../draftViews';
import { fileCase } from '../fileCase';
import { serverProblems } from '../serverProblems';

// Create a Case's logic called directly: the inputs the form's tests do not reach (a step from
// storage, fields of only spaces, a stored draft that is no draft, a picklist value without a
// label, every step before and after filing, a save without a message context).

const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const mockPublish = publish as jest.MockedFunction<typeof publish>;
const draft = (changes: Partial<typeof EMPTY_CASE_DRAFT> = {}) => ({ ...EMPTY_CASE_DRAFT, ...changes });
const limits = {};

afterEach(() => {
    jest.clearAllMocks();
    window.sessionStorage.clear();
});

describe('the draft', () => {
    it.each([
        [1, 1],
        ['2', 2],
        [3, 3],
        [0, undefined],
        [4, undefined],
        ['two', undefined],
        [undefined, undefined]
    ])('reads the step %j as %j', (value, step) => {
        expect(stepOf(value)).toBe(step);
    });

    it('files each field trimmed, empty ones and no PIN as null, and the contact only when known', () => {
        const fields = caseRecordFields(draft({ subject: '  Login fails  ', description: '   ' }), '', '');
        expect(fields).toMatchObject({
            Subject: 'Login fails',
            Description: null,
            Product__c: null,
            PIN_Entered__c: null
        });
        expect(fields).not.toHaveProperty('ContactId');
        expect(caseRecordFields(draft(), '48210937', '003A')).toMatchObject({
            PIN_Entered__c: '48210937',
            ContactId: '003A'
        });
    });

    it('checks product and severity on step one, the details on a later step, and all with no step', () => {
        const fields = (step?: 1 | 2 | 3) => new Set(draftProblems(draft(), limits, step).map(({ field }) => field));
        expect(fields(1)).toEqual(new Set(['product', 'severity']));
        expect(fields(2).has('subject')).toBe(true);
        expect(fields(2).has('product')).toBe(false);
        expect(fields(3)).toEqual(fields(2));
        expect(fields()).toEqual(new Set([...fields(1), ...fields(2)]));
    });

    it.each([
        ['null', null],
        ['text', 'subject'],
        ['a number', 2],
        ['no draft', { step: 2 }]
    ])('reads no draft when storage holds %s', (_, value) => {
        writeOwn(DRAFT_KEY, value);
        expect(readStoredDraft()).toBeUndefined();
    });

    it('reads a stored draft on its step, step one when the step is none, filling fields it lacks', () => {
        writeOwn(DRAFT_KEY, { step: '5', draft: { subject: 'Login fails' } });
        expect(readStoredDraft()).toEqual({ step: 1, draft: draft({ subject: 'Login fails' }) });
    });
});

describe('the draft seen from outside', () => {
    it('offers each severity with its definition, and a value it does not know by its label alone', () => {
        const [known, unknown] = severityChoices([
            { label: 'Severity 2', value: 'Severity 2' },
            { label: 'Later', value: 'Later' }
        ]);
        expect(known.label).toMatch(/^Severity 2: ./);
        expect(unknown).toEqual({ label: 'Later', value: 'Later' });
    });

    it('keeps the draft as it is until the customer records arrive', () => {
        const typed = draft({ subject: 'Typed' });
        expect(prefilledFromFile(typed, undefined)).toBe(typed);
    });

    it('fills only empty fields, and only with something', () => {
        expect(
            prefilled(draft({ subject: 'Typed' }), { subject: 'Known', product: 'Secret Server', contactName: '' })
        ).toEqual(draft({ subject: 'Typed', product: 'Secret Server' }));
    });

    it('reviews each picklist by its label, a value without one as it is, and empty fields as not given', () => {
        const items = reviewItems(
            draft({ product: 'SS', severity: 'Severity 9', subject: '   ' }),
            '48210937',
            [{ label: 'Secret Server', value: 'SS' }],
            [{ label: 'Severity 2', value: 'Severity 2' }]
        );
        const value = (key: string) => items.find((item) => item.key === key)?.value;
        expect([value('product'), value('severity'), value('subject'), value('pin')]).toEqual([
            'Secret Server',
            'Severity 9',
            'Not given',
            '48210937'
        ]);
    });

    it.each([
        [1, false, { isStep1: true, rendersDetails: true, detailsHidden: true, isStep3: false, text: 'Step 1 of 3: ' }],
        [
            2,
            false,
            { isStep1: false, rendersDetails: true, detailsHidden: false, isStep3: false, text: 'Step 2 of 3: Details' }
        ],
        [
            3,
            false,
            { isStep1: false, rendersDetails: false, detailsHidden: true, isStep3: true, text: 'Step 3 of 3: ' }
        ],
        [1, true, { isStep1: false, rendersDetails: false, detailsHidden: true, isStep3: false, text: '' }],
        [2, true, { isStep1: false, rendersDetails: false, detailsHidden: true, isStep3: false, text: '' }],
        [3, true, { isStep1: false, rendersDetails: false, detailsHidden: true, isStep3: false, text: '' }]
    ])('shows step %d (filed: %s) as %j', (step, isCreated, view) => {
        const { text, ...shown } = stepView(step as 1 | 2 | 3, isCreated);
        const { text: words, ...expected } = view;
        expect(shown).toEqual(expected);
        expect(text.startsWith(words)).toBe(true);
        expect(text === '').toBe(words === '');
    });
});

describe('filing and its errors', () => {
    it('tells no one on the page of the case when there is no message context', async () => {
        mockCreateRecord.mockResolvedValue({ id: '500NEW' } as never);
        await expect(fileCase(draft(), '', '', undefined)).resolves.toBe('500NEW');
        expect(mockPublish).not.toHaveBeenCalled();
    });

    it('names the field once, also when the org already named it', () => {
        const error = {
            body: {
                output: {
                    errors: [],
                    fieldErrors: {
                        Subject: [
                            { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Subject: too long for us' },
                            { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Say more than Subject:' }
                        ]
                    }
                }
            }
        };
        expect(serverProblems(error).problems).toEqual([
            { field: 'subject', message: 'Subject: too long for us' },
            { field: 'subject', message: 'Subject: Say more than Subject:' }
        ]);
    });
});
