// The viewer's region, for showing their phone numbers first: from their Salesforce time zone,
// else their locale's country (see viewerRegion below). supportPhones re-exports it.
import type { RegionCode } from './supportPhones';

const AMERICAS_COUNTRIES = new Set(
    (
        'AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY HN HT JM KN KY ' +
        'LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI'
    ).split(' ')
);
const APAC_COUNTRIES = new Set(
    (
        'AS AU BD BN BT CC CK CN CX FJ FM GU HK ID IN JP KH KI KP KR LA LK MH MM MN MO MP MV MY NC NF NP NR ' +
        'NU NZ PF PG PH PK PN PW SB SG TH TK TL TO TV TW UM VN VU WF WS'
    ).split(' ')
);
const EMEA_COUNTRIES = new Set(
    (
        'AD AE AF AL AM AO AT AX AZ BA BE BF BG BH BI BJ BW BY CD CF CG CH CI CM CV CY CZ DE DJ DK DZ EE EG ' +
        'EH ER ES ET FI FO FR GA GB GE GG GH GI GM GN GQ GR GW HR HU IE IL IM IQ IR IS IT JE JO KE KG KM KW ' +
        'KZ LB LI LR LS LT LU LV LY MA MC MD ME MG MK ML MR MT MU MW MZ NA NE NG NL NO OM PL PS PT QA RE RO ' +
        'RS RU RW SA SC SD SE SH SI SJ SK SL SM SN SO SS ST SY SZ TD TG TJ TM TN TR TZ UA UG UZ VA XK YE YT ' +
        'ZA ZM ZW'
    ).split(' ')
);

export function regionOfCountry(countryCode: unknown): RegionCode | undefined {
    const code = String(countryCode ?? '').toUpperCase();
    if (AMERICAS_COUNTRIES.has(code)) {
        return 'AMERICAS';
    }
    if (APAC_COUNTRIES.has(code)) {
        return 'APAC';
    }
    return EMEA_COUNTRIES.has(code) ? 'EMEA' : undefined;
}

/** Zones of Asia, the Atlantic, the Indian Ocean and the Pacific whose region differs from their area's. */
const ZONE_EXCEPTIONS: Record<string, RegionCode> = {
    'Asia/Aden': 'EMEA',
    'Asia/Amman': 'EMEA',
    'Asia/Baghdad': 'EMEA',
    'Asia/Bahrain': 'EMEA',
    'Asia/Baku': 'EMEA',
    'Asia/Beirut': 'EMEA',
    'Asia/Damascus': 'EMEA',
    'Asia/Dubai': 'EMEA',
    'Asia/Famagusta': 'EMEA',
    'Asia/Gaza': 'EMEA',
    'Asia/Hebron': 'EMEA',
    'Asia/Jerusalem': 'EMEA',
    'Asia/Kabul': 'EMEA',
    'Asia/Kuwait': 'EMEA',
    'Asia/Muscat': 'EMEA',
    'Asia/Nicosia': 'EMEA',
    'Asia/Qatar': 'EMEA',
    'Asia/Riyadh': 'EMEA',
    'Asia/Tbilisi': 'EMEA',
    'Asia/Tehran': 'EMEA',
    'Asia/Tel_Aviv': 'EMEA',
    'Asia/Yerevan': 'EMEA',
    'Atlantic/Bermuda': 'AMERICAS',
    'Atlantic/South_Georgia': 'AMERICAS',
    'Atlantic/Stanley': 'AMERICAS',
    'Indian/Christmas': 'APAC',
    'Indian/Cocos': 'APAC',
    'Indian/Maldives': 'APAC',
    'Pacific/Galapagos': 'AMERICAS',
    'Pacific/Easter': 'AMERICAS',
    'Pacific/Honolulu': 'AMERICAS'
};

const ZONE_AREAS: Record<string, RegionCode> = {
    America: 'AMERICAS',
    US: 'AMERICAS',
    Canada: 'AMERICAS',
    Brazil: 'AMERICAS',
    Chile: 'AMERICAS',
    Mexico: 'AMERICAS',
    Europe: 'EMEA',
    Africa: 'EMEA',
    Atlantic: 'EMEA',
    Indian: 'EMEA',
    Asia: 'APAC',
    Australia: 'APAC',
    Pacific: 'APAC',
    NZ: 'APAC'
};

export function regionOfTimeZone(timeZone: unknown): RegionCode | undefined {
    const zone = String(timeZone ?? '');
    return ZONE_EXCEPTIONS[zone] ?? ZONE_AREAS[zone.split('/')[0]];
}

/** The region part of a BCP 47 or Salesforce locale (`en-GB`, `en_GB`, `zh-Hant-TW`), if any. */
export function countryOfLocale(locale: unknown): string | undefined {
    const subtags = String(locale ?? '')
        .split(/[-_]/)
        .slice(1);
    return subtags.find((tag) => /^[A-Za-z]{2}$/.test(tag))?.toUpperCase();
}

/**
 * Where the viewer most likely is: the time zone says where they work, the
 * locale's country is the fallback (UTC, GMT and `Etc/` zones say nothing).
 */
export function viewerRegion(locale: unknown, timeZone: unknown): RegionCode | undefined {
    return regionOfTimeZone(timeZone) ?? regionOfCountry(countryOfLocale(locale));
}
