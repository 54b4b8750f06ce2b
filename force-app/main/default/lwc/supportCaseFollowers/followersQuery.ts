// Who follows a case, who the viewer is, and their company's contacts (whom the case's contact may
// add), in one request (three root queries). The followers are read through the case's sharing
// (Case_Follower__c is its detail); the contacts through the sharing set, kept to the viewer's company
// by the semi-join on User.AccountId, as supportAccessPeople's list.
import { gql } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';

/** The most rows one root query lists: the org holds how many may follow (Support_Portal_Setting__mdt). */
export const MAX_ROWS = 200;

export const FOLLOWERS_QUERY = gql`
    query supportCaseFollowers($caseId: ID, $userId: ID, $first: Int) {
        uiapi {
            query {
                Case_Follower__c(where: { Case__c: { eq: $caseId } }, first: $first) {
                    edges {
                        node {
                            Id
                            Contact__c {
                                value
                            }
                            Follower__c {
                                value
                            }
                            Follower_Name__c {
                                value
                            }
                        }
                    }
                }
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
                        }
                    }
                }
            }
        }
    }
`;

export function followersVariables(caseId: string | undefined): Record<string, unknown> {
    return { caseId: caseId ?? null, userId: USER_ID ?? null, first: MAX_ROWS };
}

type Value<T> = { value: T | null } | null | undefined;

export type FollowersData = {
    uiapi?: {
        query?: {
            Case_Follower__c?: {
                edges?: {
                    node: {
                        Id: string;
                        Contact__c?: Value<string>;
                        Follower__c?: Value<string>;
                        Follower_Name__c?: Value<string>;
                    };
                }[];
            };
            User?: { edges?: { node: { Id: string; ContactId?: Value<string> } }[] };
            Contact?: { edges?: { node: { Id: string; Name?: Value<string> } }[] };
        };
    };
};

/** A follower: the row, the contact the case's contact chose, the user the org stamped (Follower__c). */
export type Follower = { id: string; contactId: string; userId: string; name: string };
export type Colleague = { id: string; name: string };

/** The followers by name, the viewer (user and contact Id) and the company's contacts, as the query answered them. */
export function followersFrom(data: FollowersData | undefined): {
    followers: Follower[];
    viewerId: string;
    viewerContactId: string;
    colleagues: Colleague[];
} {
    const query = data?.uiapi?.query;
    const followers = (query?.Case_Follower__c?.edges ?? [])
        .map(({ node }) => ({
            id: node.Id,
            contactId: node.Contact__c?.value ?? '',
            userId: node.Follower__c?.value ?? '',
            name: node.Follower_Name__c?.value ?? ''
        }))
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const colleagues = (query?.Contact?.edges ?? []).map(({ node }) => ({ id: node.Id, name: node.Name?.value ?? '' }));
    const viewer = query?.User?.edges?.[0]?.node;
    return { followers, viewerId: viewer?.Id ?? '', viewerContactId: viewer?.ContactId?.value ?? '', colleagues };
}

/** Whom the case's contact may add: a colleague who is not the case's contact and does not follow it yet. */
export function addable(colleagues: Colleague[], followers: Follower[], caseContactId: string): Colleague[] {
    const following = new Set(followers.map((follower) => follower.contactId));
    return colleagues.filter((colleague) => colleague.id !== caseContactId && !following.has(colleague.id));
}
