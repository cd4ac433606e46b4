import { FreshdeskEmulator } from './server';

interface CliOptions {
	port: number;
	contacts: number;
	apiKey: string;
}

function readOptions(argv: string[]): CliOptions {
	const options: CliOptions = { port: 5679, contacts: 40, apiKey: 'test-api-key' };
	for (let index = 0; index < argv.length; index += 2) {
		const [flag, value] = [argv[index], argv[index + 1]];
		if (value === undefined) throw new Error(`Missing value for ${flag}`);
		if (flag === '--port') options.port = Number(value);
		else if (flag === '--contacts') options.contacts = Number(value);
		else if (flag === '--api-key') options.apiKey = value;
		else throw new Error(`Unknown option ${flag} (use --port, --contacts, --api-key)`);
	}
	return options;
}

async function main(): Promise<void> {
	const options = readOptions(process.argv.slice(2));
	const emulator = new FreshdeskEmulator({ apiKey: options.apiKey, contacts: options.contacts });
	await emulator.start(options.port);
	console.log(
		`Freshdesk emulator listening on ${emulator.baseUrl}/api/v2 (API key: ${emulator.apiKey})`,
	);
	const shutdown = () => {
		emulator.stop().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
