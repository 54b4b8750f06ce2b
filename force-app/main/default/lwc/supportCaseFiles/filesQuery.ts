// The files on a case: the latest version of each file published to it (ContentVersion is an
// object the UI API supports; FirstPublishLocationId is the record lightning-file-upload's
// record-id published the file to).
import { gql } from 'lightning/graphql';

/** The most files the page lists, newest first. */
export const FILES_SHOWN = 50;

export const FILES_QUERY = gql`
    query supportCaseFiles($caseId: ID, $first: Int) {
        uiapi {
            query {
                ContentVersion(
                    where: { FirstPublishLocationId: { eq: $caseId }, IsLatest: { eq: true } }
                    orderBy: { CreatedDate: { order: DESC }, Id: { order: DESC } }
                    first: $first
                ) {
                    edges {
                        node {
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
`;

interface Value<T> {
    value: T | null;
}

export interface FilesData {
    uiapi: {
        query: {
            ContentVersion: {
                edges: {
                    node: {
                        Id: string;
                        Title: Value<string>;
                        FileExtension: Value<string>;
                        ContentSize: Value<number>;
                        CreatedDate: Value<string>;
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
