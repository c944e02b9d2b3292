import { expect } from '@open-wc/testing';
import { formatDateTime, parseDateTime } from '../../src/i18n/dates.js';

function captureWarnings(run: () => void): string[] {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return messages;
}

describe('formatDateTime', () => {
  describe('languages', () => {
    it('reads as the seed page in az', () => {
      expect(formatDateTime('2022-12-28T16:02', 'az')).to.equal('28 dekabr 2022 | 16:02');
    });

    it('reads naturally in en and ru', () => {
      expect(formatDateTime('2022-12-28T16:02', 'en')).to.equal('28 December 2022 | 16:02');
      expect(formatDateTime('2022-12-28T16:02', 'ru')).to.equal('28 декабря 2022 | 16:02');
    });

    it('uses every month name', () => {
      const az = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
      az.forEach((name, i) => {
        expect(formatDateTime(`2023-${String(i + 1).padStart(2, '0')}-01`, 'az')).to.equal(`1 ${name} 2023`);
      });
    });

    it('names en and ru months as Chromium’s own data does', () => {
      for (let month = 0; month < 12; month++) {
        const date = new Date(2023, month, 5);
        const iso = `2023-${String(month + 1).padStart(2, '0')}-05`;
        for (const [lang, locale] of [['en', 'en-GB'], ['ru', 'ru']] as const) {
          const name = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })
            .formatToParts(date)
            .find((p) => p.type === 'month')!.value;
          expect(formatDateTime(iso, lang)).to.equal(`5 ${name} 2023`);
        }
      }
    });

    it('pads hours and minutes, not days', () => {
      expect(formatDateTime('2023-01-05T09:05', 'az')).to.equal('5 yanvar 2023 | 09:05');
      expect(formatDateTime('2023-01-05T00:00', 'en')).to.equal('5 January 2023 | 00:00');
    });
  });

  describe('values', () => {
    it('shows no time for a date-only value', () => {
      expect(formatDateTime('2022-12-28', 'az')).to.equal('28 dekabr 2022');
    });

    it('drops seconds and fractions', () => {
      expect(formatDateTime('2022-12-28T16:02:59.123', 'az')).to.equal('28 dekabr 2022 | 16:02');
    });

    it('accepts a space instead of T, as HTML does', () => {
      expect(formatDateTime('2022-12-28 16:02', 'az')).to.equal('28 dekabr 2022 | 16:02');
    });

    it('shows the wall-clock time as written, offset or not', () => {
      expect(formatDateTime('2022-12-28T16:02+04:00', 'az')).to.equal('28 dekabr 2022 | 16:02');
      expect(formatDateTime('2022-12-28T23:30Z', 'az')).to.equal('28 dekabr 2022 | 23:30');
      expect(formatDateTime('2022-12-28T16:02-0530', 'en')).to.equal('28 December 2022 | 16:02');
    });

    it('knows leap years', () => {
      expect(formatDateTime('2024-02-29', 'az')).to.equal('29 fevral 2024');
      expect(formatDateTime('2023-02-29', 'az')).to.equal('');
    });

    it('shows nothing for a missing value, without warning', () => {
      const warnings = captureWarnings(() => {
        expect(formatDateTime(null, 'az')).to.equal('');
        expect(formatDateTime(undefined, 'az')).to.equal('');
        expect(formatDateTime('', 'az')).to.equal('');
      });
      expect(warnings).to.deep.equal([]);
    });

    for (const invalid of ['dünən', '28.12.2022', '2022-13-01', '2022-12-32', '2022-12-28T24:00', '2022-12-28T16:60', '2022-12-28T16', '2022-12-28T16:02+25:00', 'Invalid Date', '2022-12-28T16:02<img src=x>']) {
      it(`shows nothing for ${JSON.stringify(invalid)} and warns once`, () => {
        const warnings = captureWarnings(() => {
          expect(formatDateTime(invalid, 'az')).to.equal('');
          expect(formatDateTime(invalid, 'ru')).to.equal('');
        });
        expect(warnings.length).to.be.at.most(1);
        expect(parseDateTime(invalid)).to.equal(null);
      });
    }

    it('warns the first time it meets an invalid value', () => {
      const warnings = captureWarnings(() => formatDateTime('2022-99-99', 'en'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('2022-99-99');
    });
  });
});
