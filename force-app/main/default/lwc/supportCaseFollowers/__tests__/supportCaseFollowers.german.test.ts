// A customer whose language is German: the followers and their actions in German.
import 'test-language/de';
import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportCaseFollowers from 'c/supportCaseFollowers';
import { graphql } from 'lightning/graphql';
import followers from './data/followers.json';

jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

const graphqlAdapter = graphql as unknown as { emit(data: unknown): void };

describe('c-support-case-followers in German', () => {
    afterEach(() => document.body.replaceChildren());

    it('names the followers, the choice and the actions in German', async () => {
        const element = createElement('c-support-case-followers', { is: SupportCaseFollowers });
        Object.assign(element, { caseId: '500DEMO0000000001AAA', caseContactId: '003DEMO0000000001AAA' });
        document.body.appendChild(element);
        await flushPromises();
        graphqlAdapter.emit(followers);
        await flushPromises();
        const root = shadow(element);
        expect(root.querySelector('h3')?.textContent?.trim()).toBe('Beobachter dieses Falls');
        const remove = root.querySelector('button.remove') as HTMLElement;
        expect(remove.textContent?.trim()).toBe('Entfernen');
        expect(remove.getAttribute('aria-label')).toBe('Walter Skinner entfernen');
        expect((root.querySelector('lightning-combobox.add-choice') as HTMLElement & { label: string }).label).toBe(
            'Kollegen hinzufügen'
        );
        const walter = JSON.parse(JSON.stringify(followers));
        walter.uiapi.query.User.edges[0].node = {
            Id: '005DEMO0000000002AAA',
            ContactId: { value: '003DEMO0000000002AAA' }
        };
        graphqlAdapter.emit(walter);
        await flushPromises();
        expect(root.querySelector('button.stop')?.textContent?.trim()).toBe('Nicht mehr beobachten');
    });
});
