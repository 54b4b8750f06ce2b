/**
 * The words worth searching for in what a customer types: lower case, no stop words (English and
 * German: customers write either in either portal language; a suggestion must share a word that
 * says what the problem is about, so "fails" or "error" alone is a stop word), lightly stemmed so that "rotate",
 * "rotated" and "rotating" all find "Rotating" in a title (the query matches with LIKE '%stem%').
 */

/** At most this many words go into one query: the subject's first words matter most. */
export const MAX_TERMS = 6;
const MIN_LENGTH = 3;

const STOP_WORDS = new Set(
    [
        // English
        'a an the and or but if then than so as is are was were be been being am to of in on at for with from by',
        'into onto out up down over under about after before again once it its this that these those there here',
        'i we you he she they me us my our your their mine not no nor can cannot cant does do did doesnt dont didnt',
        'isnt wont will would should could may might must have has had get gets got getting how what why when where',
        'which who whom whose all any some each every also just only still very too more most much many please',
        'help hello hi thanks thank need needs issue issues problem problems work works working worked anymore',
        'since while keep keeps',
        // Words that say something went wrong without saying what: "Active Directory discovery fails"
        // shares only "fails" with "Upgrade fails with a database permission error", no answer to it.
        'fail fails failed failing failure error errors stop stops stopped crash crashed broken wrong unable stuck',
        // German
        'der die das den dem des ein eine einen einem einer eines und oder aber wenn dann als wie was warum wo',
        'wer welche welcher welches dass ist sind war waren sein bin bist hat haben hatte wird werden wurde wurden',
        'zu zum zur von vom im in an am auf aus bei beim mit nach vor für über unter durch um ohne gegen seit',
        'es ich wir sie ihr er mir mich uns dir dich ihnen mein meine meinen unser unsere ihre nicht kein keine keinen',
        'kann können konnte',
        'auch noch nur schon sehr mehr bitte hilfe helfen hallo danke funktioniert funktionieren geht gehen immer wieder',
        'fehl fehler fehlgeschlagen schlägt abgebrochen bricht hängt falsch'
    ]
        .join(' ')
        .split(' ')
);

/** Suffixes stripped, longest first, while at least four letters remain. */
const SUFFIXES: Record<string, string[]> = {
    en: ['ies', 'ing', 'ed', 'es', 'ly', 's'],
    de: ['ungen', 'ung', 'ern', 'em', 'en', 'er', 'es', 'e', 'n', 's']
};
const MIN_STEM = 4;

export function stem(word: string, language: 'en' | 'de'): string {
    let result = word;
    const suffix = SUFFIXES[language].find(
        (ending) => word.endsWith(ending) && word.length - ending.length >= MIN_STEM
    );
    if (suffix) {
        result = word.slice(0, -suffix.length) + (language === 'en' && suffix === 'ies' ? 'y' : '');
    }
    // English: "rotate" and "rotating" meet at "rotat".
    if (language === 'en' && result.endsWith('e') && result.length - 1 >= MIN_STEM) {
        result = result.slice(0, -1);
    }
    return result;
}

/** The distinct stems of `text`'s meaningful words, in the order they first appear. */
export function searchTerms(text: string | undefined, language: 'en' | 'de'): string[] {
    const words = String(text ?? '')
        .normalize('NFKC')
        .toLowerCase()
        .replace(/['’]/g, '')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= MIN_LENGTH && !STOP_WORDS.has(word) && !/^\p{N}+$/u.test(word));
    const terms: string[] = [];
    for (const word of words) {
        const term = stem(word, language);
        if (!terms.includes(term)) {
            terms.push(term);
        }
        if (terms.length === MAX_TERMS) {
            break;
        }
    }
    return terms;
}
