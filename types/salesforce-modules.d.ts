// Declarations for the platform modules that @salesforce/lightning-types does
// not cover. Shapes follow the LWC developer guide and the UI API responses.
/// <reference types="@salesforce/lightning-types" />

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/i18n/locale' {
    const locale: string;
    export default locale;
}

declare module '@salesforce/i18n/timeZone' {
    const timeZone: string;
    export default timeZone;
}

declare module '@salesforce/i18n/lang' {
    const lang: string;
    export default lang;
}

declare module '@salesforce/schema/*' {
    const field: import('lightning/uiRecordApi').FieldId;
    export default field;
}

declare module '@salesforce/messageChannel/*' {
    const channel: import('lightning/messageService').MessageChannel;
    export default channel;
}

declare module 'lightning/uiRecordApi' {
    import type { WireAdapterConstructor } from 'lwc';

    export interface ObjectId {
        objectApiName: string;
    }
    export interface FieldId {
        objectApiName: string;
        fieldApiName: string;
    }
    export interface FieldValue {
        value: unknown;
        displayValue: string | null;
    }
    export interface RecordRepresentation {
        apiName: string;
        id: string;
        fields: Record<string, FieldValue & { value: unknown | RecordRepresentation }>;
        lastModifiedDate?: string;
    }
    export interface RecordInput {
        apiName?: string;
        fields: Record<string, unknown>;
    }
    export interface WireResult<T> {
        data?: T;
        error?: unknown;
    }
    export interface GetRecordConfig {
        recordId: string | undefined;
        fields?: (FieldId | string)[];
        optionalFields?: (FieldId | string)[];
    }

    export const getRecord: WireAdapterConstructor<GetRecordConfig, WireResult<RecordRepresentation>>;
    export function getFieldValue(record: RecordRepresentation | undefined, field: FieldId | string): unknown;
    export function getFieldDisplayValue(
        record: RecordRepresentation | undefined,
        field: FieldId | string
    ): string | null;
    export function createRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
    export function updateRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
    export function deleteRecord(recordId: string): Promise<void>;
    export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void>;
}

declare module 'lightning/uiObjectInfoApi' {
    import type { WireAdapterConstructor } from 'lwc';
    import type { FieldId, ObjectId, WireResult } from 'lightning/uiRecordApi';

    export interface ObjectInfo {
        apiName: string;
        label: string;
        defaultRecordTypeId: string;
        fields: Record<string, { apiName: string; label: string; length?: number; required?: boolean }>;
    }
    export interface PicklistValue {
        label: string;
        value: string;
    }
    export interface PicklistValues {
        defaultValue: PicklistValue | null;
        values: PicklistValue[];
    }
    export const getObjectInfo: WireAdapterConstructor<{ objectApiName: ObjectId | string }, WireResult<ObjectInfo>>;
    export const getPicklistValues: WireAdapterConstructor<
        { recordTypeId: string | undefined; fieldApiName: FieldId | string },
        WireResult<PicklistValues>
    >;
    export interface PicklistValuesCollection {
        picklistFieldValues: Record<string, PicklistValues>;
    }
    export const getPicklistValuesByRecordType: WireAdapterConstructor<
        { objectApiName: ObjectId | string; recordTypeId: string },
        WireResult<PicklistValuesCollection>
    >;
}

declare module 'lightning/fileDownload' {
    /** A download URL for a file (ContentDocument 069, ContentVersion 068) in an LWR site. */
    export function generateUrl(recordId: string): string | undefined;
}

declare module 'lightning/graphql' {
    import type { WireAdapterConstructor } from 'lwc';

    export interface GraphQLError {
        message: string;
    }
    export interface GraphQLResult<T = unknown> {
        data?: T;
        errors?: GraphQLError[];
        /** Asks the server again; the wire then receives the new result. */
        refresh?: () => Promise<void>;
    }
    export function gql(strings: TemplateStringsArray, ...values: unknown[]): string;
    export const graphql: WireAdapterConstructor<
        { query: string | undefined; variables?: Record<string, unknown>; operationName?: string },
        GraphQLResult
    >;
}

declare module 'lightning/navigation' {
    import type { LightningElement, WireAdapterConstructor } from 'lwc';

    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, string>;
    }
    export interface NavigationMixinMethods {
        [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
        [NavigationMixin.GenerateUrl](pageReference: PageReference): Promise<string>;
    }
    type ElementConstructor = new (...args: any[]) => LightningElement;
    // Keeps the base's statics (createElement needs them) and adds the navigation methods to instances.
    export function NavigationMixin<T extends ElementConstructor>(
        base: T
    ): Pick<T, keyof T> & (new (...args: ConstructorParameters<T>) => InstanceType<T> & NavigationMixinMethods);
    export namespace NavigationMixin {
        const Navigate: unique symbol;
        const GenerateUrl: unique symbol;
    }
    export const CurrentPageReference: WireAdapterConstructor<Record<string, never>, PageReference>;
}

declare module 'lightning/messageService' {
    import type { WireAdapterConstructor } from 'lwc';

    export interface MessageChannel {
        readonly __brand: 'MessageChannel';
    }
    export interface MessageContextType {
        readonly __brand: 'MessageContext';
    }
    export interface Subscription {
        readonly __brand: 'Subscription';
    }
    export const MessageContext: WireAdapterConstructor<Record<string, never>, MessageContextType>;
    export const APPLICATION_SCOPE: symbol;
    export function publish(context: MessageContextType, channel: MessageChannel, message?: unknown): void;
    export function subscribe(
        context: MessageContextType,
        channel: MessageChannel,
        listener: (message: unknown) => void,
        options?: { scope: symbol }
    ): Subscription;
    export function unsubscribe(subscription: Subscription): void;
}
