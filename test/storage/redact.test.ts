import assert from 'node:assert/strict';
import { redactPersonalData, REDACTION_PLACEHOLDERS } from '../../src/storage';

describe('redactPersonalData', () => {
  it('uses neutral placeholders', () => {
    assert.deepEqual({ ...REDACTION_PLACEHOLDERS }, { email: '[email]', phone: '[phone]', iban: '[iban]' });
  });

  describe('removes e-mail addresses', () => {
    const cases: Array<[string, string]> = [
      ['max.mustermann@example.com', '[email]'],
      ['Schreib an jana_muster+jobs@mail.example.co.uk bitte', 'Schreib an [email] bitte'],
      ['Mail: JÖRG.Müller@beispiel-firma.de.', 'Mail: [email].'],
      ['<a.b@c.io>, x@y.org', '<[email]>, [email]'],
      ['user123@sub.domain.info?', '[email]?'],
    ];
    for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(redactPersonalData(input), expected));
  });

  describe('removes phone numbers', () => {
    const cases: Array<[string, string]> = [
      // German formats
      ['0171 1234567', '[phone]'],
      ['0171/1234567', '[phone]'],
      ['0171-1234567', '[phone]'],
      ['01711234567', '[phone]'],
      ['0171 123 45 67', '[phone]'],
      ['+49 171 1234567', '[phone]'],
      ['+491711234567', '[phone]'],
      ['+49 (0)171 1234567', '[phone]'],
      ['+49-30-12345678', '[phone]'],
      ['0049 171 1234567', '[phone]'],
      ['(030) 12345678', '[phone]'],
      ['(030)12345678', '[phone]'],
      ['030-123456', '[phone]'],
      ['030 12345678', '[phone]'],
      ['089/123 456 78', '[phone]'],
      ['06221 123456', '[phone]'],
      ['0800 1234567', '[phone]'],
      // international
      ['+44 20 7946 0958', '[phone]'],
      ['+1 (415) 555-2671', '[phone]'],
      ['(415) 555-2671', '[phone]'],
      ['00 33 1 42 68 53 00', '[phone]'],
      ['+33 1 42 68 53 00', '[phone]'],
      ['+41 44 668 18 00', '[phone]'],
      // in sentences
      ['Ruf mich an: 0171 1234567.', 'Ruf mich an: [phone].'],
      ['Tel.:+49 30 1234567 (abends)', 'Tel.:[phone] (abends)'],
      ['mobil 0171 1234567 oder Festnetz (030) 12345678, danke', 'mobil [phone] oder Festnetz [phone], danke'],
      ['0171 1234567 030 1234567', '[phone] [phone]'],
      ['Nummer: 0171 1234567 - ab 18 Uhr', 'Nummer: [phone] - ab 18 Uhr'],
    ];
    for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(redactPersonalData(input), expected));
  });

  describe('removes IBANs', () => {
    const cases: Array<[string, string]> = [
      ['DE89 3704 0044 0532 0130 00', '[iban]'],
      ['DE89370400440532013000', '[iban]'],
      ['de89 3704 0044 0532 0130 00', '[iban]'],
      ['GB82 WEST 1234 5698 7654 32', '[iban]'],
      ['GB82WEST12345698765432', '[iban]'],
      ['AT61 1904 3002 3457 3201', '[iban]'],
      ['CH93 0076 2011 6238 5295 7', '[iban]'],
      ['FR14 2004 1010 0505 0001 3M02 606', '[iban]'],
      ['NL91 ABNA 0417 1643 00', '[iban]'],
      // a country missing from the length table counts when its mod-97 check digits are valid
      ['ZZ73 1234 5678 9012 3456 78', '[iban]'],
      ['IBAN: DE89 3704 0044 0532 0130 00, Verwendungszweck Kaution', 'IBAN: [iban], Verwendungszweck Kaution'],
      ['AT61 1904 3002 3457 3201 Euro überwiesen', '[iban] Euro überwiesen'],
      ['meine iban ist DE89 3704 0044 0532 0130 00 bitte', 'meine iban ist [iban] bitte'],
      // a mistyped German IBAN of the right length is still a bank account
      ['DE00 3704 0044 0532 0130 00', '[iban]'],
    ];
    for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(redactPersonalData(input), expected));
  });

  describe('keeps the numbers people type about jobs', () => {
    const unchanged = [
      '47.700 €',
      'Was verdient man? 47.700 € brutto im Jahr',
      '50000 Euro',
      '50 000 Euro',
      '3.110 € im Monat',
      '€47,700 a year',
      '2.500 bis 3.000 Euro',
      'zwischen 45000 und 55000 Euro brutto',
      '+10000 €',
      '+100000000 €',
      '+5 %',
      '15 %',
      '0,5 %',
      '2024',
      'zwischen 2020 und 2024',
      '2019-2023',
      '2024-05-01',
      '12.05.2024',
      '05 03 2024',
      '01/2024 bis 06/2024',
      '6 Semester',
      '3-4 Jahre Ausbildung',
      '30-40 Stunden pro Woche',
      '10:30 Uhr',
      '08:00-17:00',
      'von 08 bis 17 Uhr',
      '01067 Dresden',
      '10115 Berlin',
      'Version 4.23.3',
      'ISO 27001',
      'TVöD E13 Stufe 3',
      'Node 20 und TypeScript 5.9',
      '1.000.000 Nutzer',
      'Raum 0815',
      'DE12 ist keine IBAN',
      'AB12 CD34',
      'ZZ74 1234 5678 9012 3456 78', // unknown country, wrong check digits
      'Was macht ein Backend Developer?',
      '',
    ];
    for (const text of unchanged) it(JSON.stringify(text), () => assert.equal(redactPersonalData(text), text));
  });

  it('handles everything at once and is idempotent', () => {
    const input = 'Ich bin jana@example.de, Tel 0171 1234567, IBAN DE89 3704 0044 0532 0130 00, Gehalt 47.700 € seit 2024.';
    const once = redactPersonalData(input);
    assert.equal(once, 'Ich bin [email], Tel [phone], IBAN [iban], Gehalt 47.700 € seit 2024.');
    assert.equal(redactPersonalData(once), once);
  });

  it('stays fast on hostile megabyte inputs (no catastrophic backtracking)', function () {
    this.timeout(15_000);
    const inputs = ['0'.repeat(1e6), '1 '.repeat(5e5), 'a'.repeat(1e6) + '@', 'a@'.repeat(5e5), 'DE12 '.repeat(2e5), '0171 '.repeat(2e5), '😀'.repeat(5e5), '(0'.repeat(5e5)];
    for (const input of inputs) assert.equal(typeof redactPersonalData(input), 'string');
  });
});
