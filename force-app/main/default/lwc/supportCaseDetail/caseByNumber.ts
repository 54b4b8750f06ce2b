// A case page opened by the case number a customer knows (/case/00001026): one query finds the
// case's Id among the cases the customer may see, and the page goes on to the case's own page.
import { gql } from 'lightning/graphql';

export const CASE_BY_NUMBER_QUERY = gql`
    query supportCaseByNumber($caseNumber: String) {
        uiapi {
            query {
                Case(where: { CaseNumber: { eq: $caseNumber } }, first: 1) {
                    edges {
                        node {
                            Id
                        }
                    }
                }
            }
        }
    }
`;

/** The Id of the case the query found, if the customer may see one with that number. */
export function caseIdFrom(data: unknown): string | undefined {
    const edges = (data as { uiapi?: { query?: { Case?: { edges?: { node: { Id: string } }[] } } } })?.uiapi?.query
        ?.Case?.edges;
    return edges?.[0]?.node.Id;
}
