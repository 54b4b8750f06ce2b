// A customer whose language is German reads the conversation's words in German, and the
// engineer's name with "Thycotic-Support".
import 'test-language/de';
import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportCaseConversation from 'c/supportCaseConversation';
import { graphql } from 'lightning/graphql';
import conversation from './data/conversation.json';

const graphqlAdapter = graphql as unknown as { emit(data: unknown): void };

describe('c-support-case-conversation in German', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('says who wrote each message and offers reply and close in German', async () => {
        const element = createElement('c-support-case-conversation', { is: SupportCaseConversation });
        Object.assign(element, { recordId: '500DEMO0000000001AAA' });
        document.body.appendChild(element);
        graphqlAdapter.emit(conversation);
        await flushPromises();
        const root = shadow(element);
        expect(root.querySelector('h2')?.textContent).toBe('Unterhaltung mit dem Thycotic Support');
        expect(Array.from(root.querySelectorAll('.author')).map((a) => a.textContent)).toEqual([
            'Sie',
            'Fox Mulder (Thycotic-Support)',
            'Walter Skinner'
        ]);
        expect((root.querySelector('lightning-textarea.draft') as HTMLElement & { label: string }).label).toBe(
            'Ihre Antwort'
        );
        expect((root.querySelector('lightning-button.close') as HTMLElement & { label: string }).label).toBe(
            'Diesen Fall schließen'
        );
        await expect(element).toBeAccessible();
    });

    it('tells a German-speaking engineer it is the customer they write to', async () => {
        const element = createElement('c-support-case-conversation', { is: SupportCaseConversation });
        Object.assign(element, { recordId: '500DEMO0000000001AAA' });
        document.body.appendChild(element);
        const engineer = JSON.parse(JSON.stringify(conversation)) as typeof conversation;
        (engineer.uiapi.query.User.edges[0].node.ContactId as { value: string | null }).value = null;
        graphqlAdapter.emit(engineer);
        await flushPromises();
        const root = shadow(element);
        expect(root.querySelector('h2')?.textContent).toBe('Unterhaltung mit dem Kunden');
        expect(root.querySelector('lightning-button.close')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
