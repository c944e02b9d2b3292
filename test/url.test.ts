import { expect } from '@open-wc/testing';
import { isExternalUrl, isSafeUrl, neutraliseUnsafeLink } from '../src/url.js';

/** [value, may it be a link?, why it is in the table] */
const TABLE: ReadonlyArray<readonly [string, boolean, string]> = [
  // benign
  ['https://president.az', true, 'https'],
  ['http://e-gov.az/az/services', true, 'http'],
  ['HTTPS://WWW.GOV.AZ/', true, 'upper-case scheme'],
  ['  https://gov.az  ', true, 'surrounding spaces, as an attribute may carry'],
  ['/xeberler/1', true, 'path'],
  ['xeberler/1', true, 'relative path'],
  ['../arxiv?il=2022', true, 'parent path with query'],
  ['?page=2', true, 'query only'],
  ['#kecidler', true, 'fragment only'],
  ['//cdn.gov.az/img.png', true, 'protocol-relative: the page’s own scheme'],
  ['mailto:info@yardimli-ih.gov.az', true, 'mailto'],
  ['MailTo:info@gov.az?subject=Sual', true, 'mailto, mixed case'],
  ['tel:+994-12-000-00-00', true, 'tel'],
  ['https://gov.az/search?q=javascript:alert(1)', true, 'javascript: only inside the query'],
  ['/yol/javascript:alert(1)', true, 'javascript: only inside a path'],
  ['https://xn--80ak6aa92e.com/', true, 'punycode host'],
  // hostile
  ['javascript:alert(1)', false, 'javascript'],
  ['JaVaScRiPt:alert(1)', false, 'mixed case'],
  [' \t\njavascript:alert(1)', false, 'leading whitespace'],
  ['\u0001\u001fjavascript:alert(1)', false, 'leading control characters'],
  ['java\tscript:alert(1)', false, 'tab inside the scheme (the parser drops it)'],
  ['java\nscript:alert(1)', false, 'newline inside the scheme'],
  ['java\r\nscript:alert(1)', false, 'CRLF inside the scheme'],
  ['java\u0000script:alert(1)', false, 'NUL inside the scheme'],
  ['\u200bjavascript:alert(1)', false, 'zero-width space before the scheme'],
  ['\ufeffjavascript:alert(1)', false, 'byte-order mark before the scheme'],
  ['javascript&colon;alert(1)', false, 'named entity left encoded'],
  ['jav&#x09;ascript:alert(1)', false, 'hex entity tab left encoded'],
  ['&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)', false, 'decimal entities left encoded'],
  ['&#x6A;avascript:alert(1)', false, 'hex entity letter'],
  ['&amp;#x6A;avascript:alert(1)', false, 'double-encoded entity'],
  ['javascript%3Aalert(1)', false, 'percent-encoded colon'],
  ['%6Aavascript:alert(1)', false, 'percent-encoded letter'],
  ['%256Aavascript:alert(1)', false, 'double percent-encoding'],
  ['data:text/html,<script>alert(1)</script>', false, 'data'],
  ['DATA:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', false, 'data, upper case'],
  ['vbscript:msgbox(1)', false, 'vbscript'],
  ['file:///etc/passwd', false, 'file'],
  ['blob:https://gov.az/1234', false, 'blob'],
  ['ftp://gov.az/file', false, 'ftp: not offered'],
  ['intent://scan/#Intent;scheme=zxing;end', false, 'unknown scheme'],
  ['chrome://settings', false, 'browser scheme'],
  ['', false, 'empty: a link to nowhere'],
  ['   ', false, 'blank'],
  ['http://[::1', false, 'unparseable'],
];

describe('isSafeUrl', () => {
  it('has a table of at least 30 values', () => {
    expect(TABLE.length).to.be.at.least(30);
  });

  for (const [value, safe, why] of TABLE) {
    it(`${safe ? 'allows' : 'refuses'} ${JSON.stringify(value)} (${why})`, () => {
      expect(isSafeUrl(value)).to.equal(safe);
    });
  }

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 1, {}, ['https://gov.az']]) expect(isSafeUrl(value)).to.equal(false);
  });

  it('agrees with the browser: whatever it allows resolves to http(s), mailto or tel', () => {
    for (const [value, safe] of TABLE) {
      if (!safe) continue;
      expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(new URL(value, document.baseURI).protocol);
    }
  });

  it('reads entities as an attribute delivers them after HTML parsing', () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<a href="jav&#x09;ascript:alert(1)">x</a><a href="&#x20;javascript&colon;alert(1)">y</a>';
    for (const a of holder.querySelectorAll('a')) expect(isSafeUrl(a.getAttribute('href'))).to.equal(false);
  });

  it('keeps relative links working on pages served from elsewhere', () => {
    expect(isSafeUrl('/xeberler', 'file:///site/index.html')).to.equal(true);
    expect(isSafeUrl('javascript:alert(1)', 'file:///site/index.html')).to.equal(false);
  });
});

describe('isExternalUrl', () => {
  it('tells another origin from the page’s own', () => {
    expect(isExternalUrl('https://president.az')).to.equal(true);
    expect(isExternalUrl('/xeberler/1')).to.equal(false);
    expect(isExternalUrl(location.origin + '/a')).to.equal(false);
    expect(isExternalUrl('mailto:info@gov.az')).to.equal(false);
  });
});

describe('neutraliseUnsafeLink', () => {
  it('keeps the text and drops the href of an unsafe link', () => {
    const a = document.createElement('a');
    a.setAttribute('href', 'javascript:alert(1)');
    a.textContent = 'Klik';
    expect(neutraliseUnsafeLink(a)).to.equal(false);
    expect(a.hasAttribute('href')).to.equal(false);
    expect(a.getAttribute('data-oxu-unsafe-href')).to.equal('javascript:alert(1)');
    expect(a.textContent).to.equal('Klik');
  });

  it('leaves a safe link as it is', () => {
    const a = document.createElement('a');
    a.href = 'https://e-gov.az';
    expect(neutraliseUnsafeLink(a)).to.equal(true);
    expect(a.getAttribute('href')).to.equal('https://e-gov.az');
  });
});
