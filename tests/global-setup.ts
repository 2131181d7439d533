import { buildIfNeeded } from '../scripts/build';

/** Build once before any test starts a server, so parallel test files never build at once. */
export default function setup(): void {
	buildIfNeeded();
}
