/**
 * supportCaseFiles — the files on a case (logs, screenshots): the accepted types and size said
 * before upload, the upload itself, and the list of files with a download link each.
 *
 * The list is every file shared with the case that the platform lets the viewer see (filesQuery.ts):
 * a customer sees their own uploads and the files Thycotic shares with them (Customer Access), not
 * Thycotic's internal files nor Email-to-Case attachments.
 *
 * Uploads use lightning-file-upload with the case as its record-id: the platform's own uploader,
 * "For Use In ... Experience Builder Sites" (Component Reference), and not among the base
 * components LWR sites leave out ("Base Lightning Component Limitations in LWR Sites",
 * Experience Cloud LWR Developer Guide). That page does rule out opening files (file preview), so
 * each file is a download link from lightning/fileDownload, the module for downloading a file in
 * an LWR site. The largest file the platform takes through it is 2 GB.
 *
 * A case that is not there, or not the reader's (or a case number the case page is still looking
 * up), shows nothing here, and never an uploader.
 *
 * Public surface: `recordId` (the case), set by the case record page.
 */
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import TITLE from '@salesforce/label/c.Support_Case_Files_Title';
import UPLOAD from '@salesforce/label/c.Support_Case_Files_Upload';
import LIMITS from '@salesforce/label/c.Support_Case_Files_Limits';
import EMPTY from '@salesforce/label/c.Support_Case_Files_Empty';
import ADDED from '@salesforce/label/c.Support_Case_Files_Added';
import LOAD_ERROR from '@salesforce/label/c.Support_Case_Files_Load_Error';
import UPLOAD_ERROR from '@salesforce/label/c.Support_Case_Files_Upload_Error';
import { formatLabel } from 'c/supportFormat';
import { isCaseNumber } from 'c/supportCaseRules';
import { ACCEPTED_TYPES, FILES_QUERY, FILES_SHOWN, caseFilesFrom, caseFound } from './filesQuery';
import type { CaseFile, FilesData } from './filesQuery';

export default class SupportCaseFiles extends LightningElement {
    @api recordId?: string;

    labels = { title: TITLE, upload: UPLOAD, empty: EMPTY, loadError: LOAD_ERROR };
    accept = ACCEPTED_TYPES;
    limitsText = formatLabel(LIMITS, ACCEPTED_TYPES.join(', '));
    files?: CaseFile[];
    /** The case is there and the reader's: known once the query answers. */
    found?: boolean;
    loadErrors: unknown;
    uploadError = '';
    announcement = '';
    wiredResult?: GraphQLResult;

    /** A case's record Id to ask about; none for a case number (supportCaseDetail finds its case). */
    get filesQuery(): unknown {
        return this.isCaseId ? FILES_QUERY : undefined;
    }

    get isCaseId(): boolean {
        return Boolean(this.recordId) && !isCaseNumber(this.recordId);
    }

    /** Never an undefined value (LDS refuses it). */
    get variables(): Record<string, unknown> {
        return { caseId: this.recordId ?? null, first: FILES_SHOWN };
    }

    @wire(graphql, { query: '$filesQuery', variables: '$variables' })
    wiredFiles(result: GraphQLResult): void {
        this.wiredResult = result;
        if (result.errors?.length) {
            this.loadErrors = result.errors;
        } else if (result.data) {
            this.loadErrors = undefined;
            this.found = caseFound(result.data as FilesData);
            this.files = caseFilesFrom(result.data as FilesData, LOCALE, TIME_ZONE);
        }
    }

    get showsCase(): boolean {
        return this.isCaseId && this.found !== false;
    }

    get hasFiles(): boolean {
        return Boolean(this.files?.length);
    }

    get isEmpty(): boolean {
        return this.files?.length === 0 && !this.loadErrors;
    }

    /** The platform uploaded the files: say which, and list them (LDS does not add them to the query's result). */
    handleUploadFinished(event: CustomEvent<{ files?: { name: string; documentId: string }[] }>): void {
        const names = (event.detail?.files ?? []).map((file) => file.name);
        this.uploadError = names.length ? '' : UPLOAD_ERROR;
        this.announcement = names.length ? formatLabel(ADDED, names.join(', ')) : '';
        this.wiredResult?.refresh?.();
    }

    handleTryAgain(): void {
        this.loadErrors = undefined;
        this.files = undefined;
        this.wiredResult?.refresh?.();
    }
}
