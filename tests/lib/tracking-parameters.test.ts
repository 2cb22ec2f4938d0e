import { expect, test } from 'vitest';
import { trackingParameters, withoutTrackingParameters } from '../../src/lib/tracking-parameters';

test('trackingParameters', () => {
  expect(trackingParameters('https://a.kz/?utm_source=chatgpt.com')).toEqual(['utm_source']);
  expect(trackingParameters('https://a.kz/?id=1&fbclid=x&gclid=y&UTM_Medium=z')).toEqual([
    'fbclid',
    'gclid',
    'UTM_Medium',
  ]);
  expect(trackingParameters('https://a.kz/?_openstat=x&yclid=1')).toEqual(['_openstat', 'yclid']);
  expect(trackingParameters('https://a.kz/?utmost=1&doc_id=2#utm_source=x')).toEqual([]);
});

test('withoutTrackingParameters drops them and keeps the rest as written', () => {
  expect(withoutTrackingParameters('https://www.mondaq.com/a/1347780/x?utm_source=chatgpt.com')).toBe(
    'https://www.mondaq.com/a/1347780/x',
  );
  expect(withoutTrackingParameters('https://a.kz/p?doc_id=32575837&fbclid=X&q=a+b%20c#top')).toBe(
    'https://a.kz/p?doc_id=32575837&q=a+b%20c#top',
  );
  expect(withoutTrackingParameters('https://a.kz/?utm%5Fsource=x&gclid=1')).toBe('https://a.kz/');
  // Parameters in the fragment are not the query's; an address without one comes back untouched.
  expect(withoutTrackingParameters('https://a.kz/#utm_source=x')).toBe('https://a.kz/#utm_source=x');
  expect(withoutTrackingParameters('https://adilet.zan.kz/rus/docs/Z1100000477')).toBe(
    'https://adilet.zan.kz/rus/docs/Z1100000477',
  );
});

test('view-state parameters count on the hosts known to use them, in the query and the fragment', () => {
  const ref2 =
    'https://online.zakon.kz/Document/?doc_id=34851068&utm_source=chatgpt.com&pos=24;-53#pos=24;-53';
  expect(trackingParameters(ref2)).toEqual(['utm_source', 'pos', '#pos']);
  expect(withoutTrackingParameters(ref2)).toBe('https://online.zakon.kz/Document/?doc_id=34851068');
  // The same name elsewhere may choose the document; other fragments stay.
  expect(trackingParameters('https://example.org/book?pos=24#pos=24')).toEqual([]);
  expect(withoutTrackingParameters('https://example.org/book?pos=24#pos=24')).toBe(
    'https://example.org/book?pos=24#pos=24',
  );
  expect(trackingParameters('https://online.zakon.kz/Document/?doc_id=1#top')).toEqual([]);
  expect(withoutTrackingParameters('https://online.zakon.kz/Document/?doc_id=1#top')).toBe(
    'https://online.zakon.kz/Document/?doc_id=1#top',
  );
  expect(withoutTrackingParameters('https://online.zakon.kz/Document/?doc_id=1#pos=3;4&x=1')).toBe(
    'https://online.zakon.kz/Document/?doc_id=1#pos=3;4&x=1',
  );
});
