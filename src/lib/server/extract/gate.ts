/**
 * Many patterns in one pass over the text. Running each of a few dozen cue or sector patterns over
 * a passage on its own costs one scan per pattern; instead one `gate` alternation finds every
 * position where some pattern may match, and only there is each pattern tried sticky. A pattern is
 * not tried again inside its own previous match, which gives exactly the matches of a global
 * `exec` loop of that pattern alone.
 *
 * The gate may let through more positions than the patterns match (never fewer): it is built from
 * the patterns' top-level branches with two changes that only widen it.
 * - A branch's leading negative look-behind ("(?<!chia )\bse\b") is dropped: it would run at every
 *   position of the text and hide the branch's first letters from the regex engine's quick check.
 * - Branches that open with `\b` share one `\b` in front of them all, so a position inside a word
 *   is turned down once instead of once per branch.
 * - Those branches are sorted under their first letter ("thuong mai|trade" → "t(?:huong mai|rade)"),
 *   so at a word start the engine reads one letter to pick a few dozen branches instead of trying
 *   hundreds; a leading group is opened first ("(?:a|b)c" → "ac|bc") to reach that letter.
 */
export interface PatternSet {
	gate: RegExp;
	sticky: RegExp[];
}

/**
 * Calls `visit(i, depth)` for each character of `source` outside escapes and character classes, with
 * the group depth it stands at (a bracket counts inside its group); stops when `visit` returns true.
 */
function walk(source: string, visit: (i: number, depth: number) => boolean | void): void {
	let depth = 0;
	for (let i = 0; i < source.length; i++) {
		const ch = source[i];
		if (ch === '\\') {
			i++;
			continue;
		}
		if (ch === '[') {
			while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
			continue;
		}
		if (ch === '(') depth++;
		const stop = visit(i, depth);
		if (ch === ')') depth--;
		if (stop) return;
	}
}

/** The top-level branches of a pattern: "a|b(c|d)" → ["a", "b(c|d)"]. */
export function branches(source: string): string[] {
	const out: string[] = [];
	let from = 0;
	walk(source, (i, depth) => {
		if (depth === 0 && source[i] === '|') {
			out.push(source.slice(from, i));
			from = i + 1;
		}
	});
	out.push(source.slice(from));
	return out;
}

/** A branch without the negative look-behind it opens with ("(?<!chia )\bse\b" → "\bse\b"). */
export function withoutLeadingLookbehind(branch: string): string {
	if (!branch.startsWith('(?<!')) return branch;
	let end = -1;
	walk(branch, (i, depth) => {
		if (branch[i] === ')' && depth === 1) end = i + 1;
		return end !== -1;
	});
	return end === -1 ? branch : branch.slice(end);
}

/** A quantifier right after an atom: the atom is optional or repeated. */
const QUANTIFIER = /^[?*+{]/;
const MAX_OPENED = 4;

/**
 * The alternatives of a branch that opens with a group, group opened: "(?:a|b)c" → ["ac", "bc"],
 * repeated while the first alternative opens with a group again. A quantified group ("(?:a )?b") is
 * left whole. (Only non-capturing groups are opened; the gate's groups are never referred back to.)
 */
function opened(branch: string, depth = 0): string[] {
	if (depth >= MAX_OPENED || !branch.startsWith('(?:')) return [branch];
	let close = -1;
	walk(branch, (i, d) => {
		if (branch[i] === ')' && d === 1) close = i;
		return close !== -1;
	});
	const rest = branch.slice(close + 1);
	if (close === -1 || QUANTIFIER.test(rest)) return [branch];
	return branches(branch.slice(3, close)).flatMap((alt) => opened(alt + rest, depth + 1));
}

/** "t(?:huong mai|rade)|k(?:im ngach)|…": word-start branches sorted under a plain first letter, the rest as they are. */
function underFirstLetter(bodies: string[], ignoreCase: boolean): string[] {
	const byLetter = new Map<string, Set<string>>();
	const rest: string[] = [];
	for (const body of bodies.flatMap((b) => opened(b))) {
		const first = body.charAt(0);
		if (!/[A-Za-z0-9 ]/.test(first) || QUANTIFIER.test(body.slice(1))) {
			rest.push(`(?:${body})`);
			continue;
		}
		const key = ignoreCase ? first.toLowerCase() : first;
		if (!byLetter.has(key)) byLetter.set(key, new Set());
		byLetter.get(key)!.add(`(?:${body.slice(1)})`);
	}
	return [
		...[...byLetter].map(([letter, tails]) => `${letter}(?:${[...tails].join('|')})`),
		...rest
	];
}

/**
 * The gate and sticky copies of `patterns` (each keeps its own flags). The gate is case-blind when
 * any pattern is, which also lets through every position of the case-sensitive ones.
 */
export function patternSet(patterns: RegExp[]): PatternSet {
	const ignoreCase = patterns.some((p) => p.ignoreCase);
	const wordStart: string[] = [];
	const other: string[] = [];
	for (const b of patterns.flatMap((p) => branches(p.source)).map(withoutLeadingLookbehind)) {
		if (b.startsWith('\\b')) wordStart.push(b.slice(2));
		else other.push(`(?:${b})`);
	}
	const parts = [
		...(wordStart.length ? [`\\b(?:${underFirstLetter(wordStart, ignoreCase).join('|')})`] : []),
		...other
	];
	// With no pattern at all the gate must match nowhere, not everywhere.
	const gate = new RegExp(parts.length ? parts.join('|') : '(?!)', ignoreCase ? 'gi' : 'g');
	return {
		gate,
		sticky: patterns.map((p) => new RegExp(p.source, `${p.flags.replace('g', '')}y`))
	};
}

/** Every match of every pattern of `set` in `text`, as `visit(pattern, at, length)`, pattern by pattern in order at each position. */
export function eachMatch(
	set: PatternSet,
	text: string,
	visit: (pattern: number, at: number, length: number) => void
): void {
	const { gate, sticky } = set;
	const until = new Array<number>(sticky.length).fill(0);
	gate.lastIndex = 0;
	for (let m = gate.exec(text); m; m = gate.exec(text)) {
		const at = m.index;
		for (let i = 0; i < sticky.length; i++) {
			if (at < until[i]!) continue;
			const re = sticky[i]!;
			re.lastIndex = at;
			// `test` builds no match array; when it succeeds, a sticky pattern's `lastIndex` is the match's end.
			if (!re.test(text)) continue;
			const length = re.lastIndex - at;
			// An empty match steps on by one, as a global exec loop does.
			until[i] = at + Math.max(1, length);
			visit(i, at, length);
		}
		gate.lastIndex = at + 1;
	}
}
