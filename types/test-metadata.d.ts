// Object info and picklist values generated from the metadata for tests (jest/metadata.global-setup.mjs).
declare module '@metadata/objectInfo/*' {
    const objectInfo: {
        apiName: string;
        defaultRecordTypeId: string;
        fields: Record<string, { length: number; required: boolean; createable: boolean; updateable: boolean }>;
    };
    export default objectInfo;
}

declare module '@metadata/picklist/*' {
    const picklist: { defaultValue: null; values: { label: string; value: string }[] };
    export default picklist;
}

declare module '@metadata/picklists/*' {
    const picklists: { picklistFieldValues: Record<string, { values: { label: string; value: string }[] }> };
    export default picklists;
}

declare module '@metadata/de/picklists/*' {
    const picklists: { picklistFieldValues: Record<string, { values: { label: string; value: string }[] }> };
    export default picklists;
}
