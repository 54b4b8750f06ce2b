// The case page's conversation: the case's state, its latest messages and who is reading (a
// customer, or Thycotic: a user without a contact), in one request.
// Case_Message__c is a custom object, which the UI API supports ("User Interface API supports all
// custom objects", Supported Objects, User Interface API Developer Guide); CaseComment and the
// case feed are not on its list of supported objects, so the portal cannot read or write them
// through Lightning Data Service.
import { gql } from 'lightning/graphql';
import { formatDateTime, formatLabel } from 'c/supportFormat';
import { CLOSED_NOTE, FROM_SUPPORT, FROM_YOU, REOPENED_NOTE } from './labels';

/** The most messages the page shows: the latest, newest last. */
export const MESSAGES_SHOWN = 50;

export const CONVERSATION_QUERY = gql`
    query supportCaseConversation($caseId: ID, $first: Int, $userId: ID) {
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
                Case(where: { Id: { eq: $caseId } }, first: 1) {
                    edges {
                        node {
                            Id
                            IsClosed {
                                value
                            }
                        }
                    }
                }
                Case_Read__c(where: { Case__c: { eq: $caseId }, OwnerId: { eq: $userId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Read_At__c {
                                value
                            }
                        }
                    }
                }
                Case_Message__c(
                    where: { Case__c: { eq: $caseId } }
                    orderBy: { CreatedDate: { order: DESC }, Id: { order: DESC } }
                    first: $first
                ) {
                    edges {
                        node {
                            Id
                            Body__c {
                                value
                            }
                            Action__c {
                                value
                            }
                            From_Support__c {
                                value
                            }
                            Author_Name__c {
                                value
                            }
                            CreatedById {
                                value
                            }
                            CreatedDate {
                                value
                            }
                        }
                    }
                    totalCount
                }
            }
        }
    }
`;

interface Value<T> {
    value: T | null;
}

interface MessageNode {
    Id: string;
    Body__c: Value<string>;
    Action__c: Value<string>;
    From_Support__c: Value<boolean>;
    Author_Name__c: Value<string>;
    CreatedById: Value<string>;
    CreatedDate: Value<string>;
}

export interface ConversationData {
    uiapi: {
        query: {
            User: { edges: { node: { Id: string; ContactId: Value<string> } }[] };
            Case: { edges: { node: { Id: string; IsClosed: Value<boolean> } }[] };
            Case_Message__c: { edges: { node: MessageNode }[]; totalCount: number };
            Case_Read__c?: { edges: { node: { Id: string; Read_At__c: Value<string> } }[] };
        };
    };
}

export interface Message {
    id: string;
    author: string;
    fromSupport: boolean;
    className: string;
    when: string;
    /** What the message did to the case, in words ("Closed the case"), or ''. */
    note: string;
    body: string;
    /** From Thycotic, and newer than the reader's previous read of the case. */
    isNew: boolean;
}

export interface Conversation {
    /** The case is there, and the reader's to see: otherwise the page offers nothing to do with it. */
    found: boolean;
    isClosed: boolean;
    /**
     * The reader is Thycotic (an engineer on the Thycotic Support app's case page): a user without
     * a contact, the same test as the validation rules ($User.ContactId) and From_Support__c.
     */
    bySupport: boolean;
    messages: Message[];
    total: number;
    /** The reader's own read row (Case_Read__c), if they opened the case before: updated, never a second one. */
    readId: string | null;
}

const NOTES: Record<string, string> = { Close: CLOSED_NOTE, Reopen: REOPENED_NOTE };

/** Who wrote a message, as the customer reads it: themselves, Thycotic Support, or a colleague. */
function authorOf(node: MessageNode, userId: string): string {
    const name = node.Author_Name__c.value ?? '';
    if (node.From_Support__c.value) {
        return formatLabel(FROM_SUPPORT, name);
    }
    return node.CreatedById.value === userId ? FROM_YOU : name;
}

/** When the reader last read the case, as the answer says (null: never). */
export function lastReadOf(data: ConversationData): string | null {
    return data.uiapi.query.Case_Read__c?.edges[0]?.node.Read_At__c.value ?? null;
}

/**
 * The query's answer as the page shows it: the latest messages, oldest first. `lastRead` marks what
 * is new (Thycotic's messages after it): the answer's own unless the page keeps the one it opened with.
 */
export function conversationFrom(
    data: ConversationData,
    {
        userId,
        locale,
        timeZone,
        lastRead = lastReadOf(data)
    }: { userId: string; locale: string; timeZone: string; lastRead?: string | null }
): Conversation {
    const { User: users, Case: cases, Case_Message__c: messages } = data.uiapi.query;
    const reader = users.edges[0]?.node;
    const read = data.uiapi.query.Case_Read__c?.edges[0]?.node;
    const readAt = Date.parse(lastRead ?? '') || 0;
    const bySupport = Boolean(reader) && !reader?.ContactId.value;
    return {
        readId: read?.Id ?? null,
        found: cases.edges.length > 0,
        isClosed: cases.edges[0]?.node.IsClosed.value === true,
        bySupport,
        total: messages.totalCount,
        messages: messages.edges
            .map(({ node }) => ({
                id: node.Id,
                author: authorOf(node, userId),
                fromSupport: node.From_Support__c.value === true,
                className: `message slds-box slds-box_x-small ${node.From_Support__c.value ? 'from-support' : 'from-customer'}`,
                when: node.CreatedDate.value ? formatDateTime(node.CreatedDate.value, locale, timeZone) : '',
                note: NOTES[node.Action__c.value ?? ''] ?? '',
                body: node.Body__c.value ?? '',
                // New to a customer: Thycotic wrote it after their last read (an engineer's own words are not news).
                isNew:
                    !bySupport &&
                    node.From_Support__c.value === true &&
                    Date.parse(node.CreatedDate.value ?? '') > readAt
            }))
            .reverse()
    };
}
