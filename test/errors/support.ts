import type { EmulatorRunResult } from '../harness/emulatorRun';

export const API_KEY = 'fd-key-9f3a7c21e8b04d6a';

/** The error a run produced, checked to hold no trace of the API key in what a person reads. */
export function explained(result: EmulatorRunResult) {
	const { error } = result;
	if (!error) throw new Error(`expected an error, got ${JSON.stringify(result.items)}`);
	const shown = `${error.message}\n${error.description ?? ''}`;
	expect(shown).not.toContain(API_KEY);
	expect(shown).not.toContain(Buffer.from(`${API_KEY}:X`).toString('base64'));
	return { message: error.message, description: error.description ?? '', httpCode: error.httpCode };
}
