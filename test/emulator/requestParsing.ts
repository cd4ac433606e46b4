import type { IncomingMessage } from 'node:http';

export function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		request.on('error', reject);
	});
}

export function parseJson(text: string): unknown {
	if (text.trim() === '') return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Rack semantics: repeated keys keep the last value (n8n's paginator repeats per_page). */
export function parseQuery(rawQuery: string): Record<string, string> {
	const query: Record<string, string> = {};
	for (const [key, value] of new URLSearchParams(rawQuery)) query[key] = value;
	return query;
}

/**
 * Rails' Basic-auth reader takes the last space-separated token, which is why n8n's built-in
 * node gets away with sending the Base64 credentials without the `Basic ` scheme.
 */
export function apiKeyFrom(authorization: string | undefined): string | undefined {
	if (!authorization) return undefined;
	const parts = authorization.trim().split(/\s+/);
	const otherScheme = parts.length === 2 && parts[0].toLowerCase() !== 'basic';
	if (parts.length > 2 || otherScheme) return undefined;
	const decoded = Buffer.from(parts[parts.length - 1], 'base64').toString('utf8');
	const separator = decoded.indexOf(':');
	return separator === -1 ? decoded : decoded.slice(0, separator);
}

export function mediaType(header: string | undefined): string {
	return (header ?? '').split(';')[0].trim().toLowerCase();
}

export function acceptsJson(accept: string | undefined): boolean {
	if (accept === undefined || accept.trim() === '') return true;
	return accept
		.split(',')
		.map(mediaType)
		.some((type) => type === 'application/json' || type === '*/*');
}
