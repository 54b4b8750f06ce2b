// The followers query's answer read as the list needs it, on its own: answers cut short, blanks, order.
import { MAX_ROWS, addable, followersFrom, followersVariables } from '../followersQuery';
import type { FollowersData } from '../followersQuery';
import followers from './data/followers.json';

const EMPTY = { followers: [], viewerId: '', viewerContactId: '', colleagues: [] };

describe('followersFrom', () => {
    it('reads the followers, the viewer and the company’s contacts', () => {
        expect(followersFrom(followers as FollowersData)).toEqual({
            followers: [
                {
                    id: 'a0FDEMO0000000001AAA',
                    contactId: '003DEMO0000000002AAA',
                    userId: '005DEMO0000000002AAA',
                    name: 'Walter Skinner'
                }
            ],
            viewerId: '005DEMO0000000001AAA',
            viewerContactId: '003DEMO0000000001AAA',
            colleagues: [
                { id: '003DEMO0000000003AAA', name: 'Monica Reyes' },
                { id: '003DEMO0000000001AAA', name: 'Dana Scully' },
                { id: '003DEMO0000000002AAA', name: 'Walter Skinner' }
            ]
        });
    });

    it.each([
        ['no answer', undefined],
        ['no uiapi', {}],
        ['no query', { uiapi: {} }],
        ['no root queries', { uiapi: { query: {} } }],
        ['roots without edges', { uiapi: { query: { Case_Follower__c: {}, User: {}, Contact: {} } } }],
        ['no viewer', { uiapi: { query: { User: { edges: [] } } } }]
    ])('reads %s as nothing, without failing', (_, data) => {
        expect(followersFrom(data as FollowersData)).toEqual(EMPTY);
    });

    it('reads missing or blank values as blank', () => {
        const data: FollowersData = {
            uiapi: {
                query: {
                    Case_Follower__c: {
                        edges: [
                            { node: { Id: 'a0F1' } },
                            {
                                node: {
                                    Id: 'a0F2',
                                    Contact__c: { value: null },
                                    Follower__c: null,
                                    Follower_Name__c: { value: null }
                                }
                            }
                        ]
                    },
                    User: { edges: [{ node: { Id: '005x' } }] },
                    Contact: { edges: [{ node: { Id: '003x' } }, { node: { Id: '003y', Name: { value: null } } }] }
                }
            }
        };
        expect(followersFrom(data)).toEqual({
            followers: [
                { id: 'a0F1', contactId: '', userId: '', name: '' },
                { id: 'a0F2', contactId: '', userId: '', name: '' }
            ],
            viewerId: '005x',
            viewerContactId: '',
            colleagues: [
                { id: '003x', name: '' },
                { id: '003y', name: '' }
            ]
        });
    });

    it('lists followers by name, and the same name by Id', () => {
        const row = (Id: string, name: string) => ({ node: { Id, Follower_Name__c: { value: name } } });
        const data: FollowersData = {
            uiapi: {
                query: { Case_Follower__c: { edges: [row('a0F3', 'Zoe'), row('a0F2', 'Anna'), row('a0F1', 'Anna')] } }
            }
        };
        expect(followersFrom(data).followers.map((f) => `${f.name} ${f.id}`)).toEqual([
            'Anna a0F1',
            'Anna a0F2',
            'Zoe a0F3'
        ]);
    });
});

describe('addable', () => {
    const colleague = (id: string) => ({ id, name: id });
    it('offers colleagues who are neither the case’s contact nor following', () => {
        const following = [{ id: 'a0F1', contactId: '003b', userId: '005b', name: 'b' }];
        expect(addable([colleague('003a'), colleague('003b'), colleague('003c')], following, '003a')).toEqual([
            colleague('003c')
        ]);
        expect(addable([colleague('003a')], [], '')).toEqual([colleague('003a')]);
    });
});

describe('followersVariables', () => {
    it('asks for the case, the signed-in user and up to MAX_ROWS rows; no case is null, never undefined', () => {
        expect(followersVariables('500x')).toEqual({ caseId: '500x', userId: expect.any(String), first: MAX_ROWS });
        expect(followersVariables(undefined).caseId).toBeNull();
        expect(MAX_ROWS).toBe(200);
    });
});
