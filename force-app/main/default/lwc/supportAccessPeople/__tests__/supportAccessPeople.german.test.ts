// A customer whose language is German: the people list and its words in German.
import 'test-language/de';
import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportAccessPeople from 'c/supportAccessPeople';
import { graphql } from 'lightning/graphql';
import people from './data/people.json';

jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

const graphqlAdapter = graphql as unknown as { emit(data: unknown): void };

describe('c-support-access-people in German', () => {
    afterEach(() => document.body.replaceChildren());

    it('names the flag, the role, the actions and whom to ask in German', async () => {
        const element = createElement('c-support-access-people', { is: SupportAccessPeople });
        document.body.appendChild(element);
        await flushPromises();
        graphqlAdapter.emit(people);
        await flushPromises();
        const root = shadow(element);
        expect(root.querySelector('h3')?.textContent).toBe('Wer privilegierten Zugriff gewähren darf');
        const access = Array.from(root.querySelectorAll('.access')).map((cell) => cell.textContent);
        expect(access).toEqual(['Darf privilegierten Zugriff gewähren', 'Darf nicht']);
        expect(root.querySelector('.admin')?.textContent).toBe('Support-Administrator');
        const buttons = Array.from(root.querySelectorAll('button.change')).map((b) => b.textContent?.trim());
        expect(buttons).toEqual(['Entziehen', 'Erlauben']);
        const walter = JSON.parse(JSON.stringify(people));
        walter.uiapi.query.User.edges[0].node.ContactId.value = '003DEMO0000000002AAA';
        graphqlAdapter.emit(walter);
        await flushPromises();
        expect(root.querySelector('.ask')?.textContent).toBe(
            'Um das zu ändern, fragen Sie Dana Scully oder den Thycotic-Support.'
        );
    });
});
