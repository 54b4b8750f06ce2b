// Reads the rendered phone table the way a person scans it: by region, country and number.
export interface RenderedRow {
    region: string;
    country: string;
    number: string;
    href: string;
}

export function renderedRows(element: HTMLElement): RenderedRow[] {
    const root = element.shadowRoot as ShadowRoot;
    return Array.from(root.querySelectorAll('tbody')).flatMap((tbody) =>
        Array.from(tbody.querySelectorAll('tr')).map((tr) => {
            const link = tr.querySelector('a') as HTMLAnchorElement;
            return {
                region: tbody.dataset.region as string,
                country: (tr.querySelector('th[scope="row"]') as HTMLElement).textContent as string,
                number: link.textContent as string,
                href: link.getAttribute('href') as string
            };
        })
    );
}

export function regionOrder(element: HTMLElement): string[] {
    return Array.from((element.shadowRoot as ShadowRoot).querySelectorAll('tbody')).map(
        (t) => t.dataset.region as string
    );
}

export function yourRegionBadges(element: HTMLElement): string[] {
    return Array.from((element.shadowRoot as ShadowRoot).querySelectorAll('.your-region')).map(
        (badge) => (badge.closest('tbody') as HTMLElement).dataset.region as string
    );
}
