import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';

/**
 * Lets a test send the node's real https://<account>.freshdesk.com requests to the local
 * emulator: a TLS endpoint with a throwaway certificate for that host forwards the decrypted
 * bytes to the emulator, and tls.connect is pointed at it for that one host name. Nothing in the
 * node or the credential is changed; the request still goes over HTTPS with its real host.
 */
export async function routeFreshdeskHostTo(hostname: string, emulatorPort: number) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-tls-'));
	const keyFile = path.join(dir, 'key.pem');
	const certFile = path.join(dir, 'cert.pem');
	execFileSync('openssl', [
		'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
		'-keyout', keyFile, '-out', certFile,
		'-subj', `/CN=${hostname}`, '-addext', `subjectAltName=DNS:${hostname}`,
	], { stdio: 'ignore' });
	const cert = fs.readFileSync(certFile);

	const server = tls.createServer({ key: fs.readFileSync(keyFile), cert }, (socket) => {
		const upstream = net.connect(emulatorPort, '127.0.0.1');
		socket.pipe(upstream).pipe(socket);
		socket.on('error', () => upstream.destroy());
		upstream.on('error', () => socket.destroy());
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const tlsPort = (server.address() as net.AddressInfo).port;

	const originalConnect = tls.connect;
	const connected: string[] = [];
	(tls as { connect: unknown }).connect = function connect(...args: unknown[]) {
		const options = args.find((arg) => typeof arg === 'object' && arg !== null) as tls.ConnectionOptions;
		const target = options?.servername ?? options?.host;
		if (target === hostname) {
			connected.push(`${target}:${options.port ?? 443}`);
			return originalConnect({ ...options, host: '127.0.0.1', port: tlsPort, ca: [cert], lookup: undefined });
		}
		return (originalConnect as (...a: unknown[]) => tls.TLSSocket)(...args);
	};

	return {
		/** host:port pairs the client opened TLS connections to, before redirection */
		connected,
		async close() {
			(tls as { connect: unknown }).connect = originalConnect;
			await new Promise<void>((resolve) => server.close(() => resolve()));
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
