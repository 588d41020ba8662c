/**
 * Removes contact and bank details from free text before it is stored (transcripts, unanswered questions).
 * Visitors paste them into the chat ("call me at 0171 …", "my IBAN is …") although the bot never needs them.
 *
 * The rules are tuned to keep the numbers people do type here: salaries (47.700 €, 50000 Euro), years,
 * semesters, percentages, times, dates and postcodes stay as they are.
 */

/** Placeholders that replace what was removed; neutral and language-independent. */
export const REDACTION_PLACEHOLDERS = Object.freeze({ email: '[email]', phone: '[phone]', iban: '[iban]' });

/** Replaces e-mail addresses, phone numbers and IBANs in `text` with {@link REDACTION_PLACEHOLDERS}. */
export function redactPersonalData(text: string): string {
  // Every transcript line passes through here (the bot's answers too): texts that cannot hold a match skip
  // the Unicode-aware patterns — an address needs an '@', an IBAN or phone number an ASCII digit.
  const withoutEmails = text.includes('@') ? text.replace(EMAIL, REDACTION_PLACEHOLDERS.email) : text;
  if (!ASCII_DIGIT.test(withoutEmails)) return withoutEmails;
  // IBANs before phones: the digit groups of an IBAN ("0044 0532 …") would otherwise look like a phone number.
  return redactPhones(redactIbans(withoutEmails));
}

const ASCII_DIGIT = /[0-9]/;

// Every pattern starts only where a token starts (look-behind) and has no nested, ambiguous repetition:
// scanning stays linear even on a hostile megabyte of digits or letters.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// ---------------------------------------------------------------------------------------------------------
// IBAN: two letters, two check digits, then letters/digits, written compact or in groups separated by
// spaces. A candidate may run into the next words ("… 0130 00 Euro"), so the best cut of its
// space-separated tokens that is a plausible IBAN is replaced.

const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}[A-Za-z0-9]*(?: [A-Za-z0-9]+)*/gu;
const MAX_IBAN_TOKENS = 9; // 34 characters in groups of four

// IBAN lengths per country (ISO 13616 registry, the common ones).
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22,
  GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24,
  SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

function redactIbans(text: string): string {
  return text.replace(IBAN_CANDIDATE, (candidate) =>
    replaceBestRuns(candidate.split(' '), {
      maxRun: MAX_IBAN_TOKENS,
      canStart: (token) => /^[A-Za-z]{2}\d{2}/.test(token),
      accept: (run) => isIban(run.join('')),
      placeholder: REDACTION_PLACEHOLDERS.iban,
    }),
  );
}

/**
 * A known country with its exact length counts even when the check digits are wrong (a mistyped IBAN is
 * still someone's bank account); an unknown country needs valid mod-97 check digits.
 */
function isIban(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTH[iban.slice(0, 2)];
  if (expected !== undefined) return iban.length === expected;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

function mod97(s: string): number {
  let rest = 0;
  for (const ch of s) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = (rest * (value > 9 ? 100 : 10) + value) % 97;
  }
  return rest;
}

// ---------------------------------------------------------------------------------------------------------
// Phone numbers: runs of digit groups separated by single spaces, '/', '-' and parentheses. The candidate
// pattern is deliberately loose; isPhone decides. Domestic numbers must start with 0 and an area code of
// 2–5 further digits ("0171 …", "(030) …"): that is what sets them apart from dates ("05 03 2024") and
// postcodes ("01067 Dresden"); salaries never start with 0. Others need the US form "(415) 555-2671" or an
// international prefix ("+", "00") and 8–15 digits. A number followed by a currency or percent sign is an
// amount ("+100000000 €"), one glued to a letter or a decimal part is something else: both are left alone.

const PHONE_CANDIDATE = /(?<![\p{L}\p{N}.,+\-/])[+(]?\d(?:[\d()/-]*[\d)])?(?: [+(]?\d(?:[\d()/-]*[\d)])?)*/gu;
const MAX_PHONE_TOKENS = 8;
const NANP = /^\(\d{3}\) ?\d{3}[ .-]\d{4}$/; // "(415) 555-2671"
// What may not directly follow a phone number: more of a word or number, or a unit that makes it an amount.
const NOT_AFTER_PHONE = /^(?:[\p{L}\p{N}]|[.,]\d|\s?(?:€|\$|£|%|eur\b|euro|usd\b|chf\b|prozent|percent))/iu;

function redactPhones(text: string): string {
  return text.replace(PHONE_CANDIDATE, (candidate: string, offset: number) => {
    const blockedAtEnd = NOT_AFTER_PHONE.test(text.slice(offset + candidate.length, offset + candidate.length + 10));
    const tokens = candidate.split(' ');
    return replaceBestRuns(tokens, {
      maxRun: MAX_PHONE_TOKENS,
      canStart: (token) => /^(?:[+0]|\(\d)/.test(token),
      accept: (run, end) => !(blockedAtEnd && end === tokens.length) && isPhone(run.join(' ')),
      placeholder: REDACTION_PLACEHOLDERS.phone,
    });
  });
}

function isPhone(s: string): boolean {
  if (NANP.test(s)) return true;
  const digits = s.replace(/\D/g, '');
  if (s.startsWith('+')) return digits.length >= 8 && digits.length <= 15;
  if (s.startsWith('00')) return digits.length - 2 >= 8 && digits.length - 2 <= 15;
  const domestic = /^(\(?)0[1-9](\d*)/.exec(s);
  if (!domestic) return false;
  if (digits.length < 7 || digits.length > 15) return false;
  const areaCodeLength = 2 + (domestic[2] as string).length;
  const separated = s.length > (domestic[0] as string).length;
  // "(030) 12345678": the parenthesised group must be the area code; "0171 1234567": so must the first group.
  return !separated || (areaCodeLength >= 3 && areaCodeLength <= 6);
}

interface RunRule {
  /** Longest run (in tokens) worth testing. */
  maxRun: number;
  /** Cheap test of a run's first token, so long candidates are not tested run by run. */
  canStart(token: string): boolean;
  /** Whether `run` (ending before token index `end`) is the thing to replace. */
  accept(run: string[], end: number): boolean;
  placeholder: string;
}

/**
 * Replaces runs of `tokens` (a candidate split at spaces) by the placeholder. Of all ways to cut the tokens
 * into accepted runs (of at most `maxRun` tokens) and untouched tokens, it picks the one covering the most
 * tokens, then the one with the fewest runs: "0171 1234567 030 1234567" becomes two numbers, not
 * "0171 1234567 030" and a stray "1234567". Linear in the number of tokens.
 */
function replaceBestRuns(tokens: string[], { maxRun, canStart, accept, placeholder }: RunRule): string {
  const n = tokens.length;
  // Best cut of tokens[i..]: tokens covered, runs used, and where the run starting at i ends (0: no run).
  const covered = new Array<number>(n + 1).fill(0);
  const runs = new Array<number>(n + 1).fill(0);
  const runEnd = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    covered[i] = covered[i + 1] as number;
    runs[i] = runs[i + 1] as number;
    if (!canStart(tokens[i] as string)) continue;
    for (let j = i + 1; j <= Math.min(n, i + maxRun); j++) {
      if (!accept(tokens.slice(i, j), j)) continue;
      const cov = j - i + (covered[j] as number);
      const used = 1 + (runs[j] as number);
      if (cov > (covered[i] as number) || (cov === covered[i] && used < (runs[i] as number))) {
        covered[i] = cov;
        runs[i] = used;
        runEnd[i] = j;
      }
    }
  }
  const out: string[] = [];
  for (let i = 0; i < n; ) {
    const end = runEnd[i] as number;
    if (end > 0) {
      out.push(placeholder);
      i = end;
    } else {
      out.push(tokens[i] as string);
      i++;
    }
  }
  return out.join(' ');
}
