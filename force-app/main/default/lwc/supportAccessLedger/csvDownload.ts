// Handing the CSV to the browser: a Blob, an object URL and a link with `download`, clicked once
// (the file never leaves the browser: "URL: createObjectURL()", "HTMLAnchorElement: download", MDN).
// The URL is let go after the click has started the download.

export function downloadFile(text: string, fileName: string, doc: Document = document): void {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    doc.body.appendChild(link);
    link.click();
    link.remove();
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    setTimeout(() => URL.revokeObjectURL(url), 0);
}
