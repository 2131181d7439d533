import autocannon from 'autocannon';

export interface LoadFigures {
	connections: number;
	requestsPerSecond: number;
	p50: number;
	p99: number;
	errors: number;
	non2xx: number;
}

export function measure(url: string, connections: number, seconds: number): Promise<LoadFigures> {
	return new Promise((resolve, reject) => {
		autocannon({ url, connections, duration: seconds }, (err, result) => {
			if (err) return reject(err);
			resolve({
				connections,
				requestsPerSecond: result.requests.average,
				p50: result.latency.p50,
				p99: result.latency.p99,
				errors: result.errors + result.timeouts,
				non2xx: result.non2xx
			});
		});
	});
}
