// The files on a case: every file shared with the case (a ContentDocumentLink whose LinkedEntityId
// is the case), newest first. The platform decides which links a customer sees: a link's
// Visibility AllUsers (the file's Customer Access) shows the file to customers who see the case,
// InternalUsers only to Thycotic ("Make Files on Records Visible to Customers", Experience Cloud
// help: https://help.salesforce.com/s/articleView?id=experience.networks_files_on_records_visible_to_customers.htm).
// So the customer's own uploads and the files an engineer shares with them show; the engineer's
// internal files do not, and neither do Email-to-Case attachments, which are files of the email,
// not of the case (docs/components.md, supportCaseFiles). Filtering on FirstPublishLocationId, as
// this query once did, found only files first uploaded to the case.
//   ContentDocumentLink needs a filter on LinkedEntityId, ContentDocumentId or Id, as in SOQL
// ("turn on the Query All Files permission to query without a filter on id, LinkedEntityId, and
// documentID fields", Object Reference, ContentDocumentLink); apps query it through UI API GraphQL
// as here (an org proves it for a customer: npm run scratch:verify).
import { gql } from 'lightning/graphql';
import { generateUrl } from 'lightning/fileDownload';
import { formatDateTime } from 'c/supportFormat';

/** The most files the page lists, newest first. */
export const FILES_SHOWN = 50;

export const FILES_QUERY = gql`
    query supportCaseFiles($caseId: ID, $first: Int) {
        uiapi {
            query {
                Case(where: { Id: { eq: $caseId } }, first: 1) {
                    edges {
                        node {
                            Id
                        }
                    }
                }
                ContentDocumentLink(
                    where: { LinkedEntityId: { eq: $caseId } }
                    orderBy: { ContentDocument: { CreatedDate: { order: DESC } }, Id: { order: DESC } }
                    first: $first
                ) {
                    edges {
                        node {
                            Id
                            ContentDocument {
                                Id
                                Title {
                                    value
                                }
                                FileExtension {
                                    value
                                }
                                ContentSize {
                                    value
                                }
                                CreatedDate {
                                    value
                                }
                            }
                        }
                    }
                }
            }
        }
    }
`;

interface Value<T> {
    value: T | null;
}

export interface FilesData {
    uiapi: {
        query: {
            Case?: { edges: { node: { Id: string } }[] };
            ContentDocumentLink: {
                edges: {
                    node: {
                        Id: string;
                        ContentDocument: {
                            Id: string;
                            Title: Value<string>;
                            FileExtension: Value<string>;
                            ContentSize: Value<number>;
                            CreatedDate: Value<string>;
                        } | null;
                    };
                }[];
            };
        };
    };
}

export interface CaseFile {
    id: string;
    name: string;
    size: string;
    when: string;
    url: string;
}

/** The case is there and the reader's: a page for any other offers no uploader. */
export function caseFound(data: FilesData): boolean {
    return (data.uiapi.query.Case?.edges.length ?? 0) > 0;
}

/**
 * The files in the answer as the page lists them: name, size and time in the viewer's words, and a
 * download address for the file (lightning/fileDownload takes a ContentDocument Id). A file linked
 * to the case twice is listed once.
 */
export function caseFilesFrom(data: FilesData, locale: string, timeZone: string): CaseFile[] {
    const seen = new Set<string>();
    return data.uiapi.query.ContentDocumentLink.edges.flatMap(({ node }) => {
        const document = node.ContentDocument;
        if (!document || seen.has(document.Id)) {
            return [];
        }
        seen.add(document.Id);
        return [
            {
                id: document.Id,
                name: [document.Title.value, document.FileExtension.value].filter(Boolean).join('.'),
                size: fileSize(document.ContentSize.value ?? 0, locale),
                when: document.CreatedDate.value ? formatDateTime(document.CreatedDate.value, locale, timeZone) : '',
                url: generateUrl(document.Id) ?? ''
            }
        ];
    });
}

/** Bytes as a customer reads a file size: 512 bytes, 14 KB, 3.2 MB, in their locale. */
export function fileSize(bytes: number, locale: string): string {
    const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: units[unit],
        unitDisplay: unit === 0 ? 'long' : 'short',
        maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1
    }).format(value);
}

/** The file types the portal asks for: logs, archives of logs, screenshots and documents. */
export const ACCEPTED_TYPES = ['.log', '.txt', '.zip', '.7z', '.gz', '.json', '.xml', '.png', '.jpg', '.jpeg', '.pdf'];
