export const CONTACT_URL_PATTERN = '(?:https?://)?[^/]+/(?:a/)?contacts/([0-9]+)';
export const COMPANY_URL_PATTERN = '(?:https?://)?[^/]+/(?:a/)?companies/([0-9]+)';

/**
 * The value of a resource locator read from inside a collection, where n8n hands over the stored
 * object instead of the extracted value; plain values (older workflows, expressions) pass through.
 */
export function locatorValue(value: unknown, urlPattern: string): unknown {
	if (!value || typeof value !== 'object' || !('value' in value)) return value;
	const { mode, value: inner } = value as { mode?: string; value?: unknown };
	if (mode !== 'url' || typeof inner !== 'string') return inner;
	return new RegExp(urlPattern).exec(inner)?.[1] ?? inner;
}
