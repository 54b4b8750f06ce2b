import { listNames, peopleFrom, peopleVariables } from '../peopleQuery';
import type { PeopleData } from '../peopleQuery';

// What the people list reads from the query's answer, called directly: the answers the demo never
// gives (cut short at any level, fields left out or empty), and how names are joined in a sentence.
describe('peopleFrom', () => {
    const answer = (contacts: unknown, users: unknown = [{ node: { Id: '005A', ContactId: { value: '003A' } } }]) =>
        ({ uiapi: { query: { User: { edges: users }, Contact: { edges: contacts } } } }) as PeopleData;

    it('reads the viewer’s contact and each person: name, email, the flag and the support admin', () => {
        const data = answer([
            {
                node: {
                    Id: '003A',
                    Name: { value: 'Dana Scully' },
                    Email: { value: 'dana@acme.example' },
                    Privileged_Access__c: { value: true },
                    Support_Admin__c: { value: true }
                }
            },
            {
                node: {
                    Id: '003B',
                    Name: { value: 'Walter Skinner' },
                    Email: { value: 'walter@acme.example' },
                    Privileged_Access__c: { value: false },
                    Support_Admin__c: { value: false }
                }
            }
        ]);
        expect(peopleFrom(data)).toEqual({
            viewerContactId: '003A',
            people: [
                { id: '003A', name: 'Dana Scully', email: 'dana@acme.example', mayGrant: true, admin: true },
                { id: '003B', name: 'Walter Skinner', email: 'walter@acme.example', mayGrant: false, admin: false }
            ]
        });
    });

    it.each([
        ['left out', {}],
        ['null', { Name: null, Email: null, Privileged_Access__c: null, Support_Admin__c: null }],
        [
            'empty',
            {
                Name: { value: null },
                Email: { value: null },
                Privileged_Access__c: { value: null },
                Support_Admin__c: { value: null }
            }
        ]
    ])('reads fields %s as nothing on file, and no flag', (_, fields) => {
        expect(peopleFrom(answer([{ node: { Id: '003C', ...fields } }])).people).toEqual([
            { id: '003C', name: '', email: '', mayGrant: false, admin: false }
        ]);
    });

    it.each([
        ['no data', undefined],
        ['no uiapi', {}],
        ['no query', { uiapi: {} }],
        ['no User or Contact', { uiapi: { query: {} } }],
        ['no edges', { uiapi: { query: { User: {}, Contact: {} } } }],
        ['no user found', answer([], [])],
        ['a user without a contact', answer([], [{ node: { Id: '005A' } }])],
        ['a user whose contact is empty', answer([], [{ node: { Id: '005A', ContactId: { value: null } } }])]
    ])('reads no viewer contact and no people from an answer with %s', (_, data) => {
        expect(peopleFrom(data as never)).toEqual({ viewerContactId: '', people: [] });
    });
});

describe('listNames', () => {
    it.each([
        [[], ''],
        [['Dana'], 'Dana'],
        [['Dana', 'Walter'], 'Dana or Walter'],
        [['Dana', 'Walter', 'Fox'], 'Dana, Walter or Fox']
    ])('lists %j as %j', (names, sentence) => {
        expect(listNames(names, 'or')).toBe(sentence);
    });
});

describe('peopleVariables', () => {
    it('asks for the signed-in user and at most 200 people', () => {
        expect(peopleVariables()).toEqual({ userId: expect.stringMatching(/^005/), first: 200 });
    });

    it('asks for no user, rather than leaving the variable out, when no one is signed in', () => {
        jest.isolateModules(() => {
            jest.doMock('@salesforce/user/Id', () => ({ __esModule: true, default: undefined }), { virtual: true });
            const { peopleVariables: withoutUser } = jest.requireActual('../peopleQuery');
            expect(withoutUser()).toEqual({ userId: null, first: 200 });
        });
    });
});
