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
