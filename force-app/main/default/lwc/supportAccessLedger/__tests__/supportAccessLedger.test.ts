import { createElement } from 'lwc';
import { clickTryAgain, deepActiveElement, deepQueryAll, deepText, flushPromises, freezeTime } from 'test-helpers';
import SupportAccessLedger, { CSV_DEFAULT_DAYS } from 'c/supportAccessLedger';
import { graphql } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import * as navigation from 'lightning/navigation';
import ledger from './data/ledger.json';
import emptyLedger from './data/emptyLedger.json';

jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

type Config = { query?: string; variables?: Record<string, unknown> };
const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: (config: Config) => boolean, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[], filter?: (config: Config) => boolean, refresh?: () => Promise<void>): void;
};
const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const { navigate } = navigation as unknown as { navigate: jest.Mock };

const isCustomer = (config: Config) => Boolean(config.query?.includes('query supportCustomer'));
const isLedger = (config: Config) =>
    Boolean(config.query?.includes('query supportAccessLedger')) && JSON.stringify(config.variables?.pinWhere) === '{}';
const isCsv = (config: Config) =>
    Boolean(config.query?.includes('query supportAccessLedger')) && config.variables?.pinFirst === 2000;

function customer(privileged: boolean) {
    return {
        uiapi: {
            query: {
                User: {
                    edges: [
                        {
                            node: {
                                Contact: {
                                    Id: '003DEMO0000000001AAA',
                                    Privileged_Access__c: { value: privileged },
                                    Account: { Id: '001DEMO0000000001AAA' }
                                }
                            }
                        }
                    ]
                }
            }
        }
    };
}

let updates: jest.SpyInstance;
/** Every configuration the graphql wires were given, in order. */
const configs = (): Config[] => updates.mock.calls.map(([config]) => config as Config);

function render(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-support-access-ledger', { is: SupportAccessLedger });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

async function renderWith(
    data: unknown = ledger,
    { privileged = true, refresh = jest.fn(() => Promise.resolve()) } = {}
): Promise<HTMLElement> {
    const element = render();
    // The wires have their configuration once the component is connected.
    await flushPromises();
    graphqlAdapter.emit(customer(privileged), isCustomer);
    graphqlAdapter.emit(data, isLedger, refresh);
    await flushPromises();
    return element;
}

// The page and its rows' End access (c-support-end-access) as the customer sees them: one page.
const $$ = (element: HTMLElement, selector: string) => deepQueryAll(element, selector, 'c-support-end-access');
const $ = (element: HTMLElement, selector: string) => $$(element, selector)[0] ?? (null as unknown as HTMLElement);
const cells = (row: HTMLElement) => Array.from(row.children).map((cell) => (cell.textContent ?? '').trim());

describe('c-support-access-ledger', () => {
    beforeEach(() => {
        freezeTime();
        updates = jest.spyOn(graphql.prototype as { update(config: Config): void }, 'update');
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.restoreAllMocks();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('says it is loading, and asks one query for both lists and no CSV', async () => {
        const element = render();
        await flushPromises();
        expect($(element, '.loading').textContent).toBe('Loading support access…');
        const ledgerConfigs = configs().filter((config) => config.query?.includes('query supportAccessLedger'));
        expect(ledgerConfigs).toHaveLength(1);
        expect(ledgerConfigs[0].variables).toEqual({
            pinWhere: {},
            pinFirst: 25,
            verificationWhere: {},
            verificationFirst: 25
        });
        expect(configs().filter((config) => config.query === undefined)).toHaveLength(1);
        expect(configs().some(isCustomer)).toBe(true);
    });

    it('lists every PIN masked to its last four, with kind, issuer, times and state', async () => {
        const element = await renderWith();
        const rows = $$(element, 'tr.pin-row').map(cells);
        expect(rows.map((row) => [row[0], row[1], row[2], row[5]])).toEqual([
            ['•••• jkmn', 'Privileged PIN', 'Dana Scully', 'Active, 5 h 12 min left'],
            ['•••• 5678', 'Tech Support PIN', 'Walter Skinner', 'Active, 6 d 16 h left'],
            [
                '•••• 4321',
                'Support PIN',
                'Dana Scully',
                expect.stringMatching(/^Ended by Dana Scully Nov 20, 2026, 7:42\sAM$/)
            ],
            ['•••• 2222', 'Support PIN', 'Dana Scully', expect.stringMatching(/^Ended by Thycotic Nov 18, 2026/)],
            ['•••• 8888', 'Support PIN', 'Walter Skinner', 'Expired']
        ]);
        expect(rows[0][3]).toMatch(/^Nov 22, 2026, 9:12\sAM$/);
        expect(rows[0][4]).toMatch(/^Nov 22, 2026, 3:12\sPM$/);
        // No more of a PIN than its last four characters anywhere on the page.
        expect(deepText(element)).not.toMatch(/12345678|pabcdefghjkmn|87654321/);
        expect($(element, '.pins-shown').textContent).toBe('5 of 7 shown');
    });

    it("lists Thycotic's verifications: when, engineer, verdict in words, PIN and case", async () => {
        const element = await renderWith();
        const rows = $$(element, 'tr.use-row').map(cells);
        expect(rows[0].slice(1)).toEqual(['Fox Mulder', 'Confirmed: the PIN was valid', '•••• 5678', '00001026']);
        expect(rows[0][0]).toMatch(/^Nov 22, 2026, 8:45\sAM$/);
        expect(rows[1].slice(1)).toEqual(['John Doggett', 'Refused: the PIN had expired', '•••• 8888', 'No case']);
        expect($(element, '.uses-shown').textContent).toBe('2 of 2 shown');
        expect($(element, '.more-uses')).toBeNull();
    });

    it('links a case number to the case page', async () => {
        const element = await renderWith();
        const link = $(element, 'a.case-link') as HTMLAnchorElement;
        expect(link.getAttribute('href')).toBe('/s/detail/500DEMO0000000001AAA');
        link.click();
        expect(navigate.mock.calls[0][0]).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: '500DEMO0000000001AAA', objectApiName: 'Case', actionName: 'view' }
        });
    });

    it('names each value for the card a row becomes on a phone', async () => {
        const element = await renderWith();
        const labels = Array.from($$(element, 'tr.pin-row')[0].querySelectorAll('td[data-label]')).map((td) =>
            td.getAttribute('data-label')
        );
        expect(labels).toEqual(['Kind', 'Issued by', 'Issued', 'Expires', 'State']);
    });

    it('says so when there is nothing yet', async () => {
        const element = await renderWith(emptyLedger);
        expect($(element, '.no-pins').textContent).toBe('Your company has no PINs yet.');
        expect($(element, '.no-uses').textContent).toBe('Thycotic has not used any of your PINs yet.');
        expect($(element, 'table')).toBeNull();
    });

    it('shows a failed load in words and tries again', async () => {
        const refresh = jest.fn(() => Promise.resolve());
        const element = render();
        await flushPromises();
        graphqlAdapter.emitErrors([{ message: 'Unable to reach the server.' }], isLedger, refresh);
        await flushPromises();
        const panel = $(element, 'c-support-error-panel.load-error');
        expect(deepText(panel)).toContain('We could not load your support access.');
        clickTryAgain(panel);
        await flushPromises();
        expect(refresh).toHaveBeenCalledTimes(1);
        expect($(element, '.loading')).not.toBeNull();
    });

    it('shows more of one list at a time', async () => {
        const element = await renderWith();
        updates.mockClear();
        $(element, 'button.more-pins').click();
        await flushPromises();
        expect(configs().find(isLedgerConfig)?.variables).toEqual({
            pinWhere: {},
            pinFirst: 50,
            verificationWhere: {},
            verificationFirst: 25
        });
    });

    it('takes its page size from the builder', async () => {
        render({ pageSize: 10 });
        await flushPromises();
        expect(configs().filter(isLedgerConfig).pop()?.variables).toMatchObject({
            pinFirst: 10,
            verificationFirst: 10
        });
        document.body.replaceChildren();
        const element = render({ pageSize: 'many' });
        expect((element as unknown as { pageSize: number }).pageSize).toBe(25);
        (element as unknown as { pageSize: number }).pageSize = 5000;
        expect((element as unknown as { pageSize: number }).pageSize).toBe(2000);
    });

    describe('End access', () => {
        it('is not offered to a colleague who may not end access, who is told who can', async () => {
            const element = await renderWith(ledger, { privileged: false });
            expect($$(element, 'button.end-access')).toHaveLength(0);
            expect($(element, '.not-authorized').textContent).toBe(
                "Only colleagues your company authorized for privileged access can end a PIN's access. Ask one of them, or Thycotic Support."
            );
        });

        it('is offered on each active PIN to an authorized contact, named for the PIN', async () => {
            const element = await renderWith();
            expect(
                $$(element, 'button.end-access').map((b) => [b.textContent?.trim(), b.getAttribute('aria-label')])
            ).toEqual([
                ['End access', 'End access with PIN ending jkmn'],
                ['End access', 'End access with PIN ending 5678']
            ]);
            expect($(element, '.not-authorized')).toBeNull();
        });

        it('asks first, in the row, saying what it means; Keep access leaves everything as it was', async () => {
            const element = await renderWith();
            $$(element, 'button.end-access')[0].click();
            await flushPromises();
            const group = $(element, '[role="group"].confirm');
            expect(group.textContent).toContain(
                'End access with PIN •••• jkmn? Thycotic can then no longer use it to identify your company or to reach your cloud database.'
            );
            expect(deepActiveElement(element)).toBe($(element, 'button.keep-access'));
            expect($$(element, 'button.end-access')).toHaveLength(1);
            $(element, 'button.keep-access').click();
            await flushPromises();
            expect($(element, '.confirm')).toBeNull();
            expect(deepActiveElement(element)).toBe($$(element, 'button.end-access')[0]);
            expect(mockCreateRecord).not.toHaveBeenCalled();
        });

        it('closes the confirmation on Escape', async () => {
            const element = await renderWith();
            $$(element, 'button.end-access')[1].click();
            await flushPromises();
            $(element, '.confirm').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
            await flushPromises();
            expect($(element, '.confirm')).not.toBeNull();
            $(element, '.confirm').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
            await flushPromises();
            expect($(element, '.confirm')).toBeNull();
        });

        it('files one revocation for a double click, refreshes the ledger and announces it', async () => {
            let resolve: (value: unknown) => void = () => undefined;
            mockCreateRecord.mockReturnValue(new Promise((done) => (resolve = done)) as never);
            const refresh = jest.fn(() => Promise.resolve());
            const element = await renderWith(ledger, { refresh });
            $$(element, 'button.end-access')[0].click();
            await flushPromises();
            $(element, 'button.confirm-end').click();
            $(element, 'button.confirm-end').click();
            await flushPromises();
            expect(($(element, 'button.confirm-end') as HTMLButtonElement).disabled).toBe(true);
            expect($(element, '.ending').textContent).toBe('Ending access…');
            resolve({ id: 'a0RDEMO0000000001AAA' });
            await flushPromises();
            expect(mockCreateRecord).toHaveBeenCalledTimes(1);
            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Support_PIN_Revocation__c',
                fields: { Support_PIN__c: 'a0PDEMO0000000001AAA' }
            });
            expect(refresh).toHaveBeenCalledTimes(1);
            expect($(element, '.announcement').textContent).toBe('Access with PIN •••• jkmn has ended.');
            expect($(element, '.confirm')).toBeNull();
            expect(deepActiveElement(element)).toBe($(element, 'h3.pins-title'));
        });

        it("shows the org's refusal in words and keeps the confirmation open", async () => {
            // A refusal as the flow words it (a Custom Error fails the save with its message).
            mockCreateRecord.mockRejectedValue({
                status: 400,
                body: {
                    message: 'An error occurred while trying to update the record. Please try again.',
                    output: {
                        errors: [
                            {
                                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                                message: 'Only a contact your company authorized can end access.'
                            }
                        ],
                        fieldErrors: {}
                    }
                }
            });
            const element = await renderWith();
            $$(element, 'button.end-access')[0].click();
            await flushPromises();
            $(element, 'button.confirm-end').click();
            await flushPromises();
            const panel = $(element, 'c-support-error-panel.end-error');
            expect(deepText(panel)).toContain('Access was not ended.');
            expect(deepText(panel)).toContain('Only a contact your company authorized can end access.');
            expect($(element, '.confirm')).not.toBeNull();
            expect(($(element, 'button.confirm-end') as HTMLButtonElement).disabled).toBe(false);
            expect($(element, '.announcement').textContent).toBe('');
        });
    });

    describe('CSV', () => {
        let blobs: Blob[];
        let clicked: HTMLAnchorElement[];

        beforeEach(() => {
            blobs = [];
            clicked = [];
            Object.assign(URL, {
                createObjectURL: jest.fn((blob: Blob) => {
                    blobs.push(blob);
                    return 'blob:ledger';
                }),
                revokeObjectURL: jest.fn()
            });
            jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
                clicked.push(this);
            });
        });

        const textOf = (blob: Blob) =>
            new Promise<string>((resolve) => {
                const reader = new FileReader();
                reader.onload = () => resolve(reader.result as string);
                reader.readAsText(blob);
            });

        it('covers the last 30 days by default', async () => {
            const element = await renderWith();
            expect(CSV_DEFAULT_DAYS).toBe(30);
            expect(($(element, 'lightning-input.csv-from') as unknown as { value: string }).value).toBe('2026-10-24');
            expect(($(element, 'lightning-input.csv-to') as unknown as { value: string }).value).toBe('2026-11-22');
        });

        it('refuses a range that ends before it starts', async () => {
            const element = await renderWith();
            const from = $(element, 'lightning-input.csv-from');
            from.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-11-23' } }));
            $(element, 'button.download').click();
            await flushPromises();
            expect($(element, '.csv-range-error').textContent).toBe('Choose a From date on or before the To date.');
            expect(configs().some(isCsv)).toBe(false);
        });

        it('reads the range, 2,000 at a time by time, and downloads the file', async () => {
            const element = await renderWith();
            const to = $(element, 'lightning-input.csv-to');
            to.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-11-21' } }));
            $(element, 'button.download').click();
            await flushPromises();
            expect(($(element, 'button.download') as HTMLButtonElement).disabled).toBe(true);
            const first = configs().filter(isCsv).pop();
            const range = { gte: { value: '2026-10-24T07:00:00.000Z' }, lt: { value: '2026-11-22T08:00:00.000Z' } };
            expect(first?.variables).toEqual({
                pinWhere: {
                    and: [
                        { or: [{ Issued_At__c: range }, { Revoked_At__c: range }] },
                        { Issued_At__c: { lte: { value: '2026-11-22T08:00:00.000Z' } } }
                    ]
                },
                pinFirst: 2000,
                verificationWhere: {
                    and: [{ CreatedDate: range }, { CreatedDate: { lte: { value: '2026-11-22T08:00:00.000Z' } } }]
                },
                verificationFirst: 2000
            });
            // The PINs have more to read: the next request reads up to the last PIN's issue time; the
            // verifications are read to their end.
            graphqlAdapter.emit(ledger, isCsv);
            await flushPromises();
            const second = configs().filter(isCsv).pop();
            expect(second?.variables?.pinWhere).toEqual({
                and: [
                    { or: [{ Issued_At__c: range }, { Revoked_At__c: range }] },
                    { Issued_At__c: { lte: { value: '2026-11-08T09:00:00.000Z' } } }
                ]
            });
            expect(second?.variables?.verificationWhere).toEqual({ Id: { eq: null } });
            expect($(element, '.csv-status').textContent).toBe('Preparing the file… 7 entries read');
            // The same rows again bring nothing new: the reading ends.
            graphqlAdapter.emit(ledger, isCsv);
            await flushPromises();
            await flushPromises();
            expect(clicked).toHaveLength(1);
            expect(clicked[0].download).toBe('support-access-2026-10-24-to-2026-11-21.csv');
            expect(clicked[0].href).toBe('blob:ledger');
            expect(blobs[0].type).toBe('text/csv;charset=utf-8');
            const text = await textOf(blobs[0]);
            const lines = text.split('\r\n');
            expect(lines[0]).toBe(
                'Time (America/Los_Angeles),Time (UTC),Event,PIN kind,PIN (last four),By,Verdict,Case number'
            );
            expect(lines.slice(1, -1)).toEqual([
                '2026-11-20 07:42:00,2026-11-20 15:42:00,PIN ended,Support PIN,4321,Dana Scully,,',
                '2026-11-20 01:00:00,2026-11-20 09:00:00,PIN issued,Support PIN,4321,Dana Scully,,',
                '2026-11-18 03:00:00,2026-11-18 11:00:00,PIN ended,Support PIN,2222,Thycotic,,',
                '2026-11-18 01:00:00,2026-11-18 09:00:00,PIN issued,Support PIN,2222,Dana Scully,,',
                '2026-11-16 00:30:00,2026-11-16 08:30:00,PIN verified,Support PIN,8888,John Doggett,Refused: the PIN had expired,',
                '2026-11-08 01:00:00,2026-11-08 09:00:00,PIN issued,Support PIN,8888,Walter Skinner,,'
            ]);
            expect(text).not.toMatch(/12345678|87654321|99998888/);
            expect($(element, '.csv-status').textContent).toBe(
                'Downloaded support-access-2026-10-24-to-2026-11-21.csv with 6 entries.'
            );
            expect(($(element, 'button.download') as HTMLButtonElement).disabled).toBe(false);
            await new Promise((done) => setTimeout(done, 5));
            expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:ledger');
        });

        it('shows a failed read in words and can start again', async () => {
            const element = await renderWith();
            $(element, 'button.download').click();
            await flushPromises();
            graphqlAdapter.emitErrors([{ message: 'Unable to reach the server.' }], isCsv);
            await flushPromises();
            const panel = $(element, 'c-support-error-panel.csv-error');
            expect(deepText(panel)).toContain('The file could not be prepared.');
            expect(($(element, 'button.download') as HTMLButtonElement).disabled).toBe(false);
            expect(clicked).toHaveLength(0);
        });
    });

    it('is accessible with its lists, a confirmation and an error', async () => {
        const element = await renderWith();
        await expect(element).toBeAccessible();
        $$(element, 'button.end-access')[0].click();
        await flushPromises();
        await expect(element).toBeAccessible();
        document.body.replaceChildren();
        await expect(await renderWith(emptyLedger, { privileged: false })).toBeAccessible();
    });
});

function isLedgerConfig(config: Config): boolean {
    return isLedger(config);
}
