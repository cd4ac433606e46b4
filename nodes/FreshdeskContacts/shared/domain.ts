/**
 * The credential's `domain` field accepts what people paste: `acme`, `acme.freshdesk.com` or
 * `https://acme.freshdesk.com/`. A loopback URL is accepted for the local emulator. Any other
 * host is refused so that the API key is only ever sent to Freshdesk.
 *
 * The same rule exists twice: as an n8n expression (request defaults and the credential test are
 * expressions, which cannot call this module) and as a function (a pre-send check that fails with
 * a readable message). The tests hold the two to the same table of inputs.
 */

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?$/i;
const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

export function resolveFreshdeskApiUrl(domain: unknown): string | undefined {
	const raw = String(domain ?? '')
		.trim()
		.replace(/\/+$/, '');

	if (LOOPBACK.test(raw)) return `${raw}/api/v2`;

	const subdomain = raw.replace(/^https:\/\//i, '').replace(/\.freshdesk\.com$/i, '');
	if (SUBDOMAIN.test(subdomain)) return `https://${subdomain.toLowerCase()}.freshdesk.com/api/v2`;

	return undefined;
}

// n8n swallows errors thrown inside expressions (the value becomes undefined), so a refused
// domain yields no base URL at all: the request helper then rejects the relative URL before any
// connection is opened, and the node's pre-send check explains why.
export const FRESHDESK_API_URL_EXPRESSION =
	'={{ (() => {' +
	" const raw = String($credentials.domain ?? '').trim().replace(/\\/+$/, '');" +
	" if (/^http:\\/\\/(127\\.0\\.0\\.1|localhost)(:\\d{1,5})?$/i.test(raw)) return raw + '/api/v2';" +
	" const sub = raw.replace(/^https:\\/\\//i, '').replace(/\\.freshdesk\\.com$/i, '');" +
	' if (/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(sub))' +
	" return 'https://' + sub.toLowerCase() + '.freshdesk.com/api/v2';" +
	' return undefined;' +
	' })() }}';
