// Who may grant privileged access: the signed-in user's contact and every contact of their company,
// in one request (two root queries). The sharing set Support_Portal_Customers lets a customer read
// their company's contacts; the semi-join (`inq` on User.AccountId, as supportCustomer's licenses)
// keeps the list to that company whoever asks.
import { gql } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';

/** The most colleagues one request lists (what one subquery returns). */
export const MAX_PEOPLE = 200;

export const PEOPLE_QUERY = gql`
    query supportAccessPeople($userId: ID, $first: Int) {
        uiapi {
            query {
                User(where: { Id: { eq: $userId } }, first: 1) {
                    edges {
                        node {
                            Id
                            ContactId {
                                value
                            }
                        }
                    }
                }
                Contact(
                    where: { AccountId: { inq: { User: { Id: { eq: $userId } }, ApiName: "AccountId" } } }
                    orderBy: { LastName: { order: ASC }, FirstName: { order: ASC }, Id: { order: ASC } }
                    first: $first
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Email {
                                value
                            }
                            Privileged_Access__c {
                                value
                            }
                            Support_Admin__c {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

export function peopleVariables(): Record<string, unknown> {
    return { userId: USER_ID ?? null, first: MAX_PEOPLE };
}

type Value<T> = { value: T | null } | null | undefined;

export type PeopleData = {
    uiapi?: {
        query?: {
            User?: { edges?: { node: { Id: string; ContactId?: Value<string> } }[] };
            Contact?: {
                edges?: {
                    node: {
                        Id: string;
                        Name?: Value<string>;
                        Email?: Value<string>;
                        Privileged_Access__c?: Value<boolean>;
                        Support_Admin__c?: Value<boolean>;
                    };
                }[];
            };
        };
    };
};

export type Person = { id: string; name: string; email: string; mayGrant: boolean; admin: boolean };

/** The viewer's contact Id and their company's people, as the query answered them. */
export function peopleFrom(data: PeopleData | undefined): { viewerContactId: string; people: Person[] } {
    const query = data?.uiapi?.query;
    const people = (query?.Contact?.edges ?? []).map(({ node }) => ({
        id: node.Id,
        name: node.Name?.value ?? '',
        email: node.Email?.value ?? '',
        mayGrant: node.Privileged_Access__c?.value === true,
        admin: node.Support_Admin__c?.value === true
    }));
    return { viewerContactId: query?.User?.edges?.[0]?.node.ContactId?.value ?? '', people };
}

/** Names as a sentence lists them: "A", "A or B", "A, B or C" (`or` the language's word). */
export function listNames(names: string[], or: string): string {
    if (names.length < 2) {
        return names[0] ?? '';
    }
    return `${names.slice(0, -1).join(', ')} ${or} ${names[names.length - 1]}`;
}
