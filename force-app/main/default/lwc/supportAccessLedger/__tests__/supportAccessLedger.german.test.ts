// A customer whose language is German and whose locale and time zone are Germany's: the ledger's words,
// times and numbers, and the CSV's headers, in German.
import 'test-language/de';
import { createElement } from 'lwc';
import { flushPromises, freezeTime, shadow } from 'test-helpers';
import SupportAccessLedger from 'c/supportAccessLedger';
import { graphql } from 'lightning/graphql';
import ledger from './data/ledger.json';

jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());
jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'de-DE' }), { virtual: true });
jest.mock('@salesforce/i18n/timeZone', () => ({ __esModule: true, default: 'Europe/Berlin' }), { virtual: true });

type Config = { query?: string; variables?: Record<string, unknown> };
const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: (config: Config) => boolean): void;
};
const isLedger = (config: Config) => JSON.stringify(config.variables?.pinWhere) === '{}';

describe('c-support-access-ledger in German', () => {
    beforeEach(() => freezeTime());

    afterEach(() => {
        document.body.replaceChildren();
        jest.useRealTimers();
    });

    it('names the PINs, their states and the verdicts in German, times in Berlin', async () => {
        const element = createElement('c-support-access-ledger', { is: SupportAccessLedger });
        document.body.appendChild(element);
        await flushPromises();
        graphqlAdapter.emit(ledger, isLedger);
        await flushPromises();
        const root = shadow(element);
        expect(root.querySelector('h2')?.textContent).toBe('Supportzugriff');
        const states = Array.from(root.querySelectorAll('tr.pin-row .state')).map((cell) => cell.textContent);
        expect(states[0]).toBe('Aktiv, noch 5 Std. 12 Min.');
        expect(states[1]).toBe('Aktiv, noch 6 T. 16 Std.');
        expect(states[2]).toBe('Beendet von Dana Scully am 20.11.2026, 16:42');
        expect(states[4]).toBe('Abgelaufen');
        expect(root.querySelector('tr.pin-row .kind')?.textContent).toBe('Privilegierte PIN');
        expect(root.querySelector('tr.use-row .verdict')?.textContent).toBe('Bestätigt: Die PIN war gültig');
        expect(root.querySelector('.pins-shown')?.textContent).toBe('5 von 7 angezeigt');
        expect(root.querySelector('button.download')?.textContent?.trim()).toBe('CSV herunterladen');
    });
});
